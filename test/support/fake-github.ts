import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request as the fake GitHub saw it. */
export interface Seen {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: unknown
}

export interface Reply {
  status?: number
  headers?: Record<string, string>
  body?: unknown
}

/** A reply, or 'reset' to drop the connection without an answer. */
export type Answer = Reply | 'reset'
export type Handler = (request: Seen, match: RegExpMatchArray) => Answer | Promise<Answer>

interface Route {
  method: string
  pattern: RegExp
  handler: Handler
}

interface Fault {
  when: (request: Seen) => boolean
  times: number
  answer: Answer
}

/**
 * A real HTTP server on 127.0.0.1 that plays GitHub's REST and GraphQL API for tests: a route
 * table, a log of every request, and faults injected in front of the routes (5xx, 429 with
 * Retry-After, connection resets). Point GITHUB_API_URL at `url`.
 */
export class FakeGitHub {
  readonly requests: Seen[] = []
  private readonly routes: Route[] = []
  private readonly faults: Fault[] = []

  private constructor(
    private readonly server: Server,
    readonly url: string
  ) {}

  static async start(): Promise<FakeGitHub> {
    const holder: { fake?: FakeGitHub } = {}
    const server = createServer((req, res) => void holder.fake!.handle(req, res))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const fake = new FakeGitHub(server, `http://127.0.0.1:${port}`)
    holder.fake = fake
    return fake
  }

  /** Answers `METHOD /path` (a regular expression over the path, anchored) with a handler. */
  on(method: string, path: string | RegExp, handler: Handler): this {
    const pattern =
      typeof path === 'string'
        ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
        : path
    this.routes.push({ method, pattern, handler })
    return this
  }

  /** Answers the next `times` requests that match with `answer`, before any route sees them. */
  fault(when: (request: Seen) => boolean, answer: Answer, times = 1): this {
    this.faults.push({ when, times, answer })
    return this
  }

  count(method: string, path: string | RegExp): number {
    return this.requests.filter(
      r => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path))
    ).length
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise(resolve => this.server.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const url = new URL(req.url ?? '/', this.url)
    const seen: Seen = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: text ? safeJson(text) : undefined
    }
    this.requests.push(seen)
    const fault = this.faults.find(f => f.times > 0 && f.when(seen))
    let answer: Answer
    if (fault) {
      fault.times--
      answer = fault.answer
    } else {
      const route = this.routes.find(r => r.method === seen.method && r.pattern.test(seen.path))
      answer = route
        ? await route.handler(seen, seen.path.match(route.pattern)!)
        : {
            status: 404,
            body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
          }
    }
    if (answer === 'reset') {
      req.socket.destroy()
      return
    }
    res.writeHead(answer.status ?? 200, {
      'content-type': 'application/json; charset=utf-8',
      ...answer.headers
    })
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body))
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
