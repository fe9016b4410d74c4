// Running the audit of every gate in-process on the gates fixture (or a copy of it).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CRITERION_IDS } from '../../src/criteria/registry.js'
import { ON_DISK } from '../../src/gates/files.js'
import { WorktreeRepo } from '../../src/evidence/repo.js'
import { auditGates } from '../../src/gates/audit.js'
import { loadPolicy } from '../../src/policy/load.js'
import type { GateFinding, GatesReport } from '../../src/report/gates-types.js'
import { minor } from '../../src/release/version.js'
import { FIXTURES } from '../support/tree.js'

export const GATES = path.join(FIXTURES, 'gates')
export const PAGES = 'content/en/docs/reference/command-line-tools-reference/feature-gates'
export const LIST = 'test/compatibility_lifecycle/reference/versioned_feature_list.yaml'
export const FEATURES = 'pkg/features/kube_features.go'

export interface Trees {
  kubernetes?: string
  website?: string
  enhancements?: string
  /** The list alone instead of a kubernetes checkout. */
  list?: { file: string; text: string }
}

/** A throw-away copy of the three fixture trees, to break. */
export function copyGates(): Required<Omit<Trees, 'list'>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kep-gate-gates-'))
  cpSync(GATES, dir, { recursive: true })
  return {
    kubernetes: path.join(dir, 'kubernetes'),
    website: path.join(dir, 'website'),
    enhancements: path.join(dir, 'enhancements')
  }
}

export const FIXTURE: Required<Omit<Trees, 'list'>> = {
  kubernetes: path.join(GATES, 'kubernetes'),
  website: path.join(GATES, 'website'),
  enhancements: path.join(GATES, 'enhancements')
}

export async function audit(
  trees: Trees,
  target = '1.37',
  policyText?: string
): Promise<GatesReport> {
  const policy = await loadPolicy(
    CRITERION_IDS,
    policyText === undefined ? undefined : { file: 'kep-gate.yaml', text: policyText }
  )
  const open = async (dir: string | undefined, origin: string) =>
    dir ? { repo: await WorktreeRepo.open(dir, ON_DISK), origin } : undefined
  return auditGates({
    policy,
    target: minor(target),
    targetSource: `--target ${target}`,
    code: trees.list
      ? { list: trees.list, origin: 'list' }
      : (await open(trees.kubernetes, 'kubernetes'))!,
    ...(trees.website ? { website: (await open(trees.website, 'website'))! } : {}),
    ...(trees.enhancements
      ? { enhancements: (await open(trees.enhancements, 'enhancements'))! }
      : {})
  })
}

/** Every finding, flattened: rows' and the file-level ones. */
export function findingsOf(report: GatesReport): GateFinding[] {
  return [...report.rows.flatMap(r => r.findings), ...report.findings]
}

/** `gate rule kind severity` for each finding that is not information, sorted. */
export function summaryOf(report: GatesReport, withInfo = false): string[] {
  return findingsOf(report)
    .filter(f => withInfo || f.severity !== 'info')
    .map(f => `${f.gate ?? '-'} ${f.rule} ${f.kind} ${f.severity}`)
    .sort()
}

export function write(dir: string, file: string, text: string): void {
  writeFileSync(path.join(dir, file), text)
}
