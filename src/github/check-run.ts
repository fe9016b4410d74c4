import type { PlacedAnnotation } from '../report/annotations.js'
import type { GitHubClient } from './client.js'
import { fitToLimit } from './comment.js'

/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50
/** GitHub's limit for a check run's summary. */
export const SUMMARY_LIMIT = 65_535

export interface CheckRunAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning'
  title: string
  message: string
}

export interface CheckRunContent {
  owner: string
  repo: string
  sha: string
  name: string
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  summary: string
  annotations: CheckRunAnnotation[]
}

export type CheckRunOutcome = {
  id: number
  action: 'created' | 'updated' | 'unchanged'
  /** The App the token acts for, as GitHub reports on a check run it wrote for us. */
  appSlug?: string
}

/** Annotations in the Checks API's fields. */
export function checkRunAnnotations(annotations: PlacedAnnotation[]): CheckRunAnnotation[] {
  return annotations.map(a => ({
    path: a.file,
    start_line: a.line,
    end_line: a.line,
    annotation_level: a.level === 'error' ? 'failure' : 'warning',
    title: a.title,
    message: a.message
  }))
}

/**
 * Creates the check run on the commit, or updates the one a previous run of the workflow made
 * (found by name), sending annotations in batches of 50: the first with the create or update,
 * the rest as further updates. A run whose summary, conclusion and annotation count already
 * match is left as it is, since the Checks API appends annotations rather than replacing them.
 */
export async function upsertCheckRun(
  client: GitHubClient,
  content: CheckRunContent
): Promise<CheckRunOutcome> {
  const { owner, repo, sha, name, conclusion, title, annotations } = content
  const summary = fitToLimit(content.summary, SUMMARY_LIMIT)
  const { data } = await client.rest.checks.listForRef({
    owner,
    repo,
    ref: sha,
    check_name: name,
    filter: 'latest',
    per_page: 100
  })
  const existing = data.check_runs.find(run => run.name === name)
  if (
    existing &&
    existing.status === 'completed' &&
    existing.conclusion === conclusion &&
    existing.output.title === title &&
    existing.output.summary === summary &&
    existing.output.annotations_count === annotations.length
  ) {
    // Unchanged to the byte: the run an earlier run of ours wrote, so its App is ours too.
    return {
      id: existing.id,
      action: 'unchanged',
      ...(existing.app?.slug ? { appSlug: existing.app.slug } : {})
    }
  }
  const batches: CheckRunAnnotation[][] = []
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  const first = { title, summary, annotations: batches[0] ?? [] }
  const completed = {
    status: 'completed' as const,
    conclusion,
    completed_at: new Date().toISOString()
  }
  let id: number
  let written: { app?: { slug?: string } | null }
  if (existing) {
    const updated = await client.rest.checks.update({
      owner,
      repo,
      check_run_id: existing.id,
      ...completed,
      output: first
    })
    id = existing.id
    written = updated.data
  } else {
    const created = await client.rest.checks.create({
      owner,
      repo,
      name,
      head_sha: sha,
      ...completed,
      output: first
    })
    id = created.data.id
    written = created.data
  }
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({
      owner,
      repo,
      check_run_id: id,
      output: { title, summary, annotations: batch }
    })
  }
  return {
    id,
    action: existing ? 'updated' : 'created',
    ...(written.app?.slug ? { appSlug: written.app.slug } : {})
  }
}
