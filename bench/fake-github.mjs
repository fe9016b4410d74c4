// A tiny fake of GitHub's GraphQL endpoint for counting the backport audit's API requests in
// the benchmark (the test suite's fake is TypeScript; the benchmark runs on plain node). It
// answers aliased `pullRequest(number:)` fields and paged `search` fields, like GitHub.
import { createServer } from 'node:http'

export async function startFakeGitHub({ pulls, merged }) {
  let requests = 0
  const server = createServer(async (req, res) => {
    const chunks = []
    for await (const chunk of req) chunks.push(chunk)
    requests++
    const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    const repository = { id: 'R_1' }
    for (const m of query.matchAll(/(p\d+): pullRequest\(number: (\d+)\)/g)) {
      const pull = pulls.get(Number(m[2]))
      repository[m[1]] = pull
        ? {
            number: Number(m[2]),
            title: pull.title,
            labels: { nodes: pull.labels.map(name => ({ name })) }
          }
        : null
    }
    const data = { repository }
    for (const m of query.matchAll(
      /(s\d+): search\(query: \$(\w+), type: ISSUE, first: (\d+), after: \$(\w+)\)/g
    )) {
      const base = /base:(\S+)/.exec(variables[m[2]])[1]
      const all = merged.filter(p => p.base === base)
      const start = Number(variables[m[4]] ?? 0)
      const end = start + Number(m[3])
      data[m[1]] = {
        issueCount: all.length,
        pageInfo: { hasNextPage: end < all.length, endCursor: String(end) },
        nodes: all
          .slice(start, end)
          .map(p => ({ number: p.number, title: p.title, baseRefName: p.base }))
      }
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ data }))
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests: () => requests,
    close: () => new Promise(resolve => server.close(resolve))
  }
}
