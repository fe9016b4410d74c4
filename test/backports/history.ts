import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Real git repositories for the backport audit: real commits, branches, merges and cherry-picks,
// made with the same commands people and the Kubernetes tooling use.

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir()
}

export class History {
  private constructor(readonly dir: string) {}

  static init(prefix = 'kep-gate-backports-'): History {
    const dir = mkdtempSync(path.join(tmpdir(), prefix))
    const h = new History(dir)
    h.git('init', '-q', '-b', 'master')
    h.git('config', 'uploadpack.allowFilter', 'true')
    h.git('config', 'commit.gpgsign', 'false')
    return h
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: ENV, encoding: 'utf8' }).trim()
  }

  /** Writes files (path → text, or a function of the old text) and commits them. */
  commit(message: string, files: Record<string, string | ((old: string) => string)>): string {
    for (const [file, text] of Object.entries(files)) {
      const abs = path.join(this.dir, file)
      mkdirSync(path.dirname(abs), { recursive: true })
      const old = safeRead(abs)
      writeFileSync(abs, typeof text === 'function' ? text(old) : text)
      this.git('add', '--', file)
    }
    this.git('commit', '-q', '-m', message)
    return this.head()
  }

  head(): string {
    return this.git('rev-parse', 'HEAD')
  }

  checkout(branch: string, create?: string): void {
    if (create) this.git('checkout', '-q', '-b', branch, create)
    else this.git('checkout', '-q', branch)
  }

  /**
   * A pull request the way GitHub merges it: a topic branch from `into`, its commits, then a
   * merge commit "Merge pull request #N from user/topic" whose body is the PR title.
   */
  pullRequest(
    into: string,
    pr: { number: number; topic: string; title: string },
    work: () => void
  ): string {
    this.checkout(pr.topic, into)
    work()
    this.checkout(into)
    this.git(
      'merge',
      '-q',
      '--no-ff',
      '-m',
      `Merge pull request #${pr.number} from dev/${pr.topic}`,
      '-m',
      pr.title,
      pr.topic
    )
    this.git('branch', '-q', '-D', pr.topic)
    return this.head()
  }

  /** `git cherry-pick` (with `-x` when asked) of commits onto the current branch. */
  cherryPick(commits: string[], x: boolean): void {
    this.git('cherry-pick', ...(x ? ['-x'] : []), ...commits)
  }

  /** The non-merge commits a merge brought in, oldest first. */
  commitsOf(merge: string): string[] {
    return this.git('rev-list', '--reverse', `${merge}^1..${merge}^2`).split('\n').filter(Boolean)
  }

  write(file: string, text: string): void {
    writeFileSync(path.join(this.dir, file), text)
  }
}

/** A release branch cut from master, with a commit of its own as real ones have (the changelog). */
function releaseBranch(h: History, name: string): void {
  h.checkout(name, 'master')
  h.commit(`Update CHANGELOG for ${name}`, { 'CHANGELOG.md': `# ${name}\n` })
  h.checkout('master')
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

export const NFT = 'pkg/proxy/nftables/proxier.go'
export const IPT = 'pkg/proxy/iptables/proxier.go'

/** Appends a line to a file's text. */
export const add = (line: string) => (old: string) => `${old}${line}\n`
/** Replaces one line of a file's text, failing loudly when it is not there. */
export const swap = (from: string, to: string) => (old: string) => {
  if (!old.includes(from)) throw new Error(`${from} not in the file`)
  return old.replace(from, to)
}

export interface Scenario {
  history: History
  /** The fix PRs by number, with their merge commit. */
  merges: Record<number, string>
}

/**
 * master with fixes after the release-1.33 branch point, and each kind of pick:
 * - #100 fix merged before the release-1.33 branch point (out of range)
 * - #101 "Fix nftables masquerade" merged before release-1.34 branched (there by ancestry);
 *   picked into release-1.33 by the script (automated-cherry-pick-of-#101-upstream-release-1.33)
 * - #102 "Fix nftables and iptables sync" (touches both): Prow-style `[release-1.34]` pick with
 *   `-x`; on release-1.33 a patch-identical commit with another message
 * - #103 "Add nftables metrics": not a fix by title
 * - #104 "Fix nftables ct state": script pick into release-1.34; exempt on release-1.33 (policy)
 * - #105 "Fix nftables iifname matching": on release-1.34 only a reworked commit whose body says
 *   "Cherry pick of #105 on release-1.34."; never picked into release-1.33
 */
export function buildScenario(): Scenario {
  const h = History.init()
  const lines = Array.from({ length: 40 }, (_, i) => `// rule ${i}`).join('\n') + '\n'
  h.commit('Initial import', {
    [NFT]: lines,
    [IPT]: lines,
    'cmd/kube-proxy/app/server.go': 'package app\n'
  })
  const merges: Record<number, string> = {}
  merges[100] = h.pullRequest(
    'master',
    { number: 100, topic: 'old', title: 'Fix old nftables bug' },
    () => h.commit('nftables: fix old bug', { [NFT]: swap('// rule 1\n', '// rule 1 fixed\n') })
  )
  releaseBranch(h, 'release-1.33')
  merges[101] = h.pullRequest(
    'master',
    { number: 101, topic: 'masq', title: 'Fix nftables masquerade' },
    () => h.commit('nftables: fix masquerade', { [NFT]: swap('// rule 5\n', '// rule 5 masq\n') })
  )
  releaseBranch(h, 'release-1.34')
  merges[102] = h.pullRequest(
    'master',
    { number: 102, topic: 'sync', title: 'Fix nftables and iptables sync' },
    () => {
      h.commit('nftables: fix sync', { [NFT]: swap('// rule 10\n', '// rule 10 sync\n') })
      h.commit('iptables: fix sync too', { [IPT]: swap('// rule 10\n', '// rule 10 sync\n') })
    }
  )
  merges[103] = h.pullRequest(
    'master',
    { number: 103, topic: 'metrics', title: 'Add nftables metrics' },
    () => h.commit('nftables: metrics', { [NFT]: add('// metrics') })
  )
  merges[104] = h.pullRequest(
    'master',
    { number: 104, topic: 'ct', title: 'Fix nftables ct state' },
    () => h.commit('nftables: fix ct state', { [NFT]: swap('// rule 20\n', '// rule 20 ct\n') })
  )
  merges[105] = h.pullRequest(
    'master',
    { number: 105, topic: 'iifname', title: 'Fix nftables iifname matching' },
    () => h.commit('nftables: fix iifname', { [NFT]: swap('// rule 30\n', '// rule 30 iif\n') })
  )

  // release-1.34
  const [sync, syncIpt] = h.commitsOf(merges[102]!)
  h.pullRequest(
    'release-1.34',
    {
      number: 202,
      topic: 'cherry-pick-102-to-release-1.34',
      title: '[release-1.34] Fix nftables and iptables sync'
    },
    () => h.cherryPick([sync!, syncIpt!], true)
  )
  h.pullRequest(
    'release-1.34',
    {
      number: 204,
      topic: 'automated-cherry-pick-of-#104-upstream-release-1.34',
      title: 'Automated cherry pick of #104: Fix nftables ct state'
    },
    () => h.cherryPick(h.commitsOf(merges[104]!), false)
  )
  h.checkout('release-1.34')
  h.commit('nftables: iifname matching for 1.34\n\nCherry pick of #105 on release-1.34.', {
    [NFT]: swap('// rule 30\n', '// rule 30 iif (reworked)\n')
  })

  // release-1.33
  h.pullRequest(
    'release-1.33',
    {
      number: 301,
      topic: 'automated-cherry-pick-of-#101-upstream-release-1.33',
      title: 'Automated cherry pick of #101: Fix nftables masquerade'
    },
    () => h.cherryPick(h.commitsOf(merges[101]!), false)
  )
  h.checkout('release-1.33')
  h.commit('Backport the sync change', {
    [NFT]: swap('// rule 10\n', '// rule 10 sync\n'),
    [IPT]: swap('// rule 10\n', '// rule 10 sync\n')
  })
  h.checkout('master')
  return { history: h, merges }
}

/**
 * Every file of a clone that names its refs, settings or shallow boundary, with its bytes: what
 * a run that must change nothing leaves as it found.
 */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const file = path.join(rel, name)
      if (statSync(path.join(dir, file)).isDirectory()) walk(file)
      else out[file] = readFileSync(path.join(dir, file), 'base64')
    }
  }
  walk('.git/refs')
  for (const file of ['config', 'packed-refs', 'HEAD', 'shallow', 'FETCH_HEAD'].map(
    f => `.git/${f}`
  ))
    out[file] = existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), 'base64') : ''
  return out
}
