import type { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { UserError } from '../errors.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  /** Where a warning about waiting or giving up goes (never the token). */
  log?: (message: string) => void
  /** Retries after a rate limit before giving up. */
  maxRateLimitRetries?: number
}

/**
 * The one way kep-gate talks to GitHub: Octokit from @actions/github with the well-kept retry
 * (5xx, network resets) and throttling (Retry-After, secondary limits) plugins. The API base is
 * GITHUB_API_URL and nothing else, so GitHub Enterprise Server works.
 */
export async function createClient(options: ClientOptions): Promise<GitHubClient> {
  const baseUrl = apiUrl()
  // Imported only now: @actions/github builds its defaults from GITHUB_API_URL when loaded, and
  // dies on one that is not a URL, which must be a one-line error of the run instead.
  const { getOctokit } = await import('@actions/github')
  const log = options.log ?? (() => undefined)
  const maxRetries = options.maxRateLimitRetries ?? 2
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ): boolean => {
      if (retryCount >= maxRetries) {
        log(
          `GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up after ${retryCount} retries`
        )
        return false
      }
      log(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`
      )
      return true
    }
  return getOctokit(
    options.token,
    {
      baseUrl,
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      retry: { retries: 3 }
    },
    // Order matters: with retry first, it swallows 429s before throttling can honour Retry-After.
    throttling,
    retry
  )
}

/** GITHUB_API_URL (GitHub Enterprise Server sets its own), checked to be an http(s) URL. */
export function apiUrl(): string {
  const url = process.env.GITHUB_API_URL || 'https://api.github.com'
  let parsed: URL | undefined
  try {
    parsed = new URL(url)
  } catch {
    parsed = undefined
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:'))
    throw new UserError(
      `GITHUB_API_URL "${url}" is not an http(s) URL: leave it as the runner sets it (https://api.github.com, or your GitHub Enterprise Server's /api/v3)`
    )
  return url
}
