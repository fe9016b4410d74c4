// Generates a deterministic kubernetes/website-sized git checkout (about 12,000 Markdown files in
// 10 languages, 108 MB in 10,700 directories) for benchmarking the website check at 1.43. The bulk
// is filler prose in the site's shapes (front matter, headings, shortcodes, code blocks); the pages
// KEP-5495 is about are shaped like the real ones at the chosen era, and a few dozen pages still
// mention ipvs (most in localized trees, a few in English) so the sweep has something to report.
//
//   node bench/generate-website.mjs [dir] [--files 12000] [--megabytes 108]
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createRandom } from './random.mjs'
import {
  commitTree,
  createWriter,
  growDirectories,
  markerMatches,
  writeMarker
} from './tree-writer.mjs'

// Bump when the generated content changes, so stale trees are rebuilt instead of reused.
const GENERATOR_VERSION = 3
const MB = 1024 * 1024
/** Doc pages per directory on the real site, intermediate directories counted. */
const DOCS_PER_DIRECTORY = 1.08

// Share of the files per language; English is the largest tree, as on the real site.
const LANGUAGES = [
  ['en', 0.22],
  ['zh-cn', 0.12],
  ['ja', 0.1],
  ['ko', 0.09],
  ['fr', 0.08],
  ['de', 0.07],
  ['es', 0.08],
  ['pt-br', 0.08],
  ['id', 0.08],
  ['ru', 0.08]
]
const CJK = new Set(['zh-cn', 'ja', 'ko'])
const SECTIONS = ['concepts', 'tasks', 'tutorials', 'reference', 'setup', 'contribute']
const WORDS = `pod node service endpoint slice volume claim secret config lease token policy rule
label annotation namespace container image probe port address route backend frontend cluster
controller scheduler kubelet apiserver storage network ingress gateway deployment replica job
cron daemon stateful quota limit request priority taint toleration affinity topology zone
version release upgrade feature gate alpha beta stable field object resource manifest command
flag option value default example section page guide step check before after when which each`
  .split(/\s+/)
  .filter(Boolean)
const CJK_CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严'

export async function generateWebsiteTree(dir, { files = 12000, megabytes = 108 } = {}) {
  const params = { version: GENERATOR_VERSION, files, megabytes }
  if (markerMatches(dir, params)) return { dir, reused: true }

  fs.rmSync(dir, { recursive: true, force: true })
  const rng = createRandom(5495)
  const pools = { latin: paragraphPool(rng, false), cjk: paragraphPool(rng, true) }
  const writer = createWriter(dir)
  for (const [rel, text] of kepPages()) writer.write(rel, text)

  const planned = planPages(rng, files - writer.count, megabytes * MB - writer.bytes)
  // A few dozen pages still mention ipvs at 1.43: most in localized trees (warnings), a few in
  // English (the failures the sweep must list with file and line).
  const docs = planned.filter(p => p.kind === 'doc')
  for (const p of docs.filter(p => p.lang === 'en').slice(0, 4)) p.mention = true
  for (const p of docs.filter(p => p.lang !== 'en').filter((_, i) => i % 97 === 0)) p.mention = true
  for (const page of planned) writer.write(page.path, renderPage(rng, pools, page))

  commitTree(dir, 'main')
  writeMarker(dir, params)
  return { dir, reused: false, files: writer.count, bytes: writer.bytes }
}

// ---------------------------------------------------------------------------------------------
// Planning: which pages exist and how big each one is.

/**
 * Pages per language, in directories as deep as the real site's: kubernetes/website keeps 12,000
 * pages in 10,700 directories, since most pages are a section's `_index.md` or a post's bundle.
 */
function planPages(rng, count, bytes) {
  const planned = []
  for (const [lang, share] of LANGUAGES) {
    const n = Math.round(share * count)
    const kinds = Array.from({ length: n }, () => {
      const roll = rng.next()
      return roll < 0.04 ? 'gate' : roll < 0.18 ? 'blog' : 'doc'
    })
    const docDirs = growDirectories(
      rng,
      Math.max(1, Math.round(kinds.filter(k => k === 'doc').length / DOCS_PER_DIRECTORY)),
      () => `content/${lang}/docs/${rng.pick(SECTIONS)}`,
      () => rng.pick(WORDS)
    )
    let sections = 0
    for (let i = 0; i < n && planned.length < count; i++) {
      const kind = kinds[i]
      if (kind !== 'doc') planned.push({ lang, kind, index: i })
      // Every section directory has its `_index.md`; other pages sit beside one.
      else if (sections < docDirs.length)
        planned.push({ lang, kind, dir: docDirs[sections++], section: true, index: i })
      else planned.push({ lang, kind, dir: rng.pick(docDirs), index: i })
    }
  }
  const weights = planned.map(() => Math.exp(rng.normal() * 0.9) * (rng.chance(0.004) ? 15 : 1))
  const scale = bytes / weights.reduce((a, b) => a + b, 0)
  planned.forEach((p, i) => {
    p.size = Math.max(400, Math.round(weights[i] * scale))
    p.path = pagePath(rng, p)
  })
  return planned
}

function pagePath(rng, p) {
  const slug = `${rng.pick(WORDS)}-${rng.pick(WORDS)}-${p.index}`
  if (p.kind === 'gate') {
    const name = `${capitalize(rng.pick(WORDS))}${capitalize(rng.pick(WORDS))}${p.index}`
    return `content/${p.lang}/docs/reference/command-line-tools-reference/feature-gates/${name}.md`
  }
  if (p.kind === 'blog') {
    const year = 2015 + rng.int(12)
    const day = `${year}-${pad(rng.between(1, 12))}-${pad(rng.between(1, 28))}`
    // Most posts are page bundles: a folder with the post and its images.
    return rng.chance(0.85)
      ? `content/${p.lang}/blog/_posts/${year}/${day}-${slug}/index.md`
      : `content/${p.lang}/blog/_posts/${year}/${day}-${slug}.md`
  }
  return p.section ? `${p.dir}/_index.md` : `${p.dir}/${slug}.md`
}

// ---------------------------------------------------------------------------------------------
// Rendering

function paragraphPool(rng, cjk) {
  const pool = []
  for (let i = 0; i < 600; i++) {
    const roll = rng.next()
    if (roll < 0.08) pool.push(`## ${title(rng)} {#${rng.pick(WORDS)}-${rng.int(99)}}\n\n`)
    else if (roll < 0.14) pool.push(`{{< note >}}\n${prose(rng, cjk, 2)}\n{{< /note >}}\n\n`)
    else if (roll < 0.2)
      pool.push(
        `\`\`\`shell\nkubectl ${rng.pick(['get', 'describe', 'apply -f'])} ${rng.pick(WORDS)}\n\`\`\`\n\n`
      )
    else if (roll < 0.26)
      pool.push(
        Array.from({ length: rng.between(2, 5) }, () => `* ${prose(rng, cjk, 1)}`).join('\n') +
          '\n\n'
      )
    else pool.push(`${prose(rng, cjk, rng.between(2, 6))}\n\n`)
  }
  return pool
}

function prose(rng, cjk, sentences) {
  const out = []
  for (let s = 0; s < sentences; s++) {
    if (cjk) {
      let text = ''
      const n = rng.between(15, 40)
      for (let i = 0; i < n; i++) text += CJK_CHARS[rng.int(CJK_CHARS.length)]
      out.push(`${text}\`${rng.pick(WORDS)}\`。`)
    } else {
      const words = Array.from({ length: rng.between(8, 20) }, () => rng.pick(WORDS))
      out.push(`${capitalize(words.join(' '))}.`)
    }
  }
  return cjk ? out.join('') : wrap(out.join(' '))
}

function renderPage(rng, pools, page) {
  const pool = CJK.has(page.lang) ? pools.cjk : pools.latin
  const head = frontMatter(rng, page)
  let body = fillFrom(rng, pool, page.size - head.length)
  if (page.mention) {
    const line =
      page.lang === 'en'
        ? 'On older clusters kube-proxy may still run in `ipvs` mode; see the migration guide.\n\n'
        : '<!--\nkube-proxy may still run in `ipvs` mode.\n-->\nkube-proxy `ipvs`.\n\n'
    const cut = body.indexOf('\n\n', body.length >> 1)
    body = cut === -1 ? body + line : body.slice(0, cut + 2) + line + body.slice(cut + 2)
  }
  return head + body
}

function frontMatter(rng, page) {
  if (page.kind === 'gate') {
    const removed = rng.chance(0.3)
    return `---
title: ${path.basename(page.path, '.md')}
content_type: feature_gate
_build:
  list: never
  render: false

stages:
  - stage: alpha
    defaultValue: false
    fromVersion: "1.${rng.between(10, 30)}"
    toVersion: "1.${rng.between(31, 33)}"
  - stage: beta
    defaultValue: true
    fromVersion: "1.${rng.between(34, 36)}"
${removed ? '\nremoved: true\n' : ''}---
`
  }
  if (page.kind === 'blog') {
    return `---
layout: blog
title: "${title(rng)}"
date: ${page.path.match(/\d{4}-\d{2}-\d{2}/)[0]}
slug: ${rng.pick(WORDS)}-${rng.pick(WORDS)}
author: >
  ${capitalize(rng.pick(WORDS))} ${capitalize(rng.pick(WORDS))}
---

`
  }
  return `---
title: ${title(rng)}
content_type: ${rng.pick(['concept', 'task', 'tutorial', 'reference'])}
weight: ${rng.between(1, 90) * 10}
---

<!-- overview -->
{{< feature-state for_k8s_version="v1.${rng.between(10, 40)}" state="${rng.pick(['alpha', 'beta', 'stable'])}" >}}

`
}

// Appends random pool chunks while at least half of the next one fits.
function fillFrom(rng, pool, bytes) {
  const parts = [rng.pick(pool)]
  let size = Buffer.byteLength(parts[0])
  for (;;) {
    const chunk = rng.pick(pool)
    const length = Buffer.byteLength(chunk)
    if (size + length / 2 > bytes) break
    parts.push(chunk)
    size += length
  }
  return parts.join('')
}

// ---------------------------------------------------------------------------------------------
// The pages KEP-5495 is about, as they stand at 1.43 (the gate locked, ipvs mode gone).

function kepPages() {
  const era = '1.43'
  const gateStages = `stages:
  - stage: deprecated
    defaultValue: true
    fromVersion: "1.37"
    toVersion: "1.39"
  - stage: deprecated
    defaultValue: false
    fromVersion: "1.40"
`
  const pages = [
    [
      'hugo.toml',
      `baseURL = "https://kubernetes.io/"\ntitle = "Kubernetes"\n\n[params]\nlatest = "v${era}"\nversion = "v${era}"\n`
    ],
    [
      'content/en/docs/reference/networking/virtual-ips.md',
      `---\ntitle: Virtual IPs and Service Proxies\ncontent_type: reference\nweight: 50\n---\n\n## Proxy modes\n\n### \`iptables\` proxy mode {#proxy-mode-iptables}\n\nRules written with iptables.\n\n### \`nftables\` proxy mode {#proxy-mode-nftables}\n\nRules written with nftables.\n`
    ],
    [
      'content/en/blog/_posts/2026/2026-04-22-ipvs-to-nftables/index.md',
      `---\nlayout: blog\ntitle: "Migrating kube-proxy from IPVS to nftables"\ndate: 2026-04-22\nslug: ipvs-to-nftables\nauthor: >\n  Jane Doe (Example Corp),\n  John Roe (Example Org)\n---\n\nHow to migrate from the \`ipvs\` mode to \`nftables\`, and what replaces each IPVS scheduler.\n`
    ],
    [
      'content/en/blog/_posts/2025/2025-12-17-kubernetes-v1-35-release.md',
      `---\nlayout: blog\ntitle: "Kubernetes v1.35"\ndate: 2025-12-17\nslug: kubernetes-v1-35-release\nauthor: >\n  [Kubernetes v1.35 Release Team](https://github.com/kubernetes/sig-release/blob/master/releases/release-1.35/release-team.md)\n---\n\nAmong the deprecations: kube-proxy's \`ipvs\` mode.\n`
    ]
  ]
  for (const lang of ['en', 'zh-cn', 'ja']) {
    pages.push([
      `content/${lang}/docs/reference/command-line-tools-reference/feature-gates/KubeProxyIPVS.md`,
      `---\ntitle: KubeProxyIPVS\ncontent_type: feature_gate\n_build:\n  list: never\n  render: false\n\n${gateStages}\n---\nHas no effect since v1.43.\n`
    ])
    pages.push([
      `content/${lang}/docs/reference/config-api/kube-proxy-config.v1alpha1.md`,
      `---\ntitle: kube-proxy Configuration (v1alpha1)\nauto_generated: true\n---\n\n| \`ipvs\` | KubeProxyIPVSConfiguration |\n| \`scheduler\` | the IPVS scheduler |\n`
    ])
  }
  for (const [lang] of LANGUAGES.slice(0, 7)) {
    pages.push([
      `content/${lang}/docs/reference/command-line-tools-reference/feature-gates/SupportIPVSProxyMode.md`,
      `---\ntitle: SupportIPVSProxyMode\ncontent_type: feature_gate\n_build:\n  list: never\n  render: false\n\nstages:\n  - stage: stable\n    defaultValue: true\n    fromVersion: "1.11"\n    toVersion: "1.20"\n\nremoved: true\n---\nEnable IPVS load balancing of Services in kube-proxy.\n`
    ])
  }
  return pages
}

// ---------------------------------------------------------------------------------------------
// Helpers

function title(rng) {
  return capitalize(Array.from({ length: rng.between(2, 5) }, () => rng.pick(WORDS)).join(' '))
}

function wrap(text) {
  return text.replace(/(.{1,96})(\s+|$)/g, '$1\n').trimEnd()
}

const capitalize = s => s.charAt(0).toUpperCase() + s.slice(1)
const pad = n => String(n).padStart(2, '0')

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { files: { type: 'string' }, megabytes: { type: 'string' } }
  })
  const here = path.dirname(fileURLToPath(import.meta.url))
  const dir = path.resolve(positionals[0] ?? path.join(here, '.work', 'website'))
  const options = {}
  for (const key of ['files', 'megabytes']) {
    if (values[key] !== undefined) options[key] = Number(values[key])
  }
  const start = performance.now()
  const result = await generateWebsiteTree(dir, options)
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
