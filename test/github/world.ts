// GitHub's state as the fake server keeps it: issue comments and check runs, behind the REST
// routes kep-gate uses, with pagination by Link headers as GitHub does.
import type { FakeGitHub, Reply, Seen } from '../support/fake-github.js'

export const BOT = 'github-actions[bot]'

export interface StoredComment {
  id: number
  repo: string
  issue: number
  body: string
  user: { login: string; type: string }
  /** Set by GitHub on comments made with an App installation token (GITHUB_TOKEN's is github-actions). */
  performed_via_github_app: { slug: string } | null
}

export interface StoredCheckRun {
  id: number
  repo: string
  name: string
  head_sha: string
  app: { slug: string }
  status: string
  conclusion: string | null
  output: { title: string; summary: string; annotations: unknown[] }
}

const FORBIDDEN: Reply = {
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest',
    status: '403'
  }
}

export interface WorldOptions {
  /** The identity of the token; GITHUB_TOKEN cannot read /user (403), a PAT can. */
  login?: string
  /** The App whose installation token this is (403 on /user); GITHUB_TOKEN's is github-actions. */
  app?: string
  /** A read-only token: every write is refused as on a fork's pull request. */
  readOnly?: boolean
  /** Called before a comment is created, e.g. to hold racing runs until both have listed. */
  beforeCreate?: () => Promise<void>
}

export class GitHubWorld {
  readonly comments: StoredComment[] = []
  readonly checkRuns: StoredCheckRun[] = []
  private nextId = 1000

  constructor(
    private readonly fake: FakeGitHub,
    private readonly options: WorldOptions = {}
  ) {
    const login = options.login
    const app = options.app ?? 'github-actions'
    // An installation may not edit or delete another author's comment.
    const self = login ?? `${app}[bot]`
    fake.on('GET', '/user', () =>
      login ? { body: { login, type: 'User' } } : { status: 403, body: FORBIDDEN.body }
    )
    fake.on('GET', /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/, (r, m) =>
      this.page(
        r,
        this.comments.filter(c => c.repo === m[1] && c.issue === Number(m[2]))
      )
    )
    fake.on('POST', /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/, async (r, m) => {
      if (options.readOnly) return FORBIDDEN
      await options.beforeCreate?.()
      const comment = this.addComment(
        m[1]!,
        Number(m[2]),
        String(bodyOf(r).body),
        self,
        login ? undefined : app
      )
      return { status: 201, body: comment }
    })
    fake.on('PATCH', /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/, (r, m) => {
      if (options.readOnly) return FORBIDDEN
      const comment = this.comments.find(c => c.repo === m[1] && c.id === Number(m[2]))
      if (!comment) return { status: 404, body: { message: 'Not Found' } }
      if (comment.user.login !== self) return FORBIDDEN
      comment.body = String(bodyOf(r).body)
      return { body: comment }
    })
    fake.on('DELETE', /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/, (_r, m) => {
      if (options.readOnly) return FORBIDDEN
      const index = this.comments.findIndex(c => c.repo === m[1] && c.id === Number(m[2]))
      if (index === -1) return { status: 404, body: { message: 'Not Found' } }
      if (this.comments[index]!.user.login !== self) return FORBIDDEN
      this.comments.splice(index, 1)
      return { status: 204 }
    })
    fake.on('GET', /^\/repos\/([^/]+\/[^/]+)\/commits\/([^/]+)\/check-runs$/, (r, m) => {
      const name = r.query.get('check_name')
      const runs = this.checkRuns.filter(
        c => c.repo === m[1] && c.head_sha === m[2] && (!name || c.name === name)
      )
      return { body: { total_count: runs.length, check_runs: runs.map(c => this.shown(c)) } }
    })
    fake.on('POST', /^\/repos\/([^/]+\/[^/]+)\/check-runs$/, (r, m) => {
      if (options.readOnly) return FORBIDDEN
      const body = bodyOf(r) as Partial<StoredCheckRun> & {
        output?: Partial<StoredCheckRun['output']>
      }
      const run: StoredCheckRun = {
        id: this.nextId++,
        repo: m[1]!,
        name: String(body.name),
        head_sha: String(body.head_sha),
        app: { slug: app },
        status: String(body.status ?? 'queued'),
        conclusion: body.conclusion ?? null,
        output: {
          title: String(body.output?.title ?? ''),
          summary: String(body.output?.summary ?? ''),
          annotations: [...(body.output?.annotations ?? [])]
        }
      }
      this.checkRuns.push(run)
      return { status: 201, body: this.shown(run) }
    })
    fake.on('PATCH', /^\/repos\/([^/]+\/[^/]+)\/check-runs\/(\d+)$/, (r, m) => {
      if (options.readOnly) return FORBIDDEN
      const run = this.checkRuns.find(c => c.repo === m[1] && c.id === Number(m[2]))
      if (!run) return { status: 404, body: { message: 'Not Found' } }
      const body = bodyOf(r) as Partial<StoredCheckRun> & {
        output?: Partial<StoredCheckRun['output']>
      }
      if (body.status) run.status = body.status
      if (body.conclusion) run.conclusion = body.conclusion
      if (body.output) {
        run.output.title = String(body.output.title ?? run.output.title)
        run.output.summary = String(body.output.summary ?? run.output.summary)
        // GitHub appends annotations on every update.
        run.output.annotations.push(...(body.output.annotations ?? []))
      }
      return { body: this.shown(run) }
    })
  }

  addComment(
    repo: string,
    issue: number,
    body: string,
    login: string,
    viaApp?: string
  ): StoredComment {
    const comment = {
      id: this.nextId++,
      repo,
      issue,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      performed_via_github_app: viaApp ? { slug: viaApp } : null
    }
    this.comments.push(comment)
    return comment
  }

  commentsOn(repo: string, issue: number): StoredComment[] {
    return this.comments.filter(c => c.repo === repo && c.issue === issue)
  }

  private shown(run: StoredCheckRun): object {
    const { annotations, ...output } = run.output
    return { ...run, output: { ...output, annotations_count: annotations.length } }
  }

  /** One page of a list, with GitHub's Link header to the next and last pages. */
  private page(request: Seen, all: unknown[]): Reply {
    const perPage = Math.min(Number(request.query.get('per_page') ?? 30), 100)
    const page = Number(request.query.get('page') ?? 1)
    const pages = Math.max(1, Math.ceil(all.length / perPage))
    const link = (n: number) => {
      const query = new URLSearchParams(request.query)
      query.set('page', String(n))
      return `${this.fake.url}${request.path}?${query}`
    }
    const links = []
    if (page < pages) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(pages)}>; rel="last"`)
    return {
      headers: links.length ? { link: links.join(', ') } : {},
      body: all.slice((page - 1) * perPage, page * perPage)
    }
  }
}

function bodyOf(request: Seen): Record<string, unknown> {
  return request.body && typeof request.body === 'object'
    ? (request.body as Record<string, unknown>)
    : {}
}
