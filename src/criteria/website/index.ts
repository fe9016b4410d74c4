import type { Criterion } from '../types.js'
import { migrationBlogPost } from './blog.js'
import { docsFeatureGatePage } from './gate-page.js'
import { docsAnnounceSchedule, docsDeprecationNotice, docsDisabledByDefault } from './modes-page.js'
import { docsIpvsRemoved } from './sweep.js'

/** The kubernetes/website criteria, in report order. */
export const WEBSITE_CRITERIA: readonly Criterion[] = [
  docsDeprecationNotice,
  docsAnnounceSchedule,
  docsFeatureGatePage,
  migrationBlogPost,
  docsDisabledByDefault,
  docsIpvsRemoved
]
