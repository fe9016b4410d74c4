import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { annotationsOf } from '../../src/report/annotations.js'
import { renderJson } from '../../src/report/json.js'
import { escapeMarkdown, evidenceUrl, renderMarkdown } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import { sampleReport } from './sample.js'

const golden = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden')

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites them after a deliberate change. */
function expectGolden(name: string, actual: string): void {
  const file = path.join(golden, name)
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('renderers of one report', () => {
  it('render the Markdown checklist', () =>
    expectGolden('report.md', renderMarkdown(sampleReport())))
  it('render the terminal text', () => expectGolden('report.txt', renderText(sampleReport())))
  it('render the JSON report', () => expectGolden('report.json', renderJson(sampleReport())))
})

describe('the Markdown checklist', () => {
  const md = renderMarkdown(sampleReport())

  it('ticks passed criteria and leaves failed ones open', () => {
    expect(md).toContain('- [x] ✅ `kube-proxy-warns`')
    expect(md).toContain('- [ ] ❌ `gate-spec`')
  })

  it('lists criteria of later stages under "Coming next", not as failures', () => {
    const [due, next] = md.split('### Coming next')
    expect(due).not.toContain('ipvs-flags-noop')
    expect(next).toContain('`ipvs-flags-noop` (stage 4, due from 1.43)')
  })

  it('neutralises mentions, HTML and comment terminators quoted from the repository', () => {
    expect(md).not.toMatch(/@someone|@kubernetes\//)
    expect(md).not.toContain('-->')
    expect(md).not.toContain('<b>')
  })

  it('keeps a file name with newlines, backticks and a mention inside one code span', () => {
    const report = sampleReport()
    report.criteria[1]!.evidence = [
      {
        file: 'pkg/proxy/ipvs/a`\n\n@kubernetes/release-managers approve <img src=x>\n.go',
        line: 2
      }
    ]
    const md = renderMarkdown(report)
    const line = md.split('\n').find(l => l.includes('release-managers'))!
    expect(line).toBe(
      '  - ``pkg/proxy/ipvs/a`\ufffd\ufffd@kubernetes/release-managers approve <img src=x>\ufffd.go:2``'
    )
    expect(md.split('\n').filter(l => l.startsWith('@'))).toEqual([])
  })

  it('lets no terminal escape sequence through to the text report', () => {
    const report = sampleReport()
    report.criteria[0]!.message = 'evil \u001b]8;;http://x\u0007link\u001b[31m'
    const text = renderText(report)
    // eslint-disable-next-line no-control-regex -- the point is that none get through
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
    expect(text).toContain('evil \ufffd]8;;http://x\ufffdlink\ufffd[31m')
  })

  it('escapes text so it cannot open Markdown structure', () => {
    expect(escapeMarkdown('a\nb')).toBe('a b')
    expect(escapeMarkdown('[x](y) `z` <!-- c --> @me')).toBe(
      '\\[x\\](y) \\`z\\` \\<!-- c --\\> @\u200bme'
    )
  })
})

describe('the JSON report', () => {
  it('keeps the stable field names', () => {
    const json = JSON.parse(renderJson(sampleReport()))
    expect(json).toMatchObject({ target: '1.40', kind: 'kubernetes', stage: '3', result: 'fail' })
    expect(json.criteria[1]).toMatchObject({
      id: 'gate-spec',
      stage: '2',
      status: 'fail',
      evidence: [{ file: 'pkg/features/kube_features.go', line: 81 }]
    })
  })
})

describe('annotations', () => {
  it('are one per failing or warning criterion, at its evidence', () => {
    expect(annotationsOf(sampleReport())).toEqual([
      {
        level: 'error',
        title: 'KEP-5495 gate-spec',
        message:
          "at 1.40 KubeProxyIPVS's effective spec is {Version 1.37, Default: true}: Default should be false",
        file: 'pkg/features/kube_features.go',
        line: 81
      },
      {
        level: 'warning',
        title: 'KEP-5495 no-early-lock',
        message: 'quoted from the tree: @someone --> <b>*bold*</b> `tick`',
        file: 'pkg/x`y.go',
        line: 3
      }
    ])
  })
})

describe('evidence links (the action)', () => {
  const links = {
    server: 'https://github.com',
    repository: 'kubernetes/kubernetes',
    commit: 'a'.repeat(40)
  }

  it('point at the file and line at the checked commit', () => {
    const md = renderMarkdown(sampleReport(), { links })
    expect(md).toContain(
      `  - [\`pkg/features/kube_features.go:81\`](https://github.com/kubernetes/kubernetes/blob/${links.commit}/pkg/features/kube_features.go#L81)`
    )
  })

  it('encode each part of the path, so a file name can neither end the link nor add to it', () => {
    const url = evidenceUrl(links, { file: 'a (1)/b]c\'d"e f#g?.go', line: 3 })
    expect(url).toBe(
      `https://github.com/kubernetes/kubernetes/blob/${links.commit}/a%20%281%29/b%5Dc%27d%22e%20f%23g%3F.go#L3`
    )
    expect(evidenceUrl(links, { file: 'pkg/x.go' })).toMatch(/\/pkg\/x\.go$/)
  })

  it('are left out where no commit is known: plain file:line, as the CLI prints', () => {
    expect(renderMarkdown(sampleReport())).toContain('  - `pkg/features/kube_features.go:81`')
    expect(renderMarkdown(sampleReport())).not.toContain('](')
  })
})
