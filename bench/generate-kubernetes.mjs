// Generates a deterministic, Kubernetes-sized git checkout (about 30,000 files and 270 MB in 15,000
// directories, as deep as upstream's) for benchmarking kep-gate. The bulk is realistic-looking
// filler (Go, vendored Go, docs, API specs); the files KEP-5495 is about come from
// kubernetes-kep-files.mjs and are shaped like the real ones: about 230 gates in a 110 KB
// kube_features.go and its generated list, as upstream has them (and as the gates bench makes them).
//
//   node bench/generate-kubernetes.mjs [dir] [--files 30000] [--megabytes 270] [--gates 230]
//                                            [--era 1.43]
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { GO_LICENSE, kepFiles } from './kubernetes-kep-files.mjs'
import { createRandom } from './random.mjs'
import {
  commitTree,
  createWriter,
  growDirectories,
  markerMatches,
  writeMarker
} from './tree-writer.mjs'

// Bump when the generated content changes, so stale trees are rebuilt instead of reused.
const GENERATOR_VERSION = 4
// Kept inside .git so the marker is not part of the checkout that kep-gate scans.
const MB = 1024 * 1024
/** Files per directory in upstream's tree, intermediate directories counted. */
const FILES_PER_DIRECTORY = 1.95

const NOUNS = `pod node service endpoint slice volume claim secret config lease token policy rule
chain table set queue cache informer lister handler controller manager plugin driver status
condition event resource quota limit selector label annotation owner finalizer namespace container
image probe port address cidr route backend frontend watcher reflector snapshot checkpoint metric
counter histogram request response timeout deadline budget replica revision template spec object
key index shard worker batch window bucket version schema field path client server listener
connection stream buffer record entry allocation reservation device topology zone region taint
toleration affinity priority binding role subject audit webhook admission mutation`.split(/\s+/)
const VERBS = `get set update create delete list watch sync reconcile validate compute build apply
patch ensure handle process enqueue parse convert merge filter sort lookup resolve allocate release
register record observe prune refresh restore schedule evict drain mark check collect`.split(/\s+/)
const GO_TYPES = ['string', 'int32', 'int64', 'bool', 'time.Duration', '[]string', '*v1.Pod']
// Imported by every generated in-tree file: the pooled function bodies use these names.
const CORE_IMPORTS = [
  'v1 "k8s.io/api/core/v1"',
  'apierrors "k8s.io/apimachinery/pkg/api/errors"',
  'metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"',
  'utilfeature "k8s.io/apiserver/pkg/util/feature"',
  '"k8s.io/klog/v2"',
  '"k8s.io/kubernetes/pkg/features"',
  '"k8s.io/utils/ptr"'
]
// Sprinkled on top, so import blocks differ from file to file as they do upstream.
const EXTRA_IMPORTS = [
  '"k8s.io/apimachinery/pkg/util/sets"',
  'utilruntime "k8s.io/apimachinery/pkg/util/runtime"',
  '"k8s.io/apimachinery/pkg/util/wait"',
  'clientset "k8s.io/client-go/kubernetes"',
  '"k8s.io/client-go/tools/cache"',
  '"k8s.io/client-go/util/workqueue"',
  '"k8s.io/component-base/metrics"',
  'api "k8s.io/kubernetes/pkg/apis/core"',
  'proxyutil "k8s.io/kubernetes/pkg/proxy/util"',
  'netutils "k8s.io/utils/net"'
]
const STD_IMPORTS = ['"context"', '"fmt"', '"time"']
const EXTRA_STD_IMPORTS = ['"errors"', '"sort"', '"strings"', '"sync"']
const VENDOR_IMPORTS = [
  '"github.com/google/go-cmp/cmp"',
  '"github.com/spf13/pflag"',
  '"golang.org/x/sys/unix"',
  '"google.golang.org/grpc"',
  '"google.golang.org/protobuf/proto"',
  '"go.opentelemetry.io/otel/trace"'
]

// Where bulk files go: share of the file count, a directory maker, and the kinds of file with
// cumulative probabilities (roughly a quarter of upstream's in-tree Go files are tests).
const AREAS = [
  { share: 0.3, root: vendorRoot, kinds: { 'vendor-go': 0.96, md: 1 } },
  { share: 0.3, root: r => `pkg/${r.pick(PKG_AREAS)}`, kinds: { go: 0.74, 'go-test': 1 } },
  {
    share: 0.2,
    root: r => `staging/src/k8s.io/${r.pick(STAGING_REPOS)}`,
    kinds: { go: 0.74, 'go-test': 1 }
  },
  { share: 0.05, root: r => `cmd/${r.pick(COMMANDS)}`, kinds: { go: 0.8, 'go-test': 1 } },
  { share: 0.07, root: r => `test/${r.pick(TEST_AREAS)}`, kinds: { go: 0.85, yaml: 1 } },
  { share: 0.04, root: () => 'docs', kinds: { md: 0.7, yaml: 1 } },
  { share: 0.02, root: () => 'api', kinds: { json: 0.8, yaml: 1 } },
  { share: 0.02, root: () => 'hack', kinds: { sh: 0.6, go: 0.8, md: 1 } }
]
const TEST_AREAS = ['e2e', 'integration', 'utils']
const PKG_AREAS = `kubelet controller scheduler apis api registry volume proxy util kubeapiserver
credentialprovider security serviceaccount printers quota probe securitycontext controlplane
kubectl`.split(/\s+/)
const STAGING_REPOS = `api apimachinery client-go apiserver kubectl kubelet cloud-provider
component-base controller-manager kube-scheduler cri-api kube-aggregator kube-proxy metrics
code-generator`.split(/\s+/)
const COMMANDS = `kube-apiserver kube-controller-manager kube-scheduler kubelet kube-proxy kubeadm
kubectl`.split(/\s+/)
const VENDOR_ORGS = [
  'github.com/google',
  'github.com/spf13',
  'github.com/prometheus',
  'github.com/opencontainers',
  'golang.org/x',
  'google.golang.org',
  'go.opentelemetry.io',
  'sigs.k8s.io'
]

function vendorRoot(r) {
  return `vendor/${r.pick(VENDOR_ORGS)}/${r.pick(NOUNS)}${r.pick(['', 'go', '-go', 'kit'])}`
}

export async function generateKubernetesTree(
  dir,
  { files = 30000, megabytes = 270, gates = 230, era = '1.43' } = {}
) {
  const params = { version: GENERATOR_VERSION, files, megabytes, gates, era }
  if (markerMatches(dir, params)) return { dir, reused: true }

  fs.rmSync(dir, { recursive: true, force: true })
  const rng = createRandom(5495)
  const pools = buildPools(rng)
  const writer = createWriter(dir)
  const fill = bytes => goBody(rng, pools.funcs, bytes)
  const eraMinor = Number(String(era).split('.')[1])
  for (const [rel, text] of kepFiles({ gates, era: eraMinor, rng, fill })) writer.write(rel, text)
  for (const [rel, text] of smallFixedFiles()) writer.write(rel, text)

  const bulk = planBulkFiles(rng, files - writer.count, megabytes * MB - writer.bytes)
  for (const file of bulk) writer.write(file.path, renderFile(rng, pools, file))

  // Release branches at the same commit: the backport check finds them and nothing to backport.
  commitTree(dir, 'master', ['release-1.33', 'release-1.34'])
  writeMarker(dir, params)
  return { dir, reused: false, files: writer.count, bytes: writer.bytes }
}

// ---------------------------------------------------------------------------------------------
// Planning: which files exist and how big each one is.

/**
 * Lays out `count` files over the areas and gives them log-normal sizes summing to `bytes`. Each
 * area is a tree of directories about as deep as upstream's: kubernetes/kubernetes has about two
 * files per directory (30,000 files in 15,300 directories), and a shallow tree would flatter
 * anything that walks directories.
 */
function planBulkFiles(rng, count, bytes) {
  const planned = []
  for (const area of AREAS) {
    const n = Math.min(Math.round(area.share * count), count - planned.length)
    const dirs = growDirectories(
      rng,
      Math.max(1, Math.round(n / FILES_PER_DIRECTORY)),
      () => area.root(rng),
      () => rng.pick(NOUNS)
    )
    // One file in every directory (git keeps no empty ones), the rest anywhere.
    for (let i = 0; i < n; i++)
      planned.push({ dir: dirs[i] ?? rng.pick(dirs), kind: pickKind(rng, area.kinds) })
  }
  assignSizes(rng, planned, bytes)
  assignNames(rng, planned)
  return planned
}

function pickKind(rng, kinds) {
  const roll = rng.next()
  return Object.entries(kinds).find(([, upTo]) => roll < upTo)[0]
}

// Real trees are mostly small files with a long tail (generated code, API specs): log-normal
// weights plus rare 20x outliers, scaled so the total lands on the requested size.
function assignSizes(rng, planned, bytes) {
  const weights = planned.map(() => Math.exp(rng.normal() * 1.1) * (rng.chance(0.003) ? 20 : 1))
  const scale = bytes / weights.reduce((a, b) => a + b, 0)
  planned.forEach((file, i) => (file.size = Math.max(200, Math.round(weights[i] * scale))))
}

const EXTENSIONS = {
  go: '.go',
  'go-test': '_test.go',
  'vendor-go': '.go',
  md: '.md',
  yaml: '.yaml',
  json: '.json',
  sh: '.sh'
}

// Unique, Go-style file names per directory (word_word.go, zz_generated.deepcopy.go, ...).
function assignNames(rng, planned) {
  const taken = new Map()
  for (const file of planned) {
    if (!taken.has(file.dir)) taken.set(file.dir, new Set())
    const names = taken.get(file.dir)
    let base = rng.chance(0.5) ? rng.pick(NOUNS) : `${rng.pick(VERBS)}_${rng.pick(NOUNS)}`
    const generated = 'zz_generated.deepcopy'
    if (file.kind === 'go' && rng.chance(0.03) && !names.has(generated + '.go')) base = generated
    let name = base + EXTENSIONS[file.kind]
    for (let n = 2; names.has(name); n++) name = `${base}_${n}${EXTENSIONS[file.kind]}`
    names.add(name)
    file.path = `${file.dir}/${name}`
  }
}

// ---------------------------------------------------------------------------------------------
// Content: pools of pre-rendered chunks, stitched together per file. Rendering every line of
// 270 MB from scratch would be slower and no more realistic.

function buildPools(rng) {
  const times = (n, make) => Array.from({ length: n }, make)
  return {
    funcs: times(3000, () => goFunction(rng)),
    tests: times(800, () => goTestFunction(rng)),
    md: times(600, () => markdownSection(rng)),
    yaml: times(400, () => yamlDocument(rng)),
    json: times(400, () => jsonDefinition(rng)),
    sh: times(300, () => shellFunction(rng))
  }
}

const ident = (rng, n = 2) => {
  let s = rng.pick(NOUNS)
  for (let i = 1; i < n; i++) s += capitalize(rng.pick(NOUNS))
  return s
}
const capitalize = s => s[0].toUpperCase() + s.slice(1)
const sentence = rng => {
  const words = Array.from({ length: rng.between(5, 14) }, () => rng.pick(NOUNS.concat(VERBS)))
  return capitalize(words.join(' '))
}

const STATEMENTS = [
  rng =>
    `\t${ident(rng)} := ${ident(rng, 1)}.${capitalize(rng.pick(VERBS))}${capitalize(ident(rng))}(ctx)`,
  rng =>
    `\tif err := ${ident(rng, 1)}.${capitalize(rng.pick(VERBS))}(ctx, ${ident(rng)}); err != nil {\n` +
    `\t\treturn fmt.Errorf("failed to ${rng.pick(VERBS)} ${rng.pick(NOUNS)} %q: %w", ${ident(rng, 1)}, err)\n\t}`,
  rng =>
    `\tklog.V(${rng.between(2, 6)}).InfoS("${sentence(rng)}", "${rng.pick(NOUNS)}", klog.KObj(${ident(rng, 1)}))`,
  rng => `\t// ${sentence(rng)}.\n\t// ${sentence(rng)}.`,
  rng => {
    const item = rng.pick(NOUNS)
    const list = ident(rng)
    return (
      `\tfor _, ${item} := range ${list}.${capitalize(ident(rng))} {\n` +
      `\t\tif ${item}.${capitalize(rng.pick(NOUNS))} == "${rng.pick(NOUNS)}" {\n\t\t\tcontinue\n\t\t}\n` +
      `\t\t${list}.${capitalize(rng.pick(NOUNS))} = append(${list}.${capitalize(rng.pick(NOUNS))}, ${item})\n\t}`
    )
  },
  rng =>
    `\tif utilfeature.DefaultFeatureGate.Enabled(features.Gate${String(rng.int(700)).padStart(3, '0')}) {\n` +
    `\t\t${ident(rng, 1)}.${capitalize(ident(rng))} = ptr.To(${rng.chance(0.5)})\n\t}`,
  rng =>
    `\t${ident(rng)} := &v1.${capitalize(rng.pick(NOUNS))}{\n` +
    `\t\tObjectMeta: metav1.ObjectMeta{Name: "${rng.pick(NOUNS)}-${rng.pick(NOUNS)}", Namespace: metav1.NamespaceSystem},\n\t}`,
  rng =>
    `\tswitch ${ident(rng, 1)}.${capitalize(rng.pick(NOUNS))} {\n` +
    `\tcase "${rng.pick(NOUNS)}", "${rng.pick(NOUNS)}":\n\t\t${ident(rng)}++\n` +
    `\tdefault:\n\t\treturn apierrors.NewBadRequest("unsupported ${rng.pick(NOUNS)}")\n\t}`
]

function goFunction(rng) {
  const name = capitalize(rng.pick(VERBS)) + capitalize(ident(rng))
  const recv = rng.chance(0.6) ? `(${rng.pick(NOUNS)[0]} *${capitalize(ident(rng))}) ` : ''
  const lines = [
    `// ${name} ${sentence(rng).toLowerCase()}.`,
    `func ${recv}${name}(ctx context.Context, ${rng.pick(NOUNS)} ${rng.pick(GO_TYPES)}) error {`
  ]
  const count = rng.between(3, 30)
  for (let i = 0; i < count; i++) lines.push(rng.pick(STATEMENTS)(rng))
  lines.push('\treturn nil', '}', '', '')
  return lines.join('\n')
}

function goTestFunction(rng) {
  const cases = Array.from(
    { length: rng.between(2, 8) },
    () =>
      `\t\t{\n\t\t\tname:  "${sentence(rng).toLowerCase()}",\n` +
      `\t\t\tinput: "${rng.pick(NOUNS)}",\n\t\t\twant:  ${rng.chance(0.5)},\n\t\t},`
  )
  return `func Test${capitalize(rng.pick(VERBS))}${capitalize(ident(rng))}(t *testing.T) {
	testCases := []struct {
		name  string
		input string
		want  bool
	}{
${cases.join('\n')}
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := ${rng.pick(VERBS)}${capitalize(ident(rng))}(tc.input); got != tc.want {
				t.Errorf("expected %v, got %v", tc.want, got)
			}
		})
	}
}

`
}

function markdownSection(rng) {
  const para = () => Array.from({ length: rng.between(2, 6) }, () => sentence(rng) + '.').join(' ')
  return `## ${sentence(rng)}

${para()}

- ${sentence(rng)}
- ${sentence(rng)}

\`\`\`sh
kubectl ${rng.pick(VERBS)} ${rng.pick(NOUNS)} ${rng.pick(NOUNS)}-${rng.int(100)}
\`\`\`

${para()}

`
}

function yamlDocument(rng) {
  const name = `${rng.pick(NOUNS)}-${rng.pick(NOUNS)}`
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: kube-system
  labels:
    app: ${name}
spec:
  replicas: ${rng.between(1, 5)}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
      - name: ${rng.pick(NOUNS)}
        image: registry.k8s.io/${rng.pick(NOUNS)}:v1.${rng.int(40)}.0
        args: ["--${rng.pick(NOUNS)}-${rng.pick(NOUNS)}=${rng.int(1000)}", "--v=${rng.int(6)}"]
---
`
}

function jsonDefinition(rng) {
  const kind = capitalize(ident(rng))
  const props = Array.from(
    { length: rng.between(2, 9) },
    () =>
      `        "${ident(rng)}": {\n          "description": "${sentence(rng)}.",\n` +
      `          "type": "${rng.pick(['string', 'integer', 'boolean', 'object'])}"\n        }`
  )
  return `    "io.k8s.api.${rng.pick(NOUNS)}.v1.${kind}": {
      "description": "${kind} ${sentence(rng).toLowerCase()}.",
      "properties": {
${props.join(',\n')}
      },
      "type": "object"
    }`
}

function shellFunction(rng) {
  const name = `kube::${rng.pick(NOUNS)}::${rng.pick(VERBS)}_${rng.pick(NOUNS)}`
  return `# ${sentence(rng)}.
${name}() {
  local ${rng.pick(NOUNS)}="\${1:-}"
  if [[ -z "\${KUBE_${rng.pick(NOUNS).toUpperCase()}:-}" ]]; then
    kube::log::status "${sentence(rng)}"
  fi
  "\${KUBE_ROOT}/hack/${rng.pick(VERBS)}-${rng.pick(NOUNS)}.sh" "$@"
}

`
}

// Appends random pool chunks while at least half of the next one fits, so files land on their
// planned size on average instead of always overshooting by part of a chunk.
function fillFrom(rng, pool, bytes, separator = '') {
  const parts = [rng.pick(pool)]
  let size = parts[0].length
  for (;;) {
    const chunk = rng.pick(pool)
    if (size + separator.length + chunk.length / 2 > bytes) break
    parts.push(chunk)
    size += separator.length + chunk.length
  }
  return parts.join(separator)
}

function goBody(rng, funcs, bytes) {
  return '\n' + fillFrom(rng, funcs, bytes)
}

const VENDOR_LICENSE = `// Copyright 20NN The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
`

function renderFile(rng, pools, file) {
  switch (file.kind) {
    case 'go':
    case 'go-test':
    case 'vendor-go':
      return renderGo(rng, pools, file)
    case 'md':
      return `# ${sentence(rng)}\n\n` + fillFrom(rng, pools.md, file.size)
    case 'yaml':
      return fillFrom(rng, pools.yaml, file.size)
    case 'json':
      return `{\n  "definitions": {\n${fillFrom(rng, pools.json, file.size, ',\n')}\n  }\n}\n`
    case 'sh':
      return (
        '#!/usr/bin/env bash\n\nset -o errexit\nset -o nounset\nset -o pipefail\n\n' +
        fillFrom(rng, pools.sh, file.size)
      )
  }
  throw new Error(`unknown file kind ${file.kind}`)
}

function renderGo(rng, pools, file) {
  const isTest = file.kind === 'go-test'
  const isVendor = file.kind === 'vendor-go'
  const std = isTest ? ['"testing"'] : [...STD_IMPORTS, ...pickSome(rng, EXTRA_STD_IMPORTS)]
  const libs = isVendor
    ? pickSome(rng, VENDOR_IMPORTS)
    : [...CORE_IMPORTS, ...pickSome(rng, EXTRA_IMPORTS)]
  // A few vendored libraries import the in-tree ipvs package: kep-gate must not count them.
  const ipvs = isVendor && rng.chance(0.005)
  if (ipvs) libs.push('"k8s.io/kubernetes/pkg/proxy/ipvs"')
  const license = (isVendor ? VENDOR_LICENSE : GO_LICENSE).replace('20NN', 2014 + rng.int(12))
  const head =
    license +
    `\npackage ${goPackageName(file.dir)}\n\nimport (\n\t${std.join('\n\t')}\n\n\t${libs.join('\n\t')}\n)\n`
  const body = fillFrom(rng, isTest ? pools.tests : pools.funcs, file.size - head.length)
  const extra = ipvs ? '\nvar _ = ipvs.NewDualStackProxier\n' : ''
  return head + '\n' + body + extra
}

function pickSome(rng, from) {
  return from.filter(() => rng.chance(0.4))
}

function goPackageName(dir) {
  const last = dir.slice(dir.lastIndexOf('/') + 1)
  return last.replace(/[^a-z0-9]/gi, '').toLowerCase() || 'main'
}

function smallFixedFiles() {
  return [
    ['go.mod', 'module k8s.io/kubernetes\n\ngo 1.25.0\n\nrequire (\n\tk8s.io/api v0.0.0\n)\n'],
    ['README.md', '# Kubernetes (generated benchmark tree)\n\nNot real code: see bench/.\n'],
    [
      'vendor/modules.txt',
      '# github.com/spf13/pflag v1.0.6\n## explicit; go 1.12\ngithub.com/spf13/pflag\n'
    ],
    ['.gitignore', '/_output\n/_tmp\n']
  ]
}

// ---------------------------------------------------------------------------------------------
// Git: kep-gate reads the checkout through git, so the tree is a real repository.

// ---------------------------------------------------------------------------------------------

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      files: { type: 'string' },
      megabytes: { type: 'string' },
      gates: { type: 'string' },
      era: { type: 'string' }
    }
  })
  const here = path.dirname(fileURLToPath(import.meta.url))
  const dir = path.resolve(positionals[0] ?? path.join(here, '.work', 'kubernetes'))
  const options = {}
  for (const key of ['files', 'megabytes', 'gates']) {
    if (values[key] !== undefined) options[key] = Number(values[key])
  }
  if (values.era !== undefined) options.era = values.era
  const start = performance.now()
  const result = await generateKubernetesTree(dir, options)
  const seconds = ((performance.now() - start) / 1000).toFixed(1)
  if (result.reused) console.log(`reused ${dir} (same parameters)`)
  else
    console.log(
      `generated ${dir}: ${result.files} files, ${Math.round(result.bytes / MB)} MB in ${seconds} s`
    )
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main()
}
