import { renderTargetMoved } from '../report/comment.js'
import type { TargetMark } from '../report/types.js'
import type { GitHubClient } from './client.js'
import {
  pullRequestMarker,
  readPullRequestMarker,
  releaseMarker,
  type CommentSubject,
  type MarkedComment
} from './comment-marker.js'

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
 * Which checklist comment a run keeps, and what it writes there: `read` tells a comment of its
 * own kind (and what its marker says), `body` is the text to write given the one it replaces.
 */
export interface CommentKey {
  read(body: string | undefined): MarkedComment | undefined
  body(previous: MarkedComment | undefined): string
}

/** A tracking issue's comment: one per target, a record of each release. */
export function releaseComment(
  subject: CommentSubject,
  markdown: string,
  view?: string
): CommentKey {
  const marker = releaseMarker(subject, view)
  return {
    read: body => ((body ?? '').startsWith(marker) ? {} : undefined),
    body: () => commentBody(marker, markdown)
  }
}

/**
 * A pull request's comment: one per KEP, repository kind and mode, edited when the target moves
 * and then saying so; it adopts comments of the per-target form pull requests had before.
 */
export function pullRequestComment(
  subject: CommentSubject,
  mode: string,
  markdown: string
): CommentKey {
  const now: TargetMark = { release: subject.target, via: subject.targetVia }
  return {
    read: body => readPullRequestMarker(body, subject, mode),
    body: previous => {
      const before = previous?.target
      const movedFrom = before && before.release !== now.release ? before : previous?.movedFrom
      const marker = pullRequestMarker(subject, mode, movedFrom)
      const note = movedFrom ? `${renderTargetMoved(movedFrom, now)}\n\n` : ''
      return commentBody(marker, `${note}${markdown}`)
    }
  }
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
 * Creates the checklist comment, or edits the one an earlier run made (found by its key among
 * the token's own comments, every page of them): the newest is edited, older ones of its own
 * are deleted, and it is left alone when the text is unchanged. Comments by anyone else are
 * never touched, whatever they contain. Two runs racing may both create one: after creating,
 * the newer of our own are deleted, so one remains.
 *
 * `knownLogin` is who the token is when the caller learnt it already (the App of a check run it
 * wrote). An installation token that is neither known nor allowed /user creates its comment and
 * learns its login from it; then the oldest of its own is kept, the one every racing run agrees
 * on, since it cannot tell a comment from before from a racing run's.
 */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  key: CommentKey,
  knownLogin?: string
): Promise<CommentOutcome> {
  let me = knownLogin ?? (await ownLogin(client))
  const ref = { owner: target.owner, repo: target.repo }
  const mine = me ? await ownComments(client, target, key, me) : []

  let kept: IssueComment
  let action: CommentOutcome['action']
  if (mine.length === 0) {
    const { data } = await client.rest.issues.createComment({
      ...ref,
      issue_number: target.number,
      body: key.body(undefined)
    })
    me ??= data.user?.login
    const after = me ? await ownComments(client, target, key, me) : []
    kept = after[0] ?? data
    action = kept.id === data.id ? 'created' : 'updated'
    await removeDuplicates(
      client,
      target,
      after.filter(c => c.id !== kept.id)
    )
  } else {
    kept = mine[mine.length - 1]!
    action = 'updated'
    await removeDuplicates(client, target, mine.slice(0, -1))
  }
  const body = key.body(key.read(kept.body))
  if (kept.body === body)
    return { id: kept.id, action: action === 'created' ? action : 'unchanged' }
  await client.rest.issues.updateComment({ ...ref, comment_id: kept.id, body })
  return { id: kept.id, action: 'updated' }
}

/** Our own comments of the key's kind, oldest first. */
async function ownComments(
  client: GitHubClient,
  target: CommentTarget,
  key: CommentKey,
  me: string
): Promise<IssueComment[]> {
  const comments: IssueComment[] = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100
  })
  return comments
    .filter(c => c.user?.login === me && key.read(c.body) !== undefined)
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
