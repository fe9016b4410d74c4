// Generated hostile input, in the suite on every run: fast-check with a fixed seed and bounded
// runs, over target strings, Go sources (fixtures broken and rewritten), feature lists, front
// matter, policy files and event payloads. The properties: never a stack trace; exit 0, 1 or 2;
// a 2 with one line that names the file or value; the checkout never modified; and a rewrite of
// Go that keeps its meaning never changes a verdict. The last test counts the cases run.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readEvent, readEventPayload } from '../../src/action/event.js'
import { CRITERION_IDS } from '../../src/criteria/registry.js'
import { DataError, UserError } from '../../src/errors.js'
import { readFeatureList } from '../../src/evidence/feature-list.js'
import { readGatePage } from '../../src/evidence/gate-page.js'
import { readMarkdown } from '../../src/evidence/markdown-read.js'
import { loadPolicy } from '../../src/policy/load.js'
import { parseMinor } from '../../src/release/version.js'
import { copyFixture } from '../support/tree.js'
import {
  addTrailingCommas,
  breakAt,
  BREAKS,
  LOCALS,
  renameLocal,
  reorderImports,
  splitLines,
  toCrlf,
  withBom
} from './go-rewrites.js'
import { expectWellBehaved, runCli, treeHash } from './harness.js'

const SEED = 5495
let cases = 0
const settings = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true })
const counted =
  <A extends unknown[]>(check: (...args: A) => Promise<void> | void) =>
  async (...args: A) => {
    cases++
    await check(...args)
  }

const FEATURES = 'pkg/features/kube_features.go'
const SERVER = 'cmd/kube-proxy/app/server_linux.go'
const VALIDATION = 'pkg/proxy/apis/config/validation/validation.go'
const OPTIONS = 'cmd/kube-proxy/app/options.go'
const LIST = 'test/compatibility_lifecycle/reference/versioned_feature_list.yaml'
const GATE_PAGE =
  'content/en/docs/reference/command-line-tools-reference/feature-gates/KubeProxyIPVS.md'

const trees: string[] = []
const scratch = mkdtempSync(path.join(tmpdir(), 'kep-gate-properties-'))
function tree(kind: string, era: string): string {
  const dir = copyFixture(kind, era)
  trees.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of [...trees, scratch]) rmSync(dir, { recursive: true, force: true })
})

/** Runs `check` on a tree with one file replaced, and puts the file back. */
async function checkWith(dir: string, target: string, file: string, text: string) {
  const abs = path.join(dir, file)
  const original = readFileSync(abs, 'utf8')
  writeFileSync(abs, text)
  try {
    const before = treeHash(dir)
    const run = await runCli(['check', '--repo', dir, '--target', target, '--format', 'json'])
    expectWellBehaved(run)
    expect(treeHash(dir)).toEqual(before)
    if (run.code === 2 && run.stdout === '') expect(run.stderr).toContain(path.basename(file))
    return run
  } finally {
    writeFileSync(abs, original)
  }
}

/** Each criterion's status: what a rewrite that keeps the meaning must not change. */
function verdict(stdout: string): Record<string, string> {
  const report = JSON.parse(stdout) as { criteria: { id: string; status: string }[] }
  return Object.fromEntries(report.criteria.map(c => [c.id, c.status]))
}

const versionLike = fc
  .tuple(
    fc.constantFrom('', 'v', 'V', 'release-', 'dev-', 'feature-', ' ', 'next-'),
    fc.oneof(fc.nat(30).map(String), fc.constantFrom('01', '00', '99999', '12345678901234567890')),
    fc.constantFrom('.', ',', '..', ''),
    fc.oneof(fc.nat(120).map(String), fc.constantFrom('040', '10000', 'x')),
    fc.constantFrom('', '.0', '.1', '-rc.1', '.0-alpha.0', '+build', 'rc1', '\n', '\u0000', ' ')
  )
  .map(parts => parts.join(''))

describe('generated hostile input', () => {
  let k140: string
  let w140: string
  beforeAll(() => {
    k140 = tree('kubernetes', '1.40')
    w140 = tree('website', '1.40')
  })

  it('target strings: plan answers or says in one line that the value is not a release', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          versionLike,
          fc.string({ maxLength: 12 }),
          fc.string({ unit: 'binary', maxLength: 8 })
        ),
        counted(async target => {
          const run = await runCli(['plan', '--target', target])
          expectWellBehaved(run)
          const release = target === '' ? undefined : parseMinor(target)
          expect(run.code).toBe(release ? 0 : 2)
          if (run.code === 2) expect(run.stderr).toMatch(/--target/)
        })
      ),
      settings(150)
    )
  })

  it('target strings: check on a checkout never modifies it and names the flag', async () => {
    await fc.assert(
      fc.asyncProperty(
        versionLike,
        counted(async target => {
          const before = treeHash(k140)
          const run = await runCli(['check', '--repo', k140, '--target', target])
          expectWellBehaved(run)
          expect(treeHash(k140)).toEqual(before)
          if (run.code === 2) expect(run.stderr).toMatch(/--target/)
        })
      ),
      settings(40)
    )
  })

  it('Go sources broken anywhere: a verdict or one line per unreadable file, never a trace', async () => {
    const sources = Object.fromEntries(
      [FEATURES, SERVER, VALIDATION, OPTIONS].map(f => [
        f,
        readFileSync(path.join(k140, f), 'utf8')
      ])
    )
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(FEATURES, SERVER, VALIDATION, OPTIONS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...BREAKS),
        counted(async (file, where, how) => {
          const source = sources[file]!
          await checkWith(
            k140,
            '1.40',
            file,
            breakAt(source, Math.floor(where * source.length), how)
          )
        })
      ),
      settings(110)
    )
  })

  it('Go rewritten the way gofmt and a refactoring leave it: the verdict does not change', async () => {
    const eras = {
      '1.37': tree('kubernetes', '1.37'),
      '1.40': k140,
      '1.43': tree('kubernetes', '1.43')
    }
    const baseline: Record<string, Record<string, string>> = {}
    for (const [era, dir] of Object.entries(eras)) {
      const run = await runCli(['check', '--repo', dir, '--target', era, '--format', 'json'])
      baseline[era] = verdict(run.stdout)
    }
    const rewrite = fc.record({
      commas: fc.boolean(),
      lines: fc.boolean(),
      imports: fc.nat(20),
      rename: fc.option(fc.constantFrom(...LOCALS), { nil: undefined }),
      crlf: fc.boolean(),
      bom: fc.boolean()
    })
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('1.37', '1.40', '1.43'),
        fc.constantFrom(FEATURES, SERVER, VALIDATION),
        rewrite,
        counted(async (era, file, r) => {
          const dir = eras[era as keyof typeof eras]
          let source = readFileSync(path.join(dir, file), 'utf8')
          if (r.commas) source = addTrailingCommas(source)
          if (r.lines) source = splitLines(source)
          if (r.imports) source = reorderImports(source, r.imports)
          if (r.rename) source = renameLocal(source, r.rename, `${r.rename}Renamed`)
          if (r.crlf) source = toCrlf(source)
          if (r.bom) source = withBom(source)
          const run = await checkWith(dir, era, file, source)
          expect(verdict(run.stdout)).toEqual(baseline[era])
        })
      ),
      settings(60)
    )
  })

  const scalar = fc.oneof(
    fc.constantFrom(
      'true',
      'false',
      '"true"',
      '"false"',
      '1.40',
      '"1.40"',
      'v1.40',
      '1.40.1',
      '10.1',
      '""',
      'null',
      '~',
      '[]',
      '{}',
      '0',
      '-',
      '&a x',
      '*a',
      '|',
      '"\\u0000"'
    ),
    fc.string({ maxLength: 6 })
  )

  it('feature lists in any shape: entries read with their types, or one error at a line', async () => {
    const entry = fc.record({
      indent: fc.constantFrom('', '  '),
      quote: fc.constantFrom('', '"', "'"),
      name: fc.constantFrom('KubeProxyIPVS', 'NFTablesProxyMode', 'A', 'x y'),
      nameLast: fc.boolean(),
      specs: fc.array(fc.record({ version: scalar, default: scalar, lock: scalar, pre: scalar }), {
        maxLength: 3
      })
    })
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { maxLength: 4 }),
        fc.constantFrom('', '\r', '\t'),
        counted(async (entries, lineEnd) => {
          const text = entries
            .map(e => {
              const specs = e.specs
                .map(
                  s =>
                    `${e.indent}  - default: ${s.default}\n${e.indent}    lockToDefault: ${s.lock}\n${e.indent}    preRelease: ${s.pre}\n${e.indent}    version: ${s.version}\n`
                )
                .join('')
              const name = `name: ${e.quote}${e.name}${e.quote}`
              return e.nameLast
                ? `${e.indent}- versionedSpecs:\n${specs}${e.indent}  ${name}\n`
                : `${e.indent}- ${name}\n${e.indent}  versionedSpecs:\n${specs}`
            })
            .join('')
            .replaceAll('\n', `${lineEnd}\n`)
          // Every fourth list also goes through the CLI, in the checkout's place of the list.
          if (cases % 4 === 0) await checkWith(k140, '1.40', LIST, text)
          try {
            const list = readFeatureList('list.yaml', text)
            for (const gate of list.gates.values())
              for (const spec of gate.specs) {
                expect(typeof spec.default).toBe('boolean')
                expect(typeof spec.lockToDefault).toBe('boolean')
                expect(typeof spec.preRelease).toBe('string')
              }
            for (const error of list.broken.values()) expectOneLine(error, 'list.yaml')
          } catch (error) {
            expect(error).toBeInstanceOf(DataError)
            expectOneLine(error as Error, 'list.yaml')
          }
        })
      ),
      settings(80)
    )
  })

  it('a feature list read for one gate answers for it as the whole list does', () => {
    const GATES = ['KubeProxyIPVS', 'NFTablesProxyMode', 'A']
    // Column-0 lines are what can turn a block into two items or out of the generator's shape.
    const stray = fc.constantFrom(
      'foo: 1',
      '- x',
      '-',
      '\t- y',
      '---',
      '...',
      '# note',
      '',
      '  - z',
      ' - w',
      '  note: |',
      '    text',
      '\r'
    )
    const entry = fc.record({
      name: fc.constantFrom(...GATES),
      specs: fc.array(fc.record({ version: scalar, default: scalar, pre: scalar }), {
        maxLength: 2
      }),
      strays: fc.array(fc.tuple(fc.nat(4), stray), { maxLength: 2 })
    })
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), fc.boolean(), (entries, crlf) => {
        cases++
        const text = entries
          .map(e => {
            const lines = [`- name: ${e.name}`, '  versionedSpecs:']
            for (const s of e.specs)
              lines.push(
                `  - default: ${s.default}`,
                `    preRelease: ${s.pre}`,
                `    version: ${s.version}`
              )
            for (const [at, line] of e.strays) lines.splice(1 + (at % lines.length), 0, line)
            return lines.map(l => `${l}${crlf ? '\r' : ''}\n`).join('')
          })
          .join('')
        const read = (only?: string) => {
          try {
            return readFeatureList('list.yaml', text, only)
          } catch (error) {
            return (error as Error).message
          }
        }
        const whole = read()
        for (const gate of GATES) {
          const one = read(gate)
          if (typeof whole === 'string' || typeof one === 'string') {
            expect(one).toEqual(whole)
            continue
          }
          expect(one.gates.get(gate)).toEqual(whole.gates.get(gate))
          expect(one.broken.get(gate)?.message).toEqual(whole.broken.get(gate)?.message)
          expect(one.duplicates).toEqual(whole.duplicates)
        }
      }),
      settings(200)
    )
  })

  it('front matter of any shape: read, or one error at the page and line', async () => {
    const line = fc.oneof(
      fc
        .tuple(
          fc.constantFrom(
            'title',
            'removed',
            'stages',
            'a',
            'title',
            '- stage',
            '  defaultValue',
            '  fromVersion'
          ),
          scalar
        )
        .map(([k, v]) => `${k}: ${v}`),
      fc.constantFrom(
        '---',
        '...',
        '  - x',
        '\t- y',
        'key',
        ': x',
        '? x',
        '%YAML 1.2',
        '<<: *a',
        'b: &a {x: 1}'
      ),
      fc.string({ maxLength: 10 })
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 12 }),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        counted(async (lines, closed, eol) => {
          const text = [
            '---',
            ...lines,
            ...(closed ? ['---'] : []),
            '# IPVS {#proxy-mode-ipvs}',
            'text'
          ].join(eol)
          if (cases % 4 === 0) await checkWith(w140, '1.40', GATE_PAGE, text)
          for (const read of [
            () => readMarkdown('page.md', text),
            () => readGatePage('page.md', text)
          ]) {
            try {
              read()
            } catch (error) {
              expect(error).toBeInstanceOf(DataError)
              expectOneLine(error as Error, 'page.md')
            }
          }
        })
      ),
      settings(80)
    )
  })

  it('policy files of any shape: loaded, or one line naming the file and line', async () => {
    const key = fc.constantFrom(
      'stages',
      "  '3'",
      '  cleanup',
      'kep',
      'gate',
      'criteria',
      '  gate-spec',
      '    severity',
      '    enabled',
      'website',
      '  sweep',
      '    allow',
      '      - path',
      '        reason',
      'backports',
      '  fixPattern',
      '  cutoffs',
      "    '1.40'",
      'exemptions',
      '  - criterion',
      '    reason',
      'gates',
      '  deviations',
      '    - gate'
    )
    const value = fc.oneof(
      scalar,
      fc.constantFrom(
        '"01.41"',
        '"1.99999"',
        '"**/**/**/**/*.md"',
        '"^(a+)+$"',
        '"(?=x)"',
        'error',
        'warning',
        '"KubeProxyIPVS"',
        '"x*y*z*w*v*u*t*s*r"'
      )
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(key, fc.option(value, { nil: undefined })), { maxLength: 8 }),
        counted(async entries => {
          const text = entries
            .map(([k, v]) => (v === undefined ? `${k}:` : `${k}: ${v}`))
            .join('\n')
          try {
            await loadPolicy(CRITERION_IDS, { file: 'kep-gate.yaml', text })
          } catch (error) {
            expect(error).toBeInstanceOf(UserError)
            expectOneLine(error as Error, 'kep-gate.yaml')
          }
        })
      ),
      settings(80)
    )
  })

  it('event payloads of any shape: facts, or one line that quotes none of the file', async () => {
    const payload = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }).map(v => JSON.stringify(v)),
      fc
        .record({
          pull_request: fc.record({
            number: fc.oneof(fc.integer(), fc.string()),
            base: fc.record({
              sha: fc.oneof(fc.string(), fc.constant('a'.repeat(40))),
              ref: fc.string()
            }),
            milestone: fc.option(fc.record({ title: fc.string() }))
          }),
          comment: fc.record({ body: fc.string(), author_association: fc.string() })
        })
        .map(v => JSON.stringify(v))
    )
    const broken = fc
      .tuple(
        payload,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('cut', 'bom', 'nul', 'comment', 'comma', 'none')
      )
      .map(([text, where, how]) => {
        const at = Math.floor(where * text.length)
        if (how === 'cut') return text.slice(0, at)
        if (how === 'bom') return `\ufeff${text}`
        if (how === 'nul') return `${text.slice(0, at)}\u0000${text.slice(at)}`
        if (how === 'comment') return `// SECRET-CONTENT\n${text}`
        if (how === 'comma') return text.replace(/}$/, ',}')
        return text
      })
    const file = path.join(scratch, 'event.json')
    await fc.assert(
      fc.asyncProperty(
        broken,
        fc.constantFrom(
          'pull_request',
          'pull_request_target',
          'push',
          'issue_comment',
          'schedule',
          '',
          'x'
        ),
        counted(async (text, name) => {
          writeFileSync(file, text)
          try {
            const facts = readEvent(name, await readEventPayload(file), 'c'.repeat(40))
            expect(facts.name).toBe(name)
          } catch (error) {
            expect(error).toBeInstanceOf(UserError)
            expectOneLine(error as Error, `the event payload at ${file}`)
            expect((error as Error).message).not.toContain('SECRET-CONTENT')
          }
        })
      ),
      settings(80)
    )
  })

  it('ran at least 500 generated cases', () => {
    expect(cases).toBeGreaterThanOrEqual(500)
  })
})

function expectOneLine(error: Error, prefix: string): void {
  expect(error.message).not.toMatch(/[\r\n]/)
  expect(
    error.message.startsWith(prefix) ||
      error.message.startsWith(`the policy is not valid: ${prefix}`)
  ).toBe(true)
}
