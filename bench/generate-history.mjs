// Generates a deterministic Kubernetes-sized git history for the nftables-backports benchmark:
// about 150,000 commits on master (linear old history, then GitHub-style PR merges after the
// release-1.33 branch point), release-1.34 and release-1.33 with their own commits, a few hundred
// nftables fixes and their picks in every form the audit knows. Built with `git fast-import`
// (a stream on stdin), in two passes: the picks' `-x` trailers need the fixes' commit ids.
//
//   node bench/generate-history.mjs [dir] [--commits 130000] [--prs 10000] [--fixes 300]
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createRandom } from './random.mjs'
import { growDirectories } from './tree-writer.mjs'

const GENERATOR_VERSION = 2
const MARKER = path.join('.git', 'kep-gate-bench-history.json')
const NFT = 'pkg/proxy/nftables/proxier.go'
const NFT_METRICS = 'pkg/proxy/nftables/metrics.go'
const NFT_LINES = 3000
const OTHER_FILES = 2000
// Where the other files live: a tree shaped like kubernetes/kubernetes (a few dozen entries per
// folder, about two files per folder), since every path-limited git command walks these trees.
const TOP_DIRS = [
  ...'kubelet controller scheduler apis registry volume util kubeapiserver credentialprovider security serviceaccount printers quota probe securitycontext controlplane kubectl'
    .split(' ')
    .map(d => `pkg/${d}`),
  ...'api apimachinery client-go apiserver kubectl kubelet cloud-provider component-base kube-proxy'
    .split(' ')
    .map(d => `staging/src/k8s.io/${d}`),
  ...'kube-apiserver kube-controller-manager kube-scheduler kubelet kubeadm'
    .split(' ')
    .map(d => `cmd/${d}`),
  'test/e2e',
  'test/integration',
  'hack',
  'cluster',
  'vendor/github.com/google',
  'vendor/golang.org/x'
]
const DIR_NAMES =
  'pod node service endpoint volume claim secret config lease token policy rule cache informer handler controller manager plugin driver status event resource quota metrics util types validation storage'.split(
    ' '
  )
/** Fixes never picked into release-1.33, so the audit has something to report. */
const UNPICKED = new Set([7, 77, 177])

/**
 * Builds the history in `dir` unless a matching one is there. Returns the fix count and whether
 * it was reused.
 */
export async function generateHistory(dir, options = {}) {
  const settings = {
    commits: options.commits ?? 130000,
    prs: options.prs ?? 10000,
    fixes: options.fixes ?? 300,
    releaseCommits: options.releaseCommits ?? 1500,
    version: GENERATOR_VERSION
  }
  const marker = path.join(dir, MARKER)
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === JSON.stringify(settings))
    return { reused: true, ...settings }
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  git(dir, ['init', '-q', '-b', 'master'])
  const marks = path.join(dir, '.git', 'bench-marks')
  const plan = new Plan(settings)
  await fastImport(dir, ['--export-marks=' + marks], out => plan.mainline(out))
  const shas = new Map(
    fs
      .readFileSync(marks, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(line => line.split(' '))
  )
  await fastImport(dir, ['--import-marks=' + marks], out => plan.releases(out, shas))
  fs.rmSync(marks)
  git(dir, ['update-ref', '-d', 'refs/bench/topic'])
  git(dir, ['checkout', '-q', '-f', 'master'])
  fs.writeFileSync(marker, JSON.stringify(settings))
  return { reused: false, ...settings }
}

class Plan {
  constructor(settings) {
    this.s = settings
    this.random = createRandom(5495)
    this.mark = 0
    this.time = 1500000000
    this.nft = Array.from({ length: NFT_LINES }, (_, i) => `// nftables rule ${i}`)
    this.otherFiles = layOutFiles(createRandom(1433))
    this.fixes = [] // { j, pr, title, subject, topicMark, line }
    this.release33 = undefined // marks of the branch points
    this.release34 = undefined
  }

  commit(out, ref, { message, from, merge, files }) {
    const mark = ++this.mark
    this.time += 60
    out(`commit ${ref}\nmark :${mark}\ncommitter Dev <dev@example.com> ${this.time} +0000\n`)
    out(data(message))
    if (from) out(`from :${from}\n`)
    if (merge) out(`merge :${merge}\n`)
    for (const [file, text] of Object.entries(files)) out(`M 100644 inline ${file}\n${data(text)}`)
    out('\n')
    return mark
  }

  filler(n) {
    const file = this.random.pick(this.otherFiles)
    return { [file]: `package component\n\n// revision ${n}\n` }
  }

  nftText(lines) {
    return lines.join('\n') + '\n'
  }

  /** Old linear history, then PR merges; branch points for release-1.33 and release-1.34. */
  async mainline(out) {
    let head = this.commit(out, 'refs/heads/master', {
      message: 'Initial import',
      files: { [NFT]: this.nftText(this.nft), [NFT_METRICS]: 'package nftables\n' }
    })
    for (let n = 1; n < this.s.commits; n++) {
      head = this.commit(out, 'refs/heads/master', {
        message: `Update component ${n}`,
        from: head,
        files: this.filler(n)
      })
      if (n % 5000 === 0) await out.drain()
    }
    this.release33 = head
    const fixEvery = Math.floor(this.s.prs / this.s.fixes)
    for (let p = 0; p < this.s.prs; p++) {
      if (p === Math.floor(this.s.prs / 3)) this.release34 = head
      const pr = 100000 + p
      const j = p % fixEvery === fixEvery - 1 ? Math.floor(p / fixEvery) : -1
      let files
      let title
      if (j >= 0 && j < this.s.fixes) {
        const line = 10 * j + 5
        this.nft[line] = `// nftables rule ${line} fixed by #${pr}`
        files = { [NFT]: this.nftText(this.nft) }
        title = `Fix nftables rule ${line} handling`
      } else if (p % 157 === 0) {
        files = { [NFT_METRICS]: `package nftables\n\n// metrics revision ${p}\n` }
        title = `Add nftables metrics revision ${p}`
      } else {
        files = this.filler(p)
        title = `Improve component handling ${p}`
      }
      const topic = this.commit(out, 'refs/bench/topic', {
        message: title.replace(/^\w+/, w => w.toLowerCase()),
        from: head,
        files
      })
      head = this.commit(out, 'refs/heads/master', {
        message: `Merge pull request #${pr} from dev/topic-${p}\n\n${title}`,
        from: head,
        merge: topic,
        files
      })
      if (j >= 0 && j < this.s.fixes)
        this.fixes.push({
          j,
          pr,
          title,
          topic,
          line: 10 * j + 5,
          onRelease34: this.release34 === undefined
        })
      if (p % 2000 === 0) await out.drain()
    }
  }

  /** Both release branches: their own commits, and picks of the fixes in four forms. */
  async releases(out, shas) {
    const base = Array.from({ length: NFT_LINES }, (_, i) => `// nftables rule ${i}`)
    for (const [branch, from] of [
      ['release-1.34', this.release34],
      ['release-1.33', this.release33]
    ]) {
      const lines = [...base]
      // The branch point's file: every fix merged before it.
      const cut = branch === 'release-1.34'
      for (const f of this.fixes)
        if (cut && f.onRelease34) lines[f.line] = `// nftables rule ${f.line} fixed by #${f.pr}`
      const due = this.fixes.filter(f => !(cut && f.onRelease34))
      let head = from
      let pick = branch === 'release-1.34' ? 300000 : 400000
      const every = Math.max(1, Math.floor(this.s.releaseCommits / (due.length + 1)))
      let next = 0
      for (let n = 0; n < this.s.releaseCommits; n++) {
        if (n % 500 === 0) await out.drain()
        head = this.commit(out, `refs/heads/${branch}`, {
          message: `Update ${branch} component ${n}`,
          from: head,
          files: this.filler(1000000 + n)
        })
        if (n % every !== 0 || next >= due.length) continue
        const fix = due[next++]
        if (branch === 'release-1.33' && UNPICKED.has(fix.j)) continue
        head = this.pick(out, branch, head, fix, lines, pick++, shas)
      }
    }
  }

  pick(out, branch, head, fix, lines, number, shas) {
    const ref = `refs/heads/${branch}`
    const form = fix.j % 4
    const reworked = form === 3
    lines[fix.line] = reworked
      ? `// nftables rule ${fix.line} fixed for ${branch}`
      : `// nftables rule ${fix.line} fixed by #${fix.pr}`
    const files = { [NFT]: this.nftText(lines) }
    const subject = fix.title.replace(/^\w+/, w => w.toLowerCase())
    if (form === 2)
      return this.commit(out, ref, { message: `Backport: ${subject}`, from: head, files })
    const trailer = form === 1 ? `\n\n(cherry picked from commit ${shas.get(`:${fix.topic}`)})` : ''
    const topic = this.commit(out, 'refs/bench/topic', {
      message: `${subject}${trailer}`,
      from: head,
      files
    })
    const [topicName, title] =
      form === 1
        ? [`cherry-pick-${fix.pr}-to-${branch}`, `[${branch}] ${fix.title}`]
        : [
            `automated-cherry-pick-of-#${fix.pr}-upstream-${branch}`,
            `Automated cherry pick of #${fix.pr}: ${fix.title}`
          ]
    const body = reworked ? `${title}\n\nCherry pick of #${fix.pr} on ${branch}.` : title
    return this.commit(out, ref, {
      message: `Merge pull request #${number} from dev/${topicName}\n\n${body}`,
      from: head,
      merge: topic,
      files
    })
  }
}

/** OTHER_FILES paths in folders grown below TOP_DIRS, one file in each folder first. */
function layOutFiles(random) {
  const dirs = growDirectories(
    random,
    OTHER_FILES / 2,
    () => random.pick(TOP_DIRS),
    () => random.pick(DIR_NAMES)
  )
  return Array.from(
    { length: OTHER_FILES },
    (_, i) => `${dirs[i] ?? random.pick(dirs)}/${random.pick(DIR_NAMES)}_${i}.go`
  )
}

function data(text) {
  return `data ${Buffer.byteLength(text)}\n${text}\n`
}

/** Streams what `write` produces into one `git fast-import`, honouring back-pressure. */
async function fastImport(dir, args, write) {
  const child = spawn('git', ['fast-import', '--quiet', '--force', ...args], {
    cwd: dir,
    stdio: ['pipe', 'inherit', 'inherit']
  })
  const done = new Promise((resolve, reject) =>
    child.on('close', code =>
      code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`))
    )
  )
  let chunks = []
  const flush = async () => {
    if (chunks.length === 0) return
    const ok = child.stdin.write(chunks.join(''))
    chunks = []
    if (!ok) await new Promise(resolve => child.stdin.once('drain', resolve))
  }
  const out = text => chunks.push(text)
  out.drain = flush
  await write(out)
  await flush()
  child.stdin.end()
  await done
}

function git(dir, args) {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      commits: { type: 'string' },
      prs: { type: 'string' },
      fixes: { type: 'string' }
    }
  })
  const dir = path.resolve(positionals[0] ?? path.join('bench', '.work', 'history'))
  const started = Date.now()
  const result = await generateHistory(dir, {
    commits: values.commits && Number(values.commits),
    prs: values.prs && Number(values.prs),
    fixes: values.fixes && Number(values.fixes)
  })
  console.log(
    `${dir}: ${result.reused ? 'reused' : `generated in ${((Date.now() - started) / 1000).toFixed(1)} s`}`
  )
}
