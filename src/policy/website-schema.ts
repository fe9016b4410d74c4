import { z } from 'zod'
import { repoPath as path, stageId } from './primitives.js'

// The kubernetes/website parameters: where the evidence lives and what words count, so a user's
// policy file can follow the site when pages move or wording changes.

const words = z.array(z.string().min(1)).min(1)

const gateStage = z.strictObject({
  /** The `stage:` value on the page (alpha, beta, stable, deprecated). */
  stage: z.string().min(1),
  defaultValue: z.boolean(),
  /** The policy stage whose release is this entry's `fromVersion`. */
  from: stageId
})

const allowed = z.strictObject({
  /** A glob (`content/*\/docs/reference/config-api/kube-proxy-config.*.md`). */
  path: path,
  reason: z.string().min(1, 'an allow-list entry needs a reason a release manager can read')
})

export const websiteParams = z.strictObject({
  /** The page documenting the proxy modes, and how to find its IPVS section. */
  modesPage: path,
  section: z.strictObject({ anchors: words, headings: words }),
  deprecation: z.strictObject({
    /** `{{< feature-state for_k8s_version="v1.35" state="deprecated" >}}` */
    shortcode: z.string().min(1),
    state: z.string().min(1),
    /** The stage whose release the notice names. */
    since: stageId,
    /** Blocks that count as an equivalent note when their text says one of `words`. */
    noteShortcodes: words,
    words
  }),
  /** The stages whose releases the IPVS section must name, besides the gate. */
  announce: z.array(stageId).min(1),
  disabledByDefault: z.strictObject({
    /** One of these, in a sentence that is not about the future... */
    phrases: words,
    /**
     * ...where the phrase itself is in the future: right after one of `auxiliaries` (and an
     * optional "be": "will be disabled by default"), or after one of `leadIns` in its sentence
     * ("in a future release, ... disabled by default"). Other future verbs in the sentence
     * ("kube-proxy will exit unless ...") do not make it future.
     */
    future: z.strictObject({ auxiliaries: words, leadIns: words })
  }),
  gatePage: z.strictObject({
    file: path,
    /** The `stages:` ladder in order; each closes (`toVersion`) the release before the next. */
    stages: z.array(gateStage).min(1),
    /** From this stage's release the page must say `removed: true`. */
    removedFrom: stageId
  }),
  blog: z.strictObject({
    dir: path,
    /** The title must say all of these... */
    titleWords: words,
    /** ...the post must name one of these targets... */
    targets: words,
    /** ...talk about migrating... */
    migrationWords: words,
    /** ...and explain these. */
    explains: words,
    /** Left-over markers that mean the post is unfinished (whole words, case-sensitive). */
    unfinishedMarkers: words
  }),
  sweep: z.strictObject({
    /** Globs of the docs trees; `content/en/` is English, other languages are localized. */
    include: z.array(path).min(1),
    /** Fixed strings that make a line a mention (case-insensitive). */
    patterns: words,
    englishPrefix: path,
    allow: z.array(allowed),
    /** A page whose front matter says `removed: true` (a removed gate's page) is allowed. */
    allowRemovedPages: z.boolean(),
    /** Mentions in localized trees: `warning` passes with the mentions listed, `error` fails. */
    localizedSeverity: z.enum(['error', 'warning'])
  })
})
export type WebsiteParams = z.infer<typeof websiteParams>
