import * as core from '@actions/core'
import nodePath from 'node:path'
import { CRITERION_IDS } from '../criteria/registry.js'
import { UserError } from '../errors.js'
import { WorktreeRepo, type Repo } from '../evidence/repo.js'
import { ON_DISK } from '../gates/files.js'
import { auditGates } from '../gates/audit.js'
import type { CodeInput } from '../gates/sources.js'
import { ANNOTATIONS_PER_REQUEST, checkRunAnnotations } from '../github/check-run.js'
import { createClient } from '../github/client.js'
import { readRemoteFile } from '../github/contents.js'
import { loadPolicy, type PolicyText } from '../policy/load.js'
import { readPolicyText } from '../prepare.js'
import type { Policy } from '../policy/schema.js'
import { gatesJson, renderGatesMarkdown } from '../report/gates-render.js'
import { gatesAnnotations, type PlacedAnnotation } from '../report/annotations.js'
import type { GateSource } from '../report/gates-types.js'
import { detectKind } from '../evidence/repo-kind.js'
import { resolveTarget } from '../release/resolve.js'
import { formatMinor, type MinorVersion } from '../release/version.js'
import type { ActionSettings } from './inputs.js'
import { policyFromBase } from './base-commit.js'
import { log } from './log.js'
import { workspaceFile, writeOutputs } from './outputs.js'
import { publishToGitHub } from './publish.js'

// The action with scope feature-gates: every gate, checked three ways, on whichever of the three
// repositories the workflow runs in; the other two come from further checkouts (or, for the
// generated list, from the GitHub API).

/**
 * Audits, then writes the outputs, annotations, check run `feature gates (<kind>)` and verdict.
 * The summary is handed over as soon as it exists, so it is written whatever fails after.
 */
export async function runGatesScope(
  settings: ActionSettings,
  setSummary: (markdown: string) => void
): Promise<void> {
  if (settings.mode === 'regression')
    throw new UserError(
      'mode regression compares a pull request with its base for a KEP’s criteria; with scope feature-gates use mode enforce or report'
    )
  if (settings.event.headFromObjects)
    throw new UserError(
      `scope feature-gates reads the checked-out files, and under ${settings.event.name} that is the base branch, not the pull request: run it on pull_request`
    )
  const main = await WorktreeRepo.open(settings.repoDir, ON_DISK)
  const kind = await gatesKind(main, settings.repoKind)
  const open = async (input: string | undefined, own: GateSource) =>
    input ? WorktreeRepo.open(input, ON_DISK) : kind === own ? main : undefined
  const [kubernetes, website, enhancements] = await Promise.all([
    open(settings.kubernetesPath, 'kubernetes'),
    open(settings.websitePath, 'website'),
    open(settings.enhancementsPath, 'enhancements')
  ])
  const policy = await loadPolicy(CRITERION_IDS, await gatesPolicy(settings, main))
  const { target, source, via } = await resolveTarget({
    explicit: settings.target,
    milestone: settings.milestone,
    baseRef: settings.baseRef,
    ref: settings.ref,
    kind: kind === 'website' ? 'website' : 'kubernetes',
    describe: async () => kubernetes?.describe(),
    hugoToml: async () => website?.read('hugo.toml')
  })
  const origin = (repo: Repo) =>
    `${repo === main ? 'the checkout' : 'checkout'} ${relative(repo.root)}`
  const report = await auditGates({
    policy,
    target,
    targetSource: source,
    kind,
    code: kubernetes
      ? { repo: kubernetes, origin: origin(kubernetes) }
      : await listFromGitHub(settings, policy, target),
    ...(website ? { website: { repo: website, origin: origin(website) } } : {}),
    ...(enhancements ? { enhancements: { repo: enhancements, origin: origin(enhancements) } } : {})
  })
  const markdown = renderGatesMarkdown(report)
  setSummary(markdown)

  const failed = report.rules.filter(r => r.errors > 0).map(r => r.id)
  writeOutputs({
    'target-release': report.target,
    stage: '',
    result: report.result,
    failed: failed.join(','),
    'report-json': JSON.stringify(gatesJson(report), null, 2)
  })
  for (const e of report.errors) log.error(e, { title: 'feature gates: could not read' })
  const ownRoot = { kubernetes, website, enhancements }[kind]!.root
  const annotations = gatesAnnotations(report, kind)
  annotate(annotations, workspaceFile(ownRoot))
  log.info(`feature gates at ${report.target} (${report.targetSource}): ${report.result}`)

  const counts = report.rules.reduce(
    (n, r) => ({ errors: n.errors + r.errors, warnings: n.warnings + r.warnings }),
    { errors: 0, warnings: 0 }
  )
  const errors = await publishToGitHub(settings, {
    subject: { kep: 'feature-gates', kind, target: report.target, targetVia: via },
    markdown,
    checkRunName: `feature gates (${kind})`,
    conclusion:
      report.result === 'pass' ? 'success' : settings.mode === 'report' ? 'neutral' : 'failure',
    title: `feature gates at ${report.target}: ${report.result} (${counts.errors} errors, ${counts.warnings} warnings)`,
    annotations: checkRunAnnotations(annotations)
  })
  for (const e of errors) log.error(e)
  if (report.result === 'fail') {
    const what = `feature gates at ${report.target}: ${counts.errors} errors${failed.length ? ` (${failed.join(', ')})` : ''}`
    if (settings.mode === 'report') log.warning(`${what} (mode: report, so the step passes)`)
    else log.failed(what)
  }
  if (errors.length > 0) process.exitCode = core.ExitCode.Failure
}

/**
 * The policy file: on a pull request from the base commit (deviations a pull request adds must
 * not excuse its own findings), else from the checkout; undefined for the built-in policy.
 */
async function gatesPolicy(settings: ActionSettings, main: Repo): Promise<PolicyText | undefined> {
  if (!settings.policy) return undefined
  const from = await policyFromBase(main.root, settings.event, settings.policy)
  const { text, notices } = await readPolicyText(
    { file: settings.policy, base: main.root },
    main,
    from
  )
  for (const notice of notices) log.notice(notice)
  if (text?.origin)
    log.info(
      `policy file ${text.file} read from ${text.origin}: a pull request cannot change the policy that judges it`
    )
  return text
}

async function gatesKind(repo: Repo, override?: string): Promise<GateSource> {
  const wanted = override?.trim().toLowerCase()
  if (wanted === 'enhancements') return 'enhancements'
  if ((!wanted || wanted === 'auto') && (await repo.exists('keps'))) {
    const [features, docs] = await Promise.all([
      repo.exists('pkg/features/kube_features.go'),
      repo.exists('content/en/docs')
    ])
    if (!features && !docs) return 'enhancements'
  }
  return detectKind(repo, override)
}

/** The generated list from the GitHub API: release-<target>, else master (not yet branched). */
async function listFromGitHub(
  settings: ActionSettings,
  policy: Policy,
  target: MinorVersion
): Promise<CodeInput> {
  const { listRepository } = policy.gates
  if (!settings.token)
    throw new UserError(
      `scope feature-gates needs the code: set kubernetes-path to a checkout of ${listRepository}, or give a token to read its feature list through the GitHub API`
    )
  const client = await createClient({ token: settings.token, log: message => log.info(message) })
  const file = policy.kubernetes.featureLists[0]!
  const list = await readRemoteFile(client, listRepository, file, [
    `release-${formatMinor(target)}`,
    'master'
  ])
  return {
    list: { file: list.file, text: list.text },
    origin: `${listRepository}@${list.ref} (GitHub contents API)`
  }
}

/** The workspace-relative path of a checkout, as annotations and messages name files. */
function relative(root: string): string {
  const workspace = process.env.GITHUB_WORKSPACE
  return workspace ? nodePath.relative(workspace, root).split(nodePath.sep).join('/') : ''
}

/**
 * Workflow-command annotations for the log and the files view; past a batch's worth the rest
 * are in the check run and the summary, rather than a log of thousands of lines.
 */
function annotate(annotations: PlacedAnnotation[], inWorkspace: (file: string) => string): void {
  for (const a of annotations.slice(0, ANNOTATIONS_PER_REQUEST)) {
    const props = { title: a.title, file: inWorkspace(a.file), startLine: a.line }
    if (a.level === 'error') log.error(a.message, props)
    else log.warning(a.message, props)
  }
  if (annotations.length > ANNOTATIONS_PER_REQUEST)
    log.notice(
      `${annotations.length - ANNOTATIONS_PER_REQUEST} more findings are annotated in the check run and listed in the job summary`
    )
}
