import { UserError } from '../errors.js'
import type { GitHubClient } from './client.js'
import { parseRepositoryName } from './repository-name.js'

/** A file of another repository, read through the contents API at the first ref that has it. */
export interface RemoteFile {
  file: string
  text: string
  ref: string
}

/**
 * Reads `path` from `repository` at the first of `refs` that exists (a release branch, then
 * master for a release not yet branched). A ref or file GitHub does not have (404) moves on to
 * the next ref; any other answer is a one-line error that names what was asked.
 */
export async function readRemoteFile(
  client: GitHubClient,
  repository: string,
  path: string,
  refs: readonly string[]
): Promise<RemoteFile> {
  const name = parseRepositoryName(repository)
  if (!name) throw new UserError(`repository "${repository}" is not owner/name`)
  const { owner, repo } = name
  const missing: string[] = []
  for (const ref of refs) {
    let data: unknown
    try {
      data = (await client.rest.repos.getContent({ owner, repo, path, ref })).data
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 404) {
        missing.push(ref)
        continue
      }
      throw new UserError(
        `cannot read ${path} from ${repository}@${ref} through the GitHub API (${status ? `HTTP ${status}` : 'no answer'}): give kubernetes-path a checkout of ${repository} instead`
      )
    }
    const file = data as { type?: unknown; encoding?: unknown; content?: unknown }
    if (file.type !== 'file' || file.encoding !== 'base64' || typeof file.content !== 'string') {
      throw new UserError(
        `${repository}@${ref}:${path} is not a file the contents API returns whole (type ${String(file.type)}, encoding ${String(file.encoding)}): give kubernetes-path a checkout of ${repository} instead`
      )
    }
    return { file: path, text: Buffer.from(file.content, 'base64').toString('utf8'), ref }
  }
  throw new UserError(
    `${repository} has no ${path} at ${missing.join(' or ')}: give kubernetes-path a checkout of ${repository}, or set target-release`
  )
}
