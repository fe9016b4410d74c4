// KEP-5495's nftables-backports parameters, as data (CRITERIA.md section 6): "All nftables-mode
// bugfixes have been backported to 1.34 and 1.33."

import type { BackportsParams } from './backports-schema.js'

export const BACKPORTS: BackportsParams = {
  remote: 'origin',
  mainBranch: 'master',
  branches: ['release-1.34', 'release-1.33'],
  paths: ['pkg/proxy/nftables/'],
  sinceBranchPoint: 'release-1.33',
  cutoffs: {},
  fixes: [],
  bugLabel: 'kind/bug',
  fixPattern: '\\bfix(es|ed|ing)?\\b',
  exemptions: []
}
