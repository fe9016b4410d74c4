// The regression-mode benchmark: the built action (dist/index.js) on a pull_request event whose
// base is read from git objects while the head is the working tree, against the plain git
// commands that read the same evidence from both. Base and head are the generated tree's one
// commit, so both sides do the full work twice and the verdicts agree.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { generateKubernetesTree } from './generate-kubernetes.mjs'
import { grepLine, sh } from './floor.mjs'

/** A BENCHMARKS entry for bench/run.mjs. */
export function regressionBenchmark({ root, work }) {
  const index = path.join(root, 'dist', 'index.js')
  return {
    name: 'kubernetes-regression',
    async setup() {
      const repo = path.join(work, 'kubernetes')
      await generateKubernetesTree(repo)
      const sha = git(repo, ['rev-parse', 'HEAD']).trim()
      const runner = path.join(work, 'regression-runner')
      fs.mkdirSync(runner, { recursive: true })
      const event = path.join(runner, 'event.json')
      fs.writeFileSync(
        event,
        JSON.stringify({
          number: 1,
          pull_request: {
            number: 1,
            milestone: { title: 'v1.43' },
            base: { ref: 'master', sha, repo: { full_name: 'kubernetes/kubernetes' } },
            head: { ref: 'pr', sha, repo: { full_name: 'kubernetes/kubernetes' } }
          }
        })
      )
      const env = {
        INPUT_MODE: 'regression',
        'INPUT_CHECK-RUN': 'false',
        INPUT_COMMENT: 'off',
        GITHUB_WORKSPACE: repo,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_OUTPUT: path.join(runner, 'output'),
        GITHUB_STEP_SUMMARY: path.join(runner, 'summary')
      }
      return { repo, sha, env }
    },
    subject: ({ env }) => {
      // The action appends to these; start them empty.
      for (const file of [env.GITHUB_OUTPUT, env.GITHUB_STEP_SUMMARY]) fs.writeFileSync(file, '')
      return [
        '/usr/bin/env',
        [...Object.entries(env).map(([k, v]) => `${k}=${v}`), process.execPath, index]
      ]
    },
    // The kubernetes-check questions, asked of the working tree and of the base commit.
    floorScript: ({ repo, sha }) => [
      `cd ${sh(repo)}`,
      '# the head (the working tree)',
      'git ls-files -- pkg/proxy/ipvs >/dev/null',
      grepLine(IMPORTS),
      `cat ${SPEC_FILES.join(' ')} >/dev/null`,
      '# the base, read from git objects',
      `git ls-tree -r -z --full-tree ${sha} >/dev/null`,
      grepLine([...IMPORTS.slice(0, 2), sha, ...IMPORTS.slice(2)]),
      ...SPEC_FILES.map(file => `git cat-file blob ${sha}:${file} >/dev/null`),
      '# nftables-backports: the commits after the release-1.33 branch point (once, shared)',
      "git log --format='%H %P %s' master...release-1.33 release-1.34 >/dev/null"
    ]
  }
}

const IMPORTS = ['-e', '"k8s.io/kubernetes/pkg/proxy/ipvs', '--', '*.go', ':!vendor/**']
const SPEC_FILES = [
  'pkg/features/kube_features.go',
  'test/compatibility_lifecycle/reference/versioned_feature_list.yaml',
  'cmd/kube-proxy/app/options.go',
  'pkg/proxy/apis/config/types.go'
]

function git(cwd, args) {
  return gitChecked(cwd, args, [0])
}

function gitChecked(cwd, args, okCodes) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  if (result.error || !okCodes.includes(result.status))
    throw new Error(`git ${args.join(' ')} failed: ${result.stderr || result.error}`)
  return result.stdout
}
