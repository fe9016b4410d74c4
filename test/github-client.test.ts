import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { FakeGitHub } from './support/fake-github.js'

// @actions/github reads GITHUB_API_URL when first imported, so the client is imported after it is set.
let fake: FakeGitHub
let createClient: typeof import('../src/github/client.js').createClient

beforeEach(async () => {
  fake = await FakeGitHub.start()
  process.env.GITHUB_API_URL = fake.url
  ;({ createClient } = await import('../src/github/client.js'))
})
afterEach(async () => {
  delete process.env.GITHUB_API_URL
  await fake.close()
})

describe('the GitHub client', () => {
  it('talks to GITHUB_API_URL with the token, and retries a 502', async () => {
    fake.on('GET', '/repos/kubernetes/kubernetes', () => ({
      body: { full_name: 'kubernetes/kubernetes' }
    }))
    fake.fault(r => r.path === '/repos/kubernetes/kubernetes', {
      status: 502,
      body: { message: 'bad gateway' }
    })
    const client = await createClient({ token: 'secret-token' })
    const { data } = await client.rest.repos.get({ owner: 'kubernetes', repo: 'kubernetes' })
    expect(data.full_name).toBe('kubernetes/kubernetes')
    expect(fake.count('GET', '/repos/kubernetes/kubernetes')).toBe(2)
    expect(fake.requests[0]!.headers.authorization).toBe('token secret-token')
  })

  it('waits out a 429 with Retry-After, then succeeds', async () => {
    fake.on('GET', '/rate_limit', () => ({ body: { resources: {} } }))
    fake.fault(r => r.path === '/rate_limit', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
      }
    })
    const logs: string[] = []
    const client = await createClient({ token: 't', log: m => logs.push(m) })
    await client.request('GET /rate_limit')
    expect(fake.count('GET', '/rate_limit')).toBe(2)
    expect(logs.join('\n')).toMatch(/secondary rate limit on GET .*rate_limit: retrying in 1 s/)
  })

  it('does not retry a 403 that is about permissions', async () => {
    fake.on('POST', '/repos/o/r/issues/1/comments', () => ({
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    }))
    const client = await createClient({ token: 't' })
    await expect(
      client.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'x' })
    ).rejects.toThrow(/Resource not accessible by integration/)
    expect(fake.count('POST', '/repos/o/r/issues/1/comments')).toBe(1)
  })
})
