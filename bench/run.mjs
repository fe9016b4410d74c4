// Benchmarks kep-gate against its floor: the plain git commands that answer the same questions on
// the same checkout, written as a shell script the bench prints (rerun it by hand to check). The
// ratio says how much kep-gate's start-up, parsing and judging cost on top of the unavoidable
// reading. Runs are interleaved so drift (cache, thermal, neighbours) hits both sides.
//
//   npm run bench            (BENCH_RUNS=10 npm run bench for more runs,
//                             BENCH_ONLY=website-check npm run bench for one benchmark)
//
// The last lines are one summary per benchmark, in a fixed format for scripts:
//   bench kubernetes-check: kep-gate 812 ms, floor 640 ms, ratio 1.27, peak RSS 96 MB
// and, per benchmark, where kep-gate's time went (medians of runs traced apart from the timed ones):
//   split kubernetes-check: node start 48 ms, git 180 ms, own code 35 ms (of 263 ms traced)
// and what Node alone costs for the same work (its node floor: the floor's commands started at
// once from Node, bench/parallel-floor.mjs, or for gates the same files read, nothing judged):
//   bound gates: node -e 0 45 ms, node floor 120 ms (1.40× the floor), kep-gate 3.10× the node floor
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { grepLine, sh } from './floor.mjs'
import { generateKubernetesTree } from './generate-kubernetes.mjs'
import { generateWebsiteTree } from './generate-website.mjs'
import { gatesBenchmark } from './gates.mjs'
import { regressionBenchmark } from './regression.mjs'
import { gitBusyMs } from './time-split.mjs'
import { countDirectories } from './tree-writer.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(ROOT, 'dist', 'cli.js')
const PARALLEL_FLOOR = path.join(ROOT, 'bench', 'parallel-floor.mjs')
const WORK = path.join(ROOT, 'bench', '.work')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const MB = 1024 * 1024
// kep-gate's JSON report of a big tree can exceed spawnSync's 1 MB default.
const MAX_BUFFER = 256 * MB

/** `check` at 1.43 on a generated tree in bench/.work/<dir>, against its floor script. */
function checkBenchmark(name, dir, generate, floorScript) {
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
    floorScript: ({ repo }) => floorScript(repo)
  }
}

/**
 * Each benchmark: setup() prepares its input once and returns a context; subject(ctx) gives the
 * kep-gate command as [file, args]; floorScript(ctx) the shell script of the minimal git
 * commands that answer the same questions.
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
    floorScript: ({ repo }) => backportsFloor(repo)
  },
  gatesBenchmark({ root: ROOT, work: WORK })
]

// ---------------------------------------------------------------------------------------------
// Floors: one git command per question kep-gate answers at the target, as a release manager
// would type them: `git grep -F -l` over what git tracks, `git ls-files`, reading a known file.

/** The files kep-gate reads by name at 1.43, where the tree has them. */
function existing(repo, files) {
  return files.filter(file => fs.existsSync(path.join(repo, file)))
}

// KEP-5495 at 1.43 on kubernetes/kubernetes: what is due (see `kep-gate plan --target 1.43`).
function kubernetesFloor(repo) {
  const specs = existing(repo, [
    'pkg/features/kube_features.go',
    'pkg/features/versioned_kube_features.go',
    'test/compatibility_lifecycle/reference/versioned_feature_list.yaml'
  ])
  const flags = existing(repo, [
    'cmd/kube-proxy/app/options.go',
    'pkg/proxy/apis/config/types.go',
    'staging/src/k8s.io/kube-proxy/config/v1alpha1/types.go'
  ])
  return [
    `cd ${sh(repo)}`,
    '# ipvs-package-removed: what is left of pkg/proxy/ipvs, and who imports it outside vendor/',
    'git ls-files -- pkg/proxy/ipvs >/dev/null',
    grepLine(['-e', '"k8s.io/kubernetes/pkg/proxy/ipvs', '--', '*.go', ':!vendor/**']),
    '# gate-declared, gate-spec, no-early-removal: the gate in Go and in the generated list',
    `cat ${specs.map(sh).join(' ')} >/dev/null`,
    '# ipvs-flags-noop: the --ipvs-* flags and the config type',
    `cat ${flags.map(sh).join(' ')} >/dev/null`,
    '# nftables-backports: the commits after the release-1.33 branch point',
    "git log --format='%H %P %s' master...release-1.33 release-1.34 >/dev/null"
  ]
}

// KEP-5495 at 1.43 on kubernetes/website: the sweep (mentions and removed pages outside the
// built-in allow-list, src/policy/kep-5495-website.ts), the blog, and the gate page.
function websiteFloor(repo) {
  const allow = [
    'content/*/docs/reference/config-api/kube-proxy-config.*.md',
    'content/*/docs/reference/command-line-tools-reference/kube-proxy.md',
    'content/*/docs/reference/setup-tools/kubeadm/generated/**',
    'content/*/docs/setup/release/**',
    'content/*/blog/**'
  ]
  const docs = [':(glob)content/*/docs/**', ...allow.map(glob => `:(glob,exclude)${glob}`)]
  return [
    `cd ${sh(repo)}`,
    '# docs-ipvs-removed: pages that mention ipvs, and pages marked removed',
    grepLine(['-i', '-e', 'ipvs', '--', ...docs]),
    grepLine(['-e', 'removed: true', '--', ...docs]),
    '# migration-blog-post: posts about ipvs',
    grepLine(['-i', '-e', 'ipvs', '--', ':(glob)content/en/blog/_posts/**/*.md']),
    '# docs-feature-gate-page: the gate page',
    'cat content/en/docs/reference/command-line-tools-reference/feature-gates/KubeProxyIPVS.md >/dev/null'
  ]
}

// The nftables-backports audit reads every commit after the branch point on master and both
// release branches: one `git log` of that range is the least any audit must do.
function backportsFloor(repo) {
  return [
    `cd ${sh(repo)}`,
    '# nftables-backports: the commits after the release-1.33 branch point',
    "git log --format='%H %P %s' master...release-1.33 release-1.34 >/dev/null"
  ]
}

/** Writes a floor script to bench/.work/floor-<name>.sh, prints it, and returns its path. */
function writeFloor(name, lines) {
  const file = path.join(WORK, `floor-${name}.sh`)
  const text = [
    '#!/bin/sh',
    `# The ${name} floor: rerun with \`sh ${path.relative(ROOT, file)}\`.`,
    'set -e',
    ...lines,
    ''
  ].join('\n')
  fs.writeFileSync(file, text)
  console.log(`floor script ${path.relative(ROOT, file)}:`)
  for (const line of lines) console.log(`  ${line}`)
  return file
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
 * Runs the subject under a peak-RSS probe and times the whole process. With a trace file, git's
 * own trace (trace2) records when each git it starts runs, for the time split; tracing costs git
 * 10–30 ms, so timed runs go untraced. GNU time costs about a millisecond; the python fallback
 * adds its own start-up (~20 ms) to the wall time.
 */
function measureSubject([file, args], trace) {
  const [probe, probeArgs] = fs.existsSync('/usr/bin/time')
    ? ['/usr/bin/time', ['-f', '%M', file, ...args]]
    : ['python3', ['-c', PYTHON_RSS_PROBE, file, ...args]]
  if (trace) fs.rmSync(trace, { force: true })
  const startMs = performance.timeOrigin + performance.now()
  const start = performance.now()
  const result = spawnSync(probe, probeArgs, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: MAX_BUFFER,
    env: trace ? { ...process.env, GIT_TRACE2_EVENT: trace } : process.env
  })
  const ms = performance.now() - start
  if (result.error) abort(`${probe} could not run: ${result.error.message}`)
  const { kb, stderr } = splitPeakRss(result.stderr)
  if (result.status !== 0 && result.status !== 1) {
    abort(`kep-gate exited with ${result.status ?? result.signal}:\n${stderr}`)
  }
  const git = trace ? gitBusyMs(trace, startMs, startMs + ms) : undefined
  return { ms, kb, git, status: result.status, outputBytes: result.stdout.length }
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

function measureFloor(script) {
  return measureCommand(['sh', [script]])
}

/** Node's own start-up, the part of every kep-gate run no code of ours can shorten. */
function measureNodeStart() {
  return measureCommand([process.execPath, ['-e', '0']])
}

async function runBenchmark(bench) {
  console.log(`\n== ${bench.name}`)
  const ctx = await bench.setup()
  const command = bench.subject(ctx)
  const script = writeFloor(bench.name, bench.floorScript(ctx))
  const trace = path.join(WORK, `trace-${bench.name}.json`)

  const warm = measureSubject(command)
  measureFloor(script)
  console.log(`warm-up: kep-gate exit ${warm.status}, ${warm.outputBytes} bytes of output`)

  const subject = []
  const traced = []
  const floor = []
  const node = []
  const nodeFloor = []
  const nodeFloorCommand = bench.nodeFloor?.(ctx) ?? [process.execPath, [PARALLEL_FLOOR, script]]
  for (let run = 1; run <= RUNS; run++) {
    const s = measureSubject(command)
    const f = measureFloor(script)
    const t = measureSubject(command, trace)
    node.push(measureNodeStart())
    nodeFloor.push(measureCommand(nodeFloorCommand))
    subject.push(s)
    traced.push(t)
    floor.push(f)
    console.log(
      `${bench.name} run ${run}/${RUNS}: kep-gate ${Math.round(s.ms)} ms ` +
        `(peak RSS ${Math.round(s.kb / 1024)} MB; traced ${Math.round(t.ms)} ms, git busy ${Math.round(t.git)} ms), ` +
        `floor ${Math.round(f)} ms, node -e 0 ${Math.round(node.at(-1))} ms, ` +
        `node floor ${Math.round(nodeFloor.at(-1))} ms`
    )
  }
  const subjectMs = median(subject.map(s => s.ms))
  const nodeMs = median(node)
  const tracedMs = median(traced.map(t => t.ms))
  const gitMs = median(traced.map(t => t.git))
  return {
    name: bench.name,
    subjectMs,
    floorMs: median(floor),
    peakKb: Math.max(...subject.map(s => s.kb)),
    split: { nodeMs, gitMs, ownMs: Math.max(0, tracedMs - nodeMs - gitMs), ofMs: tracedMs },
    nodeFloorMs: median(nodeFloor)
  }
}

/** The wall time of a command that must succeed. */
function measureCommand([file, args]) {
  const start = performance.now()
  runChecked(file, args, ROOT, [0])
  return performance.now() - start
}

/**
 * What Node alone costs: its node floor (the same git commands or reads, from Node, nothing
 * judged) is the least any Node program pays, next to the shell floor.
 */
function boundLine(r) {
  return (
    `bound ${r.name}: node -e 0 ${Math.round(r.split.nodeMs)} ms, node floor ` +
    `${Math.round(r.nodeFloorMs)} ms (${(r.nodeFloorMs / r.floorMs).toFixed(2)}× the floor), ` +
    `kep-gate ${(r.subjectMs / r.nodeFloorMs).toFixed(2)}× the node floor`
  )
}

function summaryLine(r) {
  const ratio = (r.subjectMs / r.floorMs).toFixed(2)
  return (
    `bench ${r.name}: kep-gate ${Math.round(r.subjectMs)} ms, floor ${Math.round(r.floorMs)} ms, ` +
    `ratio ${ratio}, peak RSS ${Math.round(r.peakKb / 1024)} MB`
  )
}

/**
 * Where a traced run's time went (medians): Node's start-up (`node -e 0`), time while at least
 * one git was running (whatever our code did meanwhile), and the rest, our code alone.
 */
function splitLine(r) {
  const { nodeMs, gitMs, ownMs, ofMs } = r.split
  return (
    `split ${r.name}: node start ${Math.round(nodeMs)} ms, git ${Math.round(gitMs)} ms, ` +
    `own code ${Math.round(ownMs)} ms (of ${Math.round(ofMs)} ms traced)`
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
  const dirs = countDirectories(files)
  return `${files.length} files in ${dirs} directories (${(files.length / dirs).toFixed(2)} per directory), ${Math.round(bytes / MB)} MB`
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
  const only = process.env.BENCH_ONLY?.split(',')
  const chosen = BENCHMARKS.filter(b => !only || only.includes(b.name))
  if (chosen.length === 0)
    abort(`BENCH_ONLY names none of ${BENCHMARKS.map(b => b.name).join(', ')}`)
  const results = []
  for (const bench of chosen) results.push(await runBenchmark(bench))
  console.log('')
  for (const result of results) console.log(splitLine(result))
  for (const result of results) console.log(boundLine(result))
  for (const result of results) console.log(summaryLine(result))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main()
}

export { BENCHMARKS, boundLine, measureFloor, measureSubject, runBenchmark, summaryLine }

// ---------------------------------------------------------------------------------------------
// backports: the nftables-backports audit on a generated history of about 150,000 commits
// (bench/generate-history.mjs). Also counts the GitHub API requests for 100 and 1,000 fixes
// against a fake GraphQL server, through the real code bundled by esbuild. Function
// declarations only: main() runs before this point.

async function backportsSetup() {
  const { generateHistory } = await import('./generate-history.mjs')
  const repo = path.join(WORK, 'history')
  const start = performance.now()
  const { reused, fixes } = await generateHistory(repo)
  const took = reused ? 'reused' : `generated in ${seconds(performance.now() - start)} s`
  const commits = runChecked('git', ['rev-list', '--all', '--count'], repo, [0]).stdout.trim()
  const range = runChecked(
    'git',
    ['rev-list', '--count', 'master...release-1.33', 'release-1.34'],
    repo,
    [0]
  ).stdout.trim()
  console.log(
    `history ${path.relative(ROOT, repo)}: ${commits} commits, ${range} after the branch point, ${fixes} fixes (${took})`
  )
  const counts = await backportsApiRequests([100, 1000])
  const line = `bench backports-api: ${counts.map(c => `${c.fixes} fixes → ${c.requests} requests`).join(', ')}`
  console.log(line)
  // After the summary lines, so scripts reading the last lines find it too.
  process.on('exit', () => console.log(line))
  return { repo }
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
