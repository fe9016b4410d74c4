import type { GitHubClient } from './client.js'

/** GitHub's limit for an issue or pull request comment. */
export const COMMENT_LIMIT = 65_536

export interface CommentTarget {
  owner: string
  repo: string
  number: number
}

export type CommentOutcome = { id: number; action: 'created' | 'updated' | 'unchanged' }

interface IssueComment {
  id: number
  body?: string
  user?: { login?: string } | null
}

/**
 * The hidden marker that finds the comment again: one comment per (KEP, repository kind, target
 * release, view). Its parts are ids and versions from the report, never text from the checkout.
 */
export function markerOf(kep: string, kind: string, target: string, view?: string): string {
  const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9.-]/g, '-')
  const parts = [`kep-${safe(kep)}`, safe(kind), safe(target), ...(view ? [safe(view)] : [])]
  return `<!-- kep-gate:${parts.join(':')} -->`
}

export function commentBody(marker: string, markdown: string): string {
  return fitToLimit(`${marker}\n${markdown}`, COMMENT_LIMIT)
}

/** Cuts an over-long text at a line break below the limit and says so, rather than failing. */
export function fitToLimit(text: string, limit: number): string {
  if (text.length <= limit) return text
  const note = `\n\n_… cut here: the full checklist is longer than GitHub's ${limit.toLocaleString('en-US')}-character limit; the job summary has all of it._\n`
  const room = limit - note.length
  const cut = text.lastIndexOf('\n', room)
  return text.slice(0, cut > 0 ? cut : room) + note
}

/**
 * The login the token acts as, so only our own comments are ever edited or deleted; undefined
 * for an App installation token (GITHUB_TOKEN or any App's), which may not read /user. Which
 * App it is cannot be guessed: GITHUB_TOKEN and another App both make comments with
 * performed_via_github_app set, so a wrong guess would edit someone else's comment.
 */
export async function ownLogin(client: GitHubClient): Promise<string | undefined> {
  try {
    const { data } = await client.rest.users.getAuthenticated()
    return data.login
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403 || status === 404) return undefined
    throw error
  }
}

/**
 * Creates the checklist comment, or edits the one an earlier run made (found by its marker among
 * the token's own comments, every page of them); leaves it alone when the text is unchanged.
 * Comments by anyone else are never touched, whatever they contain. Two runs racing may both
 * create one: after creating, the newer duplicates of our own are deleted, so one remains.
 *
 * `knownLogin` is who the token is when the caller learnt it already (the App of a check run it
 * wrote). An installation token that is neither known nor allowed /user creates its comment and
 * learns its login from it; when an older one of its own turns up, the new one is the duplicate.
 */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  markdown: string,
  knownLogin?: string
): Promise<CommentOutcome> {
  let me = knownLogin ?? (await ownLogin(client))
  const body = commentBody(marker, markdown)
  const ref = { owner: target.owner, repo: target.repo }
  const mine = me ? await ownComments(client, target, marker, me) : []

  let kept: IssueComment
  let action: CommentOutcome['action']
  if (mine.length === 0) {
    const { data } = await client.rest.issues.createComment({
      ...ref,
      issue_number: target.number,
      body
    })
    me ??= data.user?.login
    const after = me ? await ownComments(client, target, marker, me) : []
    kept = after[0] ?? data
    action = kept.id === data.id ? 'created' : 'updated'
    await removeDuplicates(client, target, after.slice(1))
  } else {
    kept = mine[0]!
    action = 'updated'
    await removeDuplicates(client, target, mine.slice(1))
  }
  if (kept.body === body)
    return { id: kept.id, action: action === 'created' ? action : 'unchanged' }
  await client.rest.issues.updateComment({ ...ref, comment_id: kept.id, body })
  return { id: kept.id, action: 'updated' }
}

/** Our own comments carrying the marker, oldest first. */
async function ownComments(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  me: string
): Promise<IssueComment[]> {
  const comments: IssueComment[] = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100
  })
  return comments
    .filter(c => c.user?.login === me && (c.body ?? '').startsWith(marker))
    .sort((a, b) => a.id - b.id)
}

async function removeDuplicates(
  client: GitHubClient,
  target: CommentTarget,
  duplicates: IssueComment[]
): Promise<void> {
  for (const duplicate of duplicates) {
    try {
      await client.rest.issues.deleteComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: duplicate.id
      })
    } catch (error) {
      // The other racing run deleted it first.
      if ((error as { status?: number }).status !== 404) throw error
    }
  }
}
