// owner/name as GitHub spells a repository, read in one place: the `repository` and `comment`
// inputs, GITHUB_REPOSITORY, the CLI's --repository and the policy's gates.listRepository. Pure,
// so the core may use it too.

export interface RepositoryName {
  owner: string
  repo: string
}

// An owner is letters, digits and inner hyphens; a name is letters, digits, `.`, `_` and `-`,
// but never `.` or `..` (a path, not a name).
const REPOSITORY_NAME = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/

/** `kubernetes/website` as its owner and name; undefined for anything else. */
export function parseRepositoryName(text: string | undefined): RepositoryName | undefined {
  const m = REPOSITORY_NAME.exec(text ?? '')
  if (!m || m[2] === '.' || m[2] === '..') return undefined
  return { owner: m[1]!, repo: m[2]! }
}
