// The layers the lint configuration keeps apart: report/ renders plain data and imports nothing
// of the engine; the core never imports the runner's or GitHub's libraries. Each rule is shown
// catching a violation, so a change to eslint.config.js cannot switch one off unnoticed.
import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const eslint = new ESLint({ cwd: root })

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `file`. */
async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result!.messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message)
}

describe('report/ is a leaf', () => {
  it.each([
    ["import { evaluate } from '../evaluate.js'", 'src/report/markdown.ts'],
    ["import type { Policy } from '../policy/schema.js'", 'src/report/types.ts'],
    ["import { formatMinor } from '../release/version.js'", 'src/report/timeline.ts'],
    ["export { CRITERIA } from '../criteria/registry.js'", 'src/report/json.ts'],
    ["import { x } from '../../src/evidence/repo.js'", 'src/report/deep/new.ts']
  ])('refuses %s in %s', async (line, file) => {
    const messages = await restricted(file, `${line}\nexport const y = 1\n`)
    expect(messages).toEqual([expect.stringContaining('report/ is a leaf')])
  })

  it('lets report/ import its own modules', async () => {
    const code = "import { renderTimeline } from './timeline.js'\nexport const y = renderTimeline\n"
    expect(await restricted('src/report/markdown.ts', code)).toEqual([])
  })

  it('lets the engine and the edges import report/', async () => {
    const code = "import type { Report } from './report/types.js'\nexport type R = Report\n"
    expect(await restricted('src/evaluate.ts', code)).toEqual([])
    expect(await restricted('src/main.ts', code)).toEqual([])
  })

  it('still keeps the runner and GitHub out of report/', async () => {
    const code = "import * as core from '@actions/core'\nexport const c = core\n"
    expect(await restricted('src/report/markdown.ts', code)).toHaveLength(1)
  })
})

describe('the core never talks to GitHub or the runner', () => {
  it.each(['@actions/core', '@actions/github'])('refuses %s outside the edges', async name => {
    const code = `import * as lib from '${name}'\nexport const l = lib\n`
    expect(await restricted('src/evaluate.ts', code)).toHaveLength(1)
    expect(await restricted('src/criteria/gate.ts', code)).toHaveLength(1)
    expect(await restricted('src/main.ts', code)).toEqual([])
    expect(await restricted('src/action/log.ts', code)).toEqual([])
  })

  it('refuses Octokit outside src/github/', async () => {
    const code = "import { Octokit } from '@octokit/core'\nexport const o = Octokit\n"
    expect(await restricted('src/evidence/repo.ts', code)).toEqual([
      expect.stringContaining('only src/github/')
    ])
    expect(await restricted('src/github/client.ts', code)).toEqual([])
  })
})
