import { parseArgs } from 'node:util'
import { check } from './check.js'
import { CRITERIA, CRITERION_IDS } from './criteria/registry.js'
import { oneLine, UserError } from './errors.js'
import { stopGit, tryGit } from './evidence/git.js'
import { gatesCommand, GATES_USAGE } from './gates/command.js'
import { plan } from './plan.js'
import { loadPolicy } from './policy/load.js'
import { readPlainPolicy } from './prepare.js'
import { renderJson } from './report/json.js'
import { renderMarkdown } from './report/markdown.js'
import { renderPlanJson, renderPlanText } from './report/plan.js'
import { renderText } from './report/text.js'
import { ACCEPTED_TARGET_FORMS, parseMinor } from './release/version.js'
import { promises as fs } from 'node:fs'
import nodePath from 'node:path'

const USAGE = `Usage:
  kep-gate check [--repo DIR] [--target 1.40] [--repo-kind auto|kubernetes|website]
                 [--policy FILE] [--format text|markdown|json] [--repository OWNER/NAME]
                 [--untracked] [--fetch]
  kep-gate plan --target 1.40 [--policy FILE] [--format text|json]
${GATES_USAGE}

A git checkout is judged as git tracks it (the index, with changes to tracked files in the
working tree); --untracked judges files not yet added too, for a check before a commit.

The nftables-backports audit reads git history. What the clone lacks (release branches, tags,
history cut by a shallow clone) is named with the \`git fetch\` that supplies it; --fetch lets
kep-gate fetch it into refs/kep-gate/ instead, leaving branches and configuration as they were.

With GITHUB_TOKEN set, GitHub facts (labels, cherry-pick PRs) of --repository (default:
GITHUB_REPOSITORY) help the nftables-backports audit.

Exit codes: 0 pass, 1 criteria failed, 2 usage or input error.`

const FORMATS = ['text', 'markdown', 'json'] as const

/** The CLI: argv → the same check the action runs → stdout and an exit code. */
export async function main(
  argv: string[],
  out: (text: string) => void,
  err: (text: string) => void
): Promise<number> {
  try {
    // Every feature gate, three ways: a command with flags of its own.
    if (argv[0] === 'gates') return await gatesCommand(argv.slice(1), out, err)
    const { values, positionals } = readArgs(argv)
    const command = positionals[0]
    if (values.help || !command) {
      out(USAGE + '\n')
      return values.help ? 0 : 2
    }
    if (positionals.length > 1)
      throw new UserError(`unexpected argument "${positionals[1]}": see kep-gate --help`)
    const format = values.format as (typeof FORMATS)[number]
    if (!FORMATS.includes(format))
      throw new UserError(`--format "${values.format}" is not known: use text, markdown or json`)

    if (values.target === '') throw new UserError(`--target is empty: use ${ACCEPTED_TARGET_FORMS}`)

    if (command === 'plan') {
      if (format === 'markdown')
        throw new UserError('plan prints text or json: use --format text or --format json')
      if (!values.target) throw new UserError(`plan needs --target (${ACCEPTED_TARGET_FORMS})`)
      const target = parseMinor(values.target)
      if (!target)
        throw new UserError(
          `--target "${values.target}" is not a release: use ${ACCEPTED_TARGET_FORMS}`
        )
      const override = values.policy ? await readPlainPolicy(values.policy) : undefined
      const result = plan(await loadPolicy(CRITERION_IDS, override), CRITERIA, target)
      out(format === 'json' ? renderPlanJson(result) : renderPlanText(result))
      return 0
    }
    if (command !== 'check')
      throw new UserError(
        `unknown command "${command}": use check, plan or gates (see kep-gate --help)`
      )

    const repoDir = values.repo ?? process.cwd()
    const report = await check({
      repoDir,
      // Branches only matter without --target: no git process otherwise.
      ...(values.target ? {} : await branchesOf(repoDir)),
      target: values.target,
      targetLabel: '--target',
      repoKind: values['repo-kind'],
      policy: values.policy,
      policyBase: process.cwd(),
      github: await gitHubFactsFromEnv(values.repository, err),
      untracked: values.untracked,
      fetch: values.fetch
    })
    out(
      format === 'json'
        ? renderJson(report)
        : format === 'markdown'
          ? renderMarkdown(report)
          : renderText(report)
    )
    for (const e of report.errors) err(`kep-gate: error: ${e}\n`)
    if (report.errors.length > 0) return 2
    return report.result === 'pass' ? 0 : 1
  } catch (error) {
    err(`kep-gate: ${error instanceof UserError ? '' : 'internal error: '}${oneLine(error)}\n`)
    return 2
  } finally {
    // A search or fetch still running after an early error ends with the run, not after it.
    await stopGit()
  }
}

/**
 * The branches that may name the target: the one checked out in repoDir (`release-1.40`), else,
 * when repoDir is the workspace of a GitHub workflow (a detached pull request merge), the
 * workflow's base branch and ref. A workflow's refs say nothing about another folder.
 */
async function branchesOf(repoDir: string): Promise<{ baseRef?: string; ref?: string }> {
  const branch = (
    await tryGit(repoDir, ['symbolic-ref', '--short', '-q', 'HEAD']).catch(() => undefined)
  )?.trim()
  if (branch) return { ref: branch }
  const workspace = process.env.GITHUB_WORKSPACE
  if (!workspace || !(await samePath(workspace, repoDir))) return {}
  return {
    baseRef: process.env.GITHUB_BASE_REF || undefined,
    ref: process.env.GITHUB_REF || undefined
  }
}

async function samePath(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all(
    [a, b].map(p => fs.realpath(p).catch(() => nodePath.resolve(p)))
  )
  return ra === rb
}
/**
 * GitHub facts when GITHUB_TOKEN is set. The client is imported only then: most CLI runs have no
 * token, and loading Octokit would double their start-up time.
 */
async function gitHubFactsFromEnv(repository: string | undefined, err: (text: string) => void) {
  const token = process.env.GITHUB_TOKEN
  if (!token) return undefined
  const { gitHubFacts } = await import('./github/facts.js')
  return gitHubFacts({
    token,
    repository: repository || process.env.GITHUB_REPOSITORY,
    log: message => err(`kep-gate: ${message}\n`)
  })
}

/** Flags as node:util reads them; its complaints (an unknown flag, a missing value) are the user's mistakes. */
function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: 'string' },
        target: { type: 'string' },
        'repo-kind': { type: 'string' },
        repository: { type: 'string' },
        policy: { type: 'string' },
        format: { type: 'string', default: 'text' },
        untracked: { type: 'boolean' },
        fetch: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    throw new UserError(`${oneLine(error)}; see kep-gate --help`)
  }
}
