import type { Criterion } from './types.js'

export const nftablesBackports: Criterion = {
  id: 'nftables-backports',
  repo: 'kubernetes',
  explain:
    'Stage 1: all nftables-mode bugfixes have been backported to 1.34 and 1.33, so ipvs users on older releases can migrate to nftables.',
  check() {
    return Promise.resolve({
      skipped:
        'not checked yet: the backport audit from git history is not part of this version of kep-gate'
    })
  }
}
