import { readFileSync } from 'node:fs'
import path from 'node:path'
import { check } from '../../src/check.js'
import type { Report, Status } from '../../src/report/types.js'
import { statuses } from '../support/report.js'
import { lineOf } from '../support/tree.js'

export { byId, sortedPlaces as places } from '../support/report.js'

export const MODES = 'content/en/docs/reference/networking/virtual-ips.md'
export const ZH_MODES = 'content/zh-cn/docs/reference/networking/virtual-ips.md'
export const GATE_PAGE =
  'content/en/docs/reference/command-line-tools-reference/feature-gates/KubeProxyIPVS.md'
export const ZH_GATE_PAGE =
  'content/zh-cn/docs/reference/command-line-tools-reference/feature-gates/KubeProxyIPVS.md'
export const POST = 'content/en/blog/_posts/2026/2026-04-22-ipvs-to-nftables/index.md'
export const DRAFT = 'content/en/blog/_posts/2026/2026-xx-xx-ipvs-to-nftables/index.md'
export const RELEASE_POST =
  'content/en/blog/_posts/2025/2025-12-17-kubernetes-v1-35-release/index.md'
export const SERVICE = 'content/en/docs/concepts/services-networking/service.md'
export const NETWORKING = 'content/en/docs/concepts/cluster-administration/networking.md'
export const CONFIG_API = 'content/en/docs/reference/config-api/kube-proxy-config.v1alpha1.md'

export const WEBSITE_IDS = [
  'docs-deprecation-notice',
  'docs-announce-schedule',
  'docs-feature-gate-page',
  'migration-blog-post',
  'docs-disabled-by-default',
  'docs-ipvs-removed'
]

export function runCheck(dir: string, target?: string, policy?: string): Promise<Report> {
  return check({ repoDir: dir, target, policyBase: dir, policy })
}

/** The statuses of the website criteria only. */
export function websiteStatuses(report: Report): Record<string, Status> {
  return statuses(report, id => WEBSITE_IDS.includes(id))
}

export function at(dir: string, file: string, text: string): string {
  return `${file}:${lineOf(dir, file, text)}`
}

/** The line of the n-th (1-based) line containing text. */
export function nthAt(dir: string, file: string, text: string, n: number): string {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n')
  let seen = 0
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.includes(text) && ++seen === n) return `${file}:${i + 1}`
  }
  throw new Error(`${file} has fewer than ${n} lines containing ${text}`)
}
