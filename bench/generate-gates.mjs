// Generates the three trees the audit of every feature gate reads, at the sizes of the real ones
// (about 230 gates in a 110 KB kube_features.go and its generated list, 700 gate pages, 800
// KEPs), deterministically. Shapes follow the real files: pages with `_build:` or the older
// `build:`, quoted and unquoted versions, `locked:` on newer pages, removed gates' pages;
// kep.yaml files with authors, reviewers, comments, milestones written "v1.33", 1.33, "" or TBD,
// the KEP template, a few multi-line `see-also: [` lists. About one in twenty of each drifts the
// way real ones do (a wrong default, a missing toVersion, a stage from a later release, a beta
// promised while the gate is still alpha), and a couple of kep.yaml files are broken.
//
//   node bench/generate-gates.mjs [dir]
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { GO_LICENSE } from './kubernetes-kep-files.mjs'
import { createRandom } from './random.mjs'
import { commitTree, createWriter, markerMatches, writeMarker } from './tree-writer.mjs'

// Bump when the generated content changes, so stale trees are rebuilt instead of reused.
const GENERATOR_VERSION = 2
export const GATES_TARGET = '1.37'
const TARGET_MINOR = 37

const PARTS =
  `Pod Node Service Endpoint Volume Claim Secret Config Lease Token Policy Quota Scheduler
Kubelet Proxy Topology Zone Device Resource Admission Webhook Watch Cache List Storage Job Cron
Container Image Probe Port Address Route Network Memory CPU Swap Queue Priority Preemption
Affinity Taint Label Selector Field Status Condition Event Audit Auth Cert Signer Trust Bundle
Runtime Class Sandbox Mount Snapshot Metric Trace Log Stream Batch Graceful Shutdown Dynamic`.split(
    /\s+/
  )
const VERBS = `Allow Enable Disable Strict Relaxed Mutable Async Recursive Consistent Structured
Declarative Coordinated Separate Ordered Retry Reload Resilient Detect Prefer Prevent Limit Keep
Split Merge Drop Sync`.split(/\s+/)
const SIGS =
  `api-machinery apps auth autoscaling cli cloud-provider cluster-lifecycle instrumentation
network node scheduling storage windows`.split(/\s+/)
const COMPONENTS = [
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
  'kubelet',
  'kube-proxy'
]
const WORDS =
  `the gate lets a cluster use the feature when enabled pods nodes may request this behaviour
instead of the older one and the api server checks it before admitting objects see the linked
documentation for details on how components read it at start up`.split(/\s+/)

/** The trees of one run: where each is, and what the floor and kep-gate read. */
export async function generateGatesTrees(dir) {
  const params = { version: GENERATOR_VERSION, target: GATES_TARGET }
  const trees = {
    kubernetes: path.join(dir, 'kubernetes'),
    website: path.join(dir, 'website'),
    enhancements: path.join(dir, 'enhancements')
  }
  if (Object.values(trees).every(t => markerMatches(t, params))) return { ...trees, reused: true }
  fs.rmSync(dir, { recursive: true, force: true })
  const rng = createRandom(4242)
  const gates = planGates(rng)
  writeKubernetes(trees.kubernetes, gates)
  writeWebsite(trees.website, gates, rng)
  writeEnhancements(trees.enhancements, gates, rng)
  for (const tree of Object.values(trees)) {
    commitTree(tree, 'main')
    writeMarker(tree, params)
  }
  return { ...trees, reused: false }
}

// ---------------------------------------------------------------------------------------------
// The gates: 230 in the code, 470 gone (their pages say removed: true), each with a history.

function planGates(rng) {
  const names = new Set()
  while (names.size < 700) {
    const name = `${rng.pick(VERBS)}${rng.pick(PARTS)}${rng.pick(PARTS)}${rng.chance(0.3) ? 'V2' : ''}`
    names.add(name)
  }
  return [...names].map((name, i) => {
    const live = i < 230
    const start = live ? rng.between(18, TARGET_MINOR) : rng.between(8, 30)
    return { name, live, specs: history(rng, start, live), kep: 1000 + i * 7, sig: rng.pick(SIGS) }
  })
}

/** A gate's specs: Alpha → Beta → GA (locked), or GA 1.0 → Deprecated, up to the target. */
function history(rng, start, live) {
  const end = live ? TARGET_MINOR : start + rng.between(3, 8)
  if (rng.chance(0.08)) {
    const deprecated = Math.max(start, 25)
    const specs = [
      { v: '1.0', d: true, p: 'GA', l: false },
      { v: `1.${deprecated}`, d: rng.chance(0.5), p: 'Deprecated', l: false }
    ]
    if (deprecated + 3 <= end)
      specs.push({ v: `1.${deprecated + 3}`, d: false, p: 'Deprecated', l: true })
    return specs
  }
  const specs = [{ v: `1.${start}`, d: false, p: rng.chance(0.15) ? 'Beta' : 'Alpha', l: false }]
  let minor = start
  for (const [p, d, l] of [
    ['Beta', true, false],
    ['GA', true, true]
  ]) {
    minor += rng.between(1, 4)
    if (minor > end || rng.chance(0.25) || specs.at(-1).p === p) break
    specs.push({ v: `1.${minor}`, d, p, l })
  }
  return specs
}

// ---------------------------------------------------------------------------------------------
// kubernetes/kubernetes: the Go spec map and the generated list.

const LIST = 'test/compatibility_lifecycle/reference/versioned_feature_list.yaml'

function writeKubernetes(dir, gates) {
  const writer = createWriter(dir)
  const live = gates.filter(g => g.live).sort((a, b) => a.name.localeCompare(b.name))
  let go = `${GO_LICENSE.replace('20NN', '2017')}
package features

import (
\t"k8s.io/apimachinery/pkg/util/runtime"
\t"k8s.io/apimachinery/pkg/util/version"
\tutilfeature "k8s.io/apiserver/pkg/util/feature"
\t"k8s.io/component-base/featuregate"
)

const (
\t// Every feature gate should add method here following this template:
\t//
\t// // owner: @username
\t// // kep: https://kep.k8s.io/NNN
\t// MyFeature featuregate.Feature = "MyFeature"
`
  for (const g of live) {
    const stages = g.specs
      .map(s => `\t// ${s.p === 'GA' ? 'GA' : s.p.toLowerCase()}: v${s.v}`)
      .join('\n')
    go += `\n\t// owner: @${g.sig}-owner @another-owner\n\t// kep: https://kep.k8s.io/${g.kep}\n${stages}\n\t//\n\t// ${sentence(g.name)}\n\t// ${sentence(g.sig)}\n\t${g.name} featuregate.Feature = "${g.name}"\n`
  }
  go += `)

func init() {
\truntime.Must(utilfeature.DefaultMutableFeatureGate.AddVersioned(defaultVersionedKubernetesFeatureGates))
}

// defaultVersionedKubernetesFeatureGates consists of all known Kubernetes-specific feature keys with VersionedSpecs.
// To add a new feature, define a key for it above and add it here. Entries are alphabetized.
var defaultVersionedKubernetesFeatureGates = map[featuregate.Feature]featuregate.VersionedSpecs{
`
  for (const g of live) {
    go += `\t${g.name}: {\n`
    for (const s of g.specs)
      go += `\t\t{Version: version.MustParse("${s.v}"), Default: ${s.d}, PreRelease: featuregate.${s.p}${s.l ? ', LockToDefault: true' : ''}},\n`
    go += '\t},\n\n'
  }
  go += '}\n'
  writer.write('pkg/features/kube_features.go', go)
  let list =
    '# This file is generated by compatibility_lifecycle tool.\n# Do not edit manually. Run hack/update-featuregates.sh to regenerate.\n\n'
  for (const g of [...live].sort((a, b) =>
    a.name.toLowerCase().localeCompare(b.name.toLowerCase())
  )) {
    list += `- name: ${g.name}\n  versionedSpecs:\n`
    for (const s of g.specs)
      list += `  - default: ${s.d}\n    lockToDefault: ${s.l}\n    preRelease: ${s.p}\n    version: "${s.v}"\n`
  }
  writer.write(LIST, list)
  writer.write('go.mod', 'module k8s.io/kubernetes\n\ngo 1.24.0\n')
}

function sentence(seed) {
  const words = []
  for (let i = 0; i < 12; i++) words.push(WORDS[(seed.length * 7 + i * 5) % WORDS.length])
  return `${words.join(' ')}.`
}

// ---------------------------------------------------------------------------------------------
// kubernetes/website: 620 English pages (230 live, the rest removed) and 80 translations.

const PAGES = 'docs/reference/command-line-tools-reference/feature-gates'
const STAGE = { Alpha: 'alpha', Beta: 'beta', GA: 'stable', Deprecated: 'deprecated' }

function writeWebsite(dir, gates, rng) {
  const writer = createWriter(dir)
  writer.write('hugo.toml', `[params]\nlatest = "v1.${TARGET_MINOR - 1}"\n`)
  const english = gates.slice(0, 620)
  for (const g of english) writer.write(`content/en/${PAGES}/${g.name}.md`, page(g, rng, 0.05))
  writer.write(`content/en/${PAGES}/_index.md`, '---\ntitle: Feature gates\n---\n')
  for (const [i, lang] of ['zh-cn', 'ja', 'ko', 'fr'].entries())
    for (const g of gates.slice(i * 20, i * 20 + 20))
      writer.write(`content/${lang}/${PAGES}/${g.name}.md`, page(g, rng, 0.2))
  // The rest of the site is not read: a few pages so content/ holds more than gates.
  for (const lang of ['en', 'zh-cn', 'ja', 'ko', 'fr'])
    for (let i = 0; i < 20; i++)
      writer.write(
        `content/${lang}/docs/concepts/page-${i}.md`,
        `---\ntitle: Page ${i}\n---\n${sentence(lang + i)}\n`
      )
}

function page(gate, rng, drift) {
  const removed = !gate.live
  const stages = gate.specs.filter(s => !(s.v === '1.0' && rng.chance(0.7)))
  let fm = `---\n${removed && rng.chance(0.5) ? '# Removed from Kubernetes\n' : ''}title: ${gate.name}\ncontent_type: feature_gate\n${removed && rng.chance(0.5) ? 'build' : '_build'}:\n  list: never\n  render: false\n\nstages:\n`
  const withLocked = rng.chance(0.3)
  stages.forEach((s, i) => {
    const next = stages[i + 1]
    const quote = rng.chance(0.9) ? '"' : ''
    let d = s.d
    if (rng.chance(drift / 3)) d = !d
    fm += `  - stage: ${STAGE[s.p]}\n    defaultValue: ${d}\n`
    if (withLocked) fm += `    locked: ${s.l}\n`
    fm += `    fromVersion: ${quote}${s.v}${quote}\n`
    const last = Number(s.v.split('.')[1])
    if (next && !rng.chance(drift / 3))
      fm += `    toVersion: ${quote}1.${Number(next.v.split('.')[1]) - 1}${quote}\n`
    else if (!next && removed)
      fm += `    toVersion: ${quote}1.${last + rng.between(0, 3)}${quote}\n`
  })
  if (!removed && rng.chance(drift / 3))
    fm += `  - stage: stable\n    defaultValue: true\n    fromVersion: "1.${TARGET_MINOR + 1}"\n`
  if (removed) fm += rng.chance(0.95) ? '\nremoved: true\n' : '\n'
  return `${fm}---\n${sentence(gate.name)}\n${sentence(gate.sig)}\n`
}

// ---------------------------------------------------------------------------------------------
// kubernetes/enhancements: 800 KEPs (700 naming a gate of the plan or none), a README beside each.

function writeEnhancements(dir, gates, rng) {
  const writer = createWriter(dir)
  writer.write('keps/NNNN-kep-template/kep.yaml', kepYaml(rng, { template: true }))
  writer.write('keps/NNNN-kep-template/README.md', '# KEP-NNNN: Your short, descriptive title\n')
  for (let i = 0; i < 800; i++) {
    const gate = i < gates.length && rng.chance(0.6) ? gates[i] : undefined
    const number = 1000 + i * 7
    const folder = `keps/sig-${gate?.sig ?? rng.pick(SIGS)}/${number}-${(gate?.name ?? `change-${i}`).toLowerCase()}`
    writer.write(
      `${folder}/kep.yaml`,
      kepYaml(rng, { gate, number, broken: i === 400 || i === 650 })
    )
    writer.write(
      `${folder}/README.md`,
      `# KEP-${number}\n\n${sentence(folder).repeat(rng.between(20, 80))}\n`
    )
  }
}

function kepYaml(rng, { gate, number, template, broken }) {
  const v = minor => {
    const form = rng.int(4)
    return form === 0
      ? `"v1.${minor}"`
      : form === 1
        ? `v1.${minor}`
        : form === 2
          ? `"1.${minor}"`
          : `'v1.${minor}'`
  }
  const milestones = {}
  let stage = 'stable'
  let latest = 30
  if (gate) {
    for (const s of gate.specs) {
      const key = s.p === 'GA' ? 'stable' : s.p === 'Deprecated' ? 'deprecated' : s.p.toLowerCase()
      milestones[key] ??= Number(s.v.split('.')[1])
      stage = key
      latest = Number(s.v.split('.')[1])
    }
    // Drift: a beta promised at the target while the code is still alpha; a future stable.
    if (gate.live && stage === 'alpha' && rng.chance(0.3)) {
      milestones.beta = TARGET_MINOR
      stage = 'beta'
      latest = TARGET_MINOR
    }
    if (stage === 'beta' && rng.chance(0.5)) milestones.stable = TARGET_MINOR + rng.between(1, 3)
  }
  const lines = [
    `title: ${template ? 'KEP Template' : `A change ${number}`}`,
    `kep-number: ${template ? 'NNNN' : number}`,
    'authors:',
    '  - "@jane.doe"',
    '  - "@john.roe"',
    `owning-sig: sig-${gate?.sig ?? 'node'}`,
    'participating-sigs:',
    '  - sig-architecture',
    `status: ${template ? 'provisional|implementable|implemented|deferred|rejected|withdrawn|replaced' : rng.chance(0.9) ? 'implemented' : 'implementable'}`,
    'creation-date: 2024-01-15',
    'reviewers:',
    '  - "@reviewer-one"',
    '  - TBD',
    'approvers:',
    '  - "@approver-one"',
    '',
    ...(rng.chance(0.01)
      ? ['see-also: [', '  "/keps/sig-node/1234-other",', '  "/keps/sig-node/5678-more"', ']']
      : ['see-also:', '  - "/keps/sig-node/1234-other"']),
    'replaces: []',
    '',
    '# The target maturity stage in the current dev cycle for this KEP.',
    `stage: ${template ? 'alpha|beta|stable' : broken ? `[${stage}` : stage}`,
    '',
    '# The most recent milestone for which work toward delivery of this KEP has been',
    '# done. This can be the current (upcoming) milestone, if it is being actively',
    '# worked on.',
    `latest-milestone: ${v(latest)}`,
    '',
    '# The milestone at which this feature was, or is targeted to be, at each stage.',
    'milestone:',
    ...Object.entries(milestones).map(([k, m]) => `  ${k}: ${v(m)}`),
    ...(Object.keys(milestones).length === 0 ? ['  alpha: ""', '  beta: TBD'] : []),
    '',
    '# The following PRR answers are required at alpha release',
    '# List the feature gate name and the components for which it must be enabled',
    ...(gate || template
      ? [
          'feature-gates:',
          `  - name: ${template ? 'MyFeature' : gate.name}`,
          '    components:',
          `      - ${rng.pick(COMPONENTS)}`
        ]
      : rng.chance(0.8)
        ? []
        : ['feature-gates: []']),
    'disable-supported: true',
    '',
    '# The following PRR answers are required at beta release',
    'metrics:',
    `  - ${(gate?.name ?? 'change').toLowerCase()}_operations_total{result="error|ok"}`
  ]
  return lines.join('\n') + '\n'
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir =
    process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '.work', 'gates')
  const made = await generateGatesTrees(dir)
  console.log(`${made.reused ? 'reused' : 'generated'} ${dir}`)
}
