// Benchmarks kep-gate against its floor: the plain git commands that answer the same questions on
// the same checkout. The ratio says how much kep-gate's parsing and judging costs on top of the
// unavoidable reading. Runs are interleaved so drift (cache, thermal, neighbours) hits both sides.
//
//   npm run bench            (BENCH_RUNS=10 npm run bench for more runs)
//
// The last lines are one summary per benchmark, in a fixed format for scripts:
//   bench kubernetes-check: kep-gate 812 ms, floor 640 ms, ratio 1.27, peak RSS 96 MB
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { generateKubernetesTree } from './generate-kubernetes.mjs'
import { generateWebsiteTree } from './generate-website.mjs'
import { gatesBenchmark } from './gates.mjs'
import { regressionBenchmark } from './regression.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(ROOT, 'dist', 'cli.js')
const WORK = path.join(ROOT, 'bench', '.work')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const MB = 1024 * 1024
// kep-gate's JSON report of a big tree can exceed spawnSync's 1 MB default.
const MAX_BUFFER = 256 * MB

/** `check` at 1.43 on a generated tree in bench/.work/<dir>, against its git grep floor. */
function checkBenchmark(name, dir, generate, floor) {
  return {
    name,
    async setup() {
      const repo = path.join(WORK, dir)
      const start = performance.now()
      const { reused } = await generate(repo)
      const took = reused ? 'reused' : `generated in ${seconds(performance.now() - start)} s`
      console.log(`tree ${path.relative(ROOT, repo)}: ${describeTree(repo)} (${took})`)
      return { repo }
    },
    subject: ({ repo }) => [
      process.execPath,
      [CLI, 'check', '--repo', repo, '--target', '1.43', '--format', 'json']
    ],
    floor: ({ repo }) => floor(repo)
  }
}

/**
 * Each benchmark: setup() prepares its input once and returns a context; subject(ctx) gives the
 * kep-gate command as [file, args]; floor(ctx) does the equivalent minimal work in-process or via
 * child processes and throws if any of it fails.
 */
const BENCHMARKS = [
  checkBenchmark('kubernetes-check', 'kubernetes', generateKubernetesTree, kubernetesFloor),
  regressionBenchmark({ root: ROOT, work: WORK }),
  checkBenchmark('website-check', 'website', generateWebsiteTree, websiteFloor),
  {
    name: 'backports',
    setup: () => backportsSetup(),
    subject: ({ repo }) => [
      process.execPath,
      [
        CLI,
        'check',
        '--repo',
        repo,
        '--target',
        '1.35',
        '--repo-kind',
        'kubernetes',
        '--format',
        'json'
      ]
    ],
    floor: ({ repo }) => backportsFloor(repo)
  },
  gatesBenchmark({ root: ROOT, work: WORK })
]

// The questions kep-gate answers for KEP-5495 at 1.43, asked of git directly.
const KUBERNETES_GREPS = [
  // ipvs imports outside vendor (ipvs-package-removed)
  ['-e', 'k8s.io/kubernetes/pkg/proxy/ipvs', '--', '*.go', ':!vendor/**'],
  // uses of the gate in non-test code (gate-removed, ipvs-mode-requires-gate)
  ['-e', 'KubeProxyIPVS', '--', '*.go', ':!vendor/**', ':!*_test.go'],
  // kube-proxy warnings and --ipvs-* flags (kube-proxy-warns, ipvs-flags-noop)
  ['-i', '-e', 'ipvs', '--', 'cmd/kube-proxy/**', 'pkg/proxy/**']
]
const KUBERNETES_SPEC_FILES = [
  'pkg/features/kube_features.go',
  'test/compatibility_lifecycle/reference/versioned_feature_list.yaml'
]

function kubernetesFloor(repo) {
  // git grep exits 1 when nothing matches, which is an answer, not a failure.
  for (const args of KUBERNETES_GREPS)
    runChecked('git', ['grep', '-n', '-I', ...args], repo, [0, 1])
  runChecked('git', ['ls-files', '--', 'pkg/proxy/ipvs'], repo, [0])
  for (const file of KUBERNETES_SPEC_FILES) fs.readFileSync(path.join(repo, file))
}

// ---------------------------------------------------------------------------------------------
// Measuring

/** Runs a command, returning its output; exits the benchmark with its stderr on failure. */
function runChecked(file, args, cwd, okCodes) {
  const result = spawnSync(file, args, { cwd, encoding: 'utf8', maxBuffer: MAX_BUFFER })
  if (result.error) abort(`${file} could not run: ${result.error.message}`)
  if (!okCodes.includes(result.status)) {
    abort(
      `${file} ${args.join(' ')} exited with ${result.status ?? result.signal}:\n${result.stderr}`
    )
  }
  return result
}

/**
 * Runs the subject under a peak-RSS probe and times the whole process. GNU time costs about a
 * millisecond; the python fallback adds its own start-up (~20 ms) to the wall time.
 */
function measureSubject([file, args]) {
  const [probe, probeArgs] = fs.existsSync('/usr/bin/time')
    ? ['/usr/bin/time', ['-f', '%M', file, ...args]]
    : ['python3', ['-c', PYTHON_RSS_PROBE, file, ...args]]
  const start = performance.now()
  const result = spawnSync(probe, probeArgs, { cwd: ROOT, encoding: 'utf8', maxBuffer: MAX_BUFFER })
  const ms = performance.now() - start
  if (result.error) abort(`${probe} could not run: ${result.error.message}`)
  const { kb, stderr } = splitPeakRss(result.stderr)
  if (result.status !== 0 && result.status !== 1) {
    abort(`kep-gate exited with ${result.status ?? result.signal}:\n${stderr}`)
  }
  return { ms, kb, status: result.status, outputBytes: result.stdout.length }
}

// Prints the child's peak RSS in KB (Linux ru_maxrss unit) as the last stderr line, like GNU time.
const PYTHON_RSS_PROBE = `
import resource, subprocess, sys
code = subprocess.call(sys.argv[1:])
sys.stderr.write('%d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(code)
`

// The probe's KB figure is the last stderr line; GNU time also adds "Command exited with non-zero
// status N" before it, which is not the subject's output either.
function splitPeakRss(stderr) {
  const lines = stderr.trimEnd().split('\n')
  const kb = Number(lines.pop())
  if (/^Command exited with non-zero status \d+$/.test(lines.at(-1) ?? '')) lines.pop()
  if (!Number.isFinite(kb)) abort(`could not read peak RSS from:\n${stderr}`)
  return { kb, stderr: lines.join('\n') }
}

function measureFloor(floor, ctx) {
  const start = performance.now()
  floor(ctx)
  return performance.now() - start
}

async function runBenchmark(bench) {
  console.log(`\n== ${bench.name}`)
  const ctx = await bench.setup()
  const command = bench.subject(ctx)

  const warm = measureSubject(command)
  measureFloor(bench.floor, ctx)
  console.log(`warm-up: kep-gate exit ${warm.status}, ${warm.outputBytes} bytes of output`)

  const subject = []
  const floor = []
  for (let run = 1; run <= RUNS; run++) {
    const s = measureSubject(command)
    const f = measureFloor(bench.floor, ctx)
    subject.push(s)
    floor.push(f)
    console.log(
      `${bench.name} run ${run}/${RUNS}: kep-gate ${Math.round(s.ms)} ms ` +
        `(peak RSS ${Math.round(s.kb / 1024)} MB), floor ${Math.round(f)} ms`
    )
  }
  return {
    name: bench.name,
    subjectMs: median(subject.map(s => s.ms)),
    floorMs: median(floor),
    peakKb: Math.max(...subject.map(s => s.kb))
  }
}

function summaryLine(r) {
  const ratio = (r.subjectMs / r.floorMs).toFixed(2)
  return (
    `bench ${r.name}: kep-gate ${Math.round(r.subjectMs)} ms, floor ${Math.round(r.floorMs)} ms, ` +
    `ratio ${ratio}, peak RSS ${Math.round(r.peakKb / 1024)} MB`
  )
}

// ---------------------------------------------------------------------------------------------
// Helpers

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const seconds = ms => (ms / 1000).toFixed(1)

// Counts what git tracks (what kep-gate and the floor see), not .git or scratch files.
function describeTree(repo) {
  const listing = runChecked('git', ['ls-files', '-z'], repo, [0]).stdout
  const files = listing.split('\0').filter(Boolean)
  const bytes = files.reduce((sum, file) => sum + fs.statSync(path.join(repo, file)).size, 0)
  return `${files.length} files, ${Math.round(bytes / MB)} MB`
}

function abort(message) {
  console.error(`bench: ${message}`)
  process.exit(1)
}

async function main() {
  if (!Number.isInteger(RUNS) || RUNS < 1) abort(`BENCH_RUNS must be a positive integer`)
  // Checked first: no point generating 300 MB only to find nothing to measure.
  if (!fs.existsSync(CLI))
    abort(`${path.relative(ROOT, CLI)} not found: run \`npm run build\` first`)
  console.log(`node ${process.version}, ${RUNS} runs per benchmark after one warm-up`)
  const results = []
  for (const bench of BENCHMARKS) results.push(await runBenchmark(bench))
  console.log('')
  for (const result of results) console.log(summaryLine(result))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main()
}

export { BENCHMARKS, kubernetesFloor, measureFloor, measureSubject, runBenchmark, summaryLine }

// ---------------------------------------------------------------------------------------------
// website-check: the questions kep-gate answers on kubernetes/website at 1.43, asked of git
// directly, one search per question: the sweep's ipvs mentions and `removed: true` marks in
// content/*/docs/** outside the built-in allow-list (src/policy/kep-5495-website.ts), the blog's
// ipvs posts, and the gate page. Function declarations only: main() runs before this point.

function websiteFloor(repo) {
  const allow = [
    'content/*/docs/reference/config-api/kube-proxy-config.*.md',
    'content/*/docs/reference/command-line-tools-reference/kube-proxy.md',
    'content/*/docs/reference/setup-tools/kubeadm/generated/**',
    'content/*/docs/setup/release/**',
    'content/*/blog/**'
  ]
  const docs = [':(glob)content/*/docs/**', ...allow.map(glob => `:(glob,exclude)${glob}`)]
  const greps = [
    ['-i', '-e', 'ipvs', '--', ...docs],
    ['-e', 'removed: true', '--', ...docs],
    ['-i', '-e', 'ipvs', '--', ':(glob)content/en/blog/_posts/**/*.md']
  ]
  for (const args of greps) runChecked('git', ['grep', '-n', '-I', '-F', ...args], repo, [0, 1])
  fs.readFileSync(
    path.join(
      repo,
      'content/en/docs/reference/command-line-tools-reference/feature-gates/KubeProxyIPVS.md'
    )
  )
}

// ---------------------------------------------------------------------------------------------
// backports: the nftables-backports audit on a generated history of about 150,000 commits
// (bench/generate-history.mjs). The floor is the raw git the audit cannot avoid: the branch
// point, the commits after it on master and both release branches, and one `git log -p`
// through `git patch-id --stable`. Also counts the GitHub API requests for 100 and 1,000 fixes
// against a fake GraphQL server, through the real code bundled by esbuild.

async function backportsSetup() {
  const { generateHistory } = await import('./generate-history.mjs')
  const repo = path.join(WORK, 'history')
  const start = performance.now()
  const { reused, fixes } = await generateHistory(repo)
  const took = reused ? 'reused' : `generated in ${seconds(performance.now() - start)} s`
  const commits = runChecked('git', ['rev-list', '--all', '--count'], repo, [0]).stdout.trim()
  console.log(`history ${path.relative(ROOT, repo)}: ${commits} commits, ${fixes} fixes (${took})`)
  const counts = await backportsApiRequests([100, 1000])
  const line = `bench backports-api: ${counts.map(c => `${c.fixes} fixes → ${c.requests} requests`).join(', ')}`
  console.log(line)
  // After the summary lines, so scripts reading the last lines find it too.
  process.on('exit', () => console.log(line))
  return { repo }
}

function backportsFloor(repo) {
  const git = args => runChecked('git', args, repo, [0]).stdout
  const since = git(['merge-base', 'master', 'release-1.33']).trim()
  const range = ['master', 'release-1.34', 'release-1.33', '--not', since]
  git(['log', '-z', '--format=%H %P%x00%s%x00%b', ...range, '--'])
  const diff = git([
    'log',
    '-p',
    '--no-merges',
    '--format=commit %H',
    ...range,
    '--',
    'pkg/proxy/nftables/'
  ])
  const ids = spawnSync('git', ['patch-id', '--stable'], {
    cwd: repo,
    input: diff,
    maxBuffer: MAX_BUFFER
  })
  if (ids.status !== 0) abort(`git patch-id failed: ${ids.stderr}`)
}

async function backportsApiRequests(sizes) {
  const { build } = await import('esbuild')
  const { startFakeGitHub } = await import('./fake-github.mjs')
  const bundle = path.join(WORK, 'github-facts.mjs')
  await build({
    entryPoints: [path.join(ROOT, 'src/github/facts.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire } from 'node:module';const require = createRequire(import.meta.url);"
    }
  })
  const results = []
  for (const fixes of sizes) {
    const pulls = new Map()
    const merged = []
    for (let i = 0; i < fixes; i++) {
      pulls.set(100000 + i, { title: `Fix nftables rule ${i}`, labels: ['kind/bug'] })
      for (const base of ['release-1.34', 'release-1.33'])
        merged.push({
          number: 300000 + 2 * i + (base === 'release-1.33' ? 1 : 0),
          title: `Automated cherry pick of #${100000 + i}: Fix nftables rule ${i}`,
          base
        })
    }
    const fake = await startFakeGitHub({ pulls, merged })
    process.env.GITHUB_API_URL = fake.url
    // A fresh module instance per size: @actions/github reads GITHUB_API_URL when imported.
    const { gitHubFacts } = await import(`${pathToFileURL(bundle).href}?fixes=${fixes}`)
    const facts = gitHubFacts({ token: 'bench', repository: 'kubernetes/kubernetes' })
    const answer = await facts.backports({
      pulls: [...pulls.keys()],
      branches: ['release-1.34', 'release-1.33']
    })
    if (answer.pulls.size !== fixes || answer.merged.length !== merged.length)
      abort(`the fake GitHub answered ${answer.pulls.size} pulls and ${answer.merged.length} picks`)
    results.push({ fixes, requests: fake.requests() })
    await fake.close()
  }
  delete process.env.GITHUB_API_URL
  return results
}
