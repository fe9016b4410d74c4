// KEP-5495's kubernetes/website parameters and criteria windows, as data (CRITERIA.md section 5).

import type { CriterionPolicy } from './schema.js'
import type { WebsiteParams } from './website-schema.js'

export const WEBSITE: WebsiteParams = {
  modesPage: 'content/en/docs/reference/networking/virtual-ips.md',
  section: { anchors: ['proxy-mode-ipvs'], headings: ['IPVS proxy mode', '`ipvs` proxy mode'] },
  deprecation: {
    shortcode: 'feature-state',
    state: 'deprecated',
    since: '1',
    noteShortcodes: ['note', 'caution', 'warning'],
    words: ['deprecated']
  },
  announce: ['3', '4'],
  disabledByDefault: {
    phrases: [
      'disabled by default',
      'off by default',
      'not enabled by default',
      'defaults to false',
      'default value of false'
    ],
    future: {
      auxiliaries: ['will', 'shall', 'going to', 'planned to', 'scheduled to', 'set to'],
      leadIns: ['in a future release', 'in an upcoming release', 'in a later release']
    }
  },
  gatePage: {
    file: 'content/en/docs/reference/command-line-tools-reference/feature-gates/KubeProxyIPVS.md',
    stages: [
      { stage: 'deprecated', defaultValue: true, from: '2' },
      { stage: 'deprecated', defaultValue: false, from: '3' }
    ],
    removedFrom: 'cleanup'
  },
  blog: {
    dir: 'content/en/blog/_posts/',
    titleWords: ['ipvs'],
    targets: ['nftables', 'iptables'],
    migrationWords: ['migrat', 'switch', 'moving'],
    explains: ['scheduler'],
    unfinishedMarkers: ['FIXME', 'TODO', 'TBD']
  },
  sweep: {
    include: ['content/*/docs/**'],
    patterns: ['ipvs'],
    englishPrefix: 'content/en/',
    allow: [
      {
        path: 'content/*/docs/reference/config-api/kube-proxy-config.*.md',
        reason: 'generated reference of the kube-proxy configuration API'
      },
      {
        path: 'content/*/docs/reference/command-line-tools-reference/kube-proxy.md',
        reason: 'generated reference of the kube-proxy flags (the --ipvs-* flags stay as no-ops)'
      },
      {
        path: 'content/*/docs/reference/setup-tools/kubeadm/generated/**',
        reason: 'generated kubeadm reference'
      },
      { path: 'content/*/docs/setup/release/**', reason: 'release notes' },
      { path: 'content/*/blog/**', reason: 'blog posts record history' }
    ],
    allowRemovedPages: true,
    localizedSeverity: 'warning'
  }
}

/**
 * When each website criterion is due (its stage, window and severity): the policy's schedule of
 * them. The criteria themselves are WEBSITE_CRITERIA in src/criteria/website/.
 */
export const WEBSITE_SCHEDULE: Record<string, CriterionPolicy> = {
  'docs-deprecation-notice': { stage: '1', due: { from: '1', until: '4' }, severity: 'error' },
  'docs-announce-schedule': { stage: '2', due: { from: '2', until: '4' }, severity: 'error' },
  'docs-feature-gate-page': { stage: '2', due: { from: '2' }, severity: 'error' },
  'migration-blog-post': { stage: '2', due: { from: '2' }, severity: 'error' },
  'docs-disabled-by-default': { stage: '3', due: { from: '3', until: '4' }, severity: 'error' },
  'docs-ipvs-removed': { stage: '4', due: { from: '4' }, severity: 'error' }
}
