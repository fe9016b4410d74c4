// The small helpers every hostile input meets: one reader of regular files, one log-line escaper
// for workflow commands, one duplicate-key detector, git grep's NUL-separated output, policy
// globs and patterns, the event payload and hugo.toml.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { parseDocument } from 'yaml'
import { readEventPayload } from '../../src/action/event.js'
import { workflowSafe } from '../../src/action/log.js'
import { DataError } from '../../src/errors.js'
import { parseGrepOutput } from '../../src/evidence/grep.js'
import {
  MAX_FILE_BYTES,
  readRegularFile,
  readRegularFileSync
} from '../../src/evidence/regular-file.js'
import { duplicateKey } from '../../src/evidence/yaml-keys.js'
import { globMatcher } from '../../src/gates/glob.js'
import { patternProblem, policyPattern } from '../../src/policy/pattern.js'
import { globProblem } from '../../src/policy/primitives.js'
import { latestFromHugo } from '../../src/release/resolve.js'

const dir = mkdtempSync(path.join(tmpdir(), 'kep-gate-readers-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the one reader of regular files', () => {
  const file = (name: string, text = 'text') => {
    const abs = path.join(dir, name)
    writeFileSync(abs, text)
    return abs
  }

  it('reads a regular file, blocking or not', async () => {
    const abs = file('plain.txt', 'héllo\n')
    expect(await readRegularFile(abs, 'plain.txt')).toBe('héllo\n')
    expect(readRegularFileSync(abs, 'plain.txt')).toBe('héllo\n')
  })

  it('reads every byte of files of any size, and of one that says it is empty but is not', () => {
    // Each size around the shared buffer of small reads, and one much larger.
    for (const size of [0, 1, 4095, 4096, 256 * 1024 - 1, 256 * 1024, 256 * 1024 + 1, 600_000]) {
      const text = 'ab\r\né'.repeat(Math.ceil(size / 5)).slice(0, size)
      const abs = file(`size-${size}.txt`, text)
      expect(readRegularFileSync(abs, 'f')).toBe(text)
    }
    // /proc files are regular files whose size reads 0: the reader goes on past what fstat said,
    // as it must for a file that grows while it is read.
    const proc = readFileSync('/proc/self/mountinfo', 'utf8')
    expect(proc.length).toBeGreaterThan(1)
    expect(readRegularFileSync('/proc/self/mountinfo', 'mountinfo')).toBe(proc)
    // Reads that follow share no bytes with one before.
    expect(readRegularFileSync(file('short.txt', 'xy'), 'short.txt')).toBe('xy')
  })

  it('refuses a FIFO, a device and a folder in one line that names them, without blocking', async () => {
    const fifo = path.join(dir, 'fifo')
    execFileSync('mkfifo', [fifo])
    const folder = path.join(dir, 'folder')
    mkdirSync(folder)
    const cases: [string, string, RegExp][] = [
      [
        fifo,
        'fifo',
        /^fifo: is not a regular file \(it is a FIFO\); kep-gate reads regular files only$/
      ],
      ['/dev/zero', 'zero', /^zero: is not a regular file \(it is a device\)/],
      [folder, 'folder', /^folder: is a folder where a file was expected$/]
    ]
    for (const [abs, shown, message] of cases) {
      await expect(readRegularFile(abs, shown)).rejects.toThrow(message)
      expect(() => readRegularFileSync(abs, shown)).toThrow(message)
    }
  })

  it(`refuses a file above ${MAX_FILE_BYTES / 2 ** 20} MB before reading it`, async () => {
    const big = file('big.txt', '')
    truncateSync(big, MAX_FILE_BYTES + 1)
    await expect(readRegularFile(big, 'big.txt')).rejects.toThrow(
      /^big\.txt: is larger than 16 MB \(16,777,217 bytes\); kep-gate reads files up to that size only$/
    )
    truncateSync(big, MAX_FILE_BYTES)
    expect((await readRegularFile(big, 'big.txt')).length).toBe(MAX_FILE_BYTES)
  })

  it('with noFollow, refuses a link at the path itself', async () => {
    const link = path.join(dir, 'link')
    symlinkSync(file('target.txt'), link)
    expect(await readRegularFile(link, 'link')).toBe('text')
    await expect(readRegularFile(link, 'link', { noFollow: true })).rejects.toThrow(
      'link: is a symbolic link where a file was expected'
    )
    await expect(readRegularFile(path.join(dir, 'none'), 'none')).rejects.toBeInstanceOf(DataError)
  })
})

describe('workflowSafe, the one escaper of log lines', () => {
  it.each([
    ['5495\n::warning::INJECTED', '5495 :\u200b:warning:\u200b:INJECTED'],
    ['a\r\n::error::b', 'a :\u200b:error:\u200b:b'],
    ['::add-mask::x', ':\u200b:add-mask:\u200b:x'],
    ['  ::stop-commands::t', '  :\u200b:stop-commands:\u200b:t'],
    ['x\u2028##[warning]y', 'x #\u200b#[warning]y'],
    ['plain text: fine', 'plain text: fine']
  ])('%j prints as one harmless line', (text, shown) => {
    const safe = workflowSafe(text)
    expect(safe).toBe(shown)
    expect(safe).not.toMatch(/[\r\n\u2028\u2029\v\f\u0085]/)
    expect(safe.trimStart().startsWith('::')).toBe(false)
    expect(safe).not.toContain('##[')
  })
})

describe('git grep -z output', () => {
  it('is read by its separators: names with newlines, tabs and leading dashes', () => {
    const output = [
      'docs/evil\nname.md\u00003\u0000Set the mode to ipvs.\n',
      'docs/tab\tname.md\u000012\u0000ipvs: a: b\n',
      '-dash.md\u00001\u0000ipvs\n'
    ].join('')
    expect(parseGrepOutput(output)).toEqual([
      { file: 'docs/evil\nname.md', line: 3, text: 'Set the mode to ipvs.' },
      { file: 'docs/tab\tname.md', line: 12, text: 'ipvs: a: b' },
      { file: '-dash.md', line: 1, text: 'ipvs' }
    ])
  })

  it('drops a record cut short', () => {
    expect(parseGrepOutput('a.md\u00001\u0000x\nb.md\u0000')).toEqual([
      { file: 'a.md', line: 1, text: 'x' }
    ])
  })
})

describe('duplicate keys', () => {
  it('are found in any mapping, with both places', () => {
    const text = 'a: 1\nb:\n  c: 1\n  d: 2\n  c: 3\n'
    const twice = duplicateKey(parseDocument(text, { uniqueKeys: false }))
    expect(twice).toEqual({ key: 'c', first: text.indexOf('c:'), again: text.lastIndexOf('c:') })
    expect(
      duplicateKey(parseDocument('a: 1\nb: [{a: 1}, {a: 2}]\n', { uniqueKeys: false }))
    ).toBeUndefined()
    // 1 and "1" are different keys to YAML.
    expect(duplicateKey(parseDocument('1: a\n"1": b\n', { uniqueKeys: false }))).toBeUndefined()
  })
})

describe('policy globs and patterns', () => {
  it('globs match as git pathspecs do', () => {
    const cases: [string, string, boolean][] = [
      ['content/*/docs/**', 'content/en/docs/a/b.md', true],
      ['content/*/docs/**', 'content/en/x/docs/a.md', false],
      ['**/*_test.go', 'a/b/c_test.go', true],
      ['**/*_test.go', 'c_test.go', true],
      ['vendor/**', 'vendor/k8s.io/x.go', true],
      ['keps/NNNN-kep-template/**', 'keps/sig-a/1-x/kep.yaml', false],
      ['CSIMigration*', 'CSIMigrationAWS', true],
      ['CSIMigration*', 'CSIMigration/AWS', false],
      ['a/**/b', 'a/b', true],
      ['a/**/b', 'a/x/y/b', true]
    ]
    for (const [glob, text, expected] of cases)
      expect({ glob, text, matches: globMatcher(glob).test(text) }).toEqual({
        glob,
        text,
        matches: expected
      })
  })

  it('globs agree with a plain translation to a regular expression, prefix check and all', () => {
    // Small alphabets, so literals lead, trail and repeat: the cases the prefix and suffix
    // checks in front of the matcher could get wrong.
    const glob = fc
      .array(fc.constantFrom('a', 'b', '/', '*', '**', '**/'), { maxLength: 6 })
      .map(parts => parts.join(''))
    const text = fc.array(fc.constantFrom('a', 'b', '/'), { maxLength: 8 }).map(cs => cs.join(''))
    const reference = (g: string): RegExp => {
      let source = ''
      for (let i = 0; i < g.length;) {
        const [part, width] = g.startsWith('**/', i)
          ? ['(?:.*/)?', 3]
          : g.startsWith('**', i)
            ? ['.*', 2]
            : g[i] === '*'
              ? ['[^/]*', 1]
              : [g[i]!, 1]
        source += part
        i += width
      }
      return new RegExp(`^${source}$`)
    }
    fc.assert(
      fc.property(glob, text, (g, t) => globMatcher(g).test(t) === reference(g).test(t)),
      { seed: 5495, numRuns: 300 }
    )
  })

  it('a glob of many wildcards matches in time linear in the text', () => {
    const hostile = globMatcher('*a*a*a*a*a*a*a*a*a*a*a*a*b')
    expect(hostile.test('a'.repeat(20_000))).toBe(false)
  })

  it('globs are held to a size', () => {
    expect(globProblem('content/*/docs/**')).toBeUndefined()
    expect(globProblem(`${'**/'.repeat(200)}*.md`)).toMatch(/more than 3 "\*\*"/)
    expect(globProblem('*a'.repeat(9))).toMatch(/more than 8 wildcards/)
    expect(globProblem('a'.repeat(257))).toMatch(/longer than 256/)
  })

  it('patterns run in RE2: a catastrophic one for JavaScript ends at once; look-arounds are refused', () => {
    expect(policyPattern('^(a+)+$').test(`${'a'.repeat(50_000)}!`)).toBe(false)
    expect(policyPattern('\\bfix(es|ed|ing)?\\b').test('Fixed nftables')).toBe(true)
    expect(policyPattern('\\bfix(es|ed|ing)?\\b').test('prefix')).toBe(false)
    expect(patternProblem('(?=x)y')).toMatch(/invalid/)
    expect(patternProblem('(a)\\1')).toMatch(/invalid escape/)
    expect(patternProblem('\\bfix\\b')).toBeUndefined()
  })
})

describe('the event payload', () => {
  const payload = (text: string) => {
    const abs = path.join(dir, `event-${Math.random().toString(36).slice(2)}.json`)
    writeFileSync(abs, text)
    return abs
  }

  it('is read with or without a byte-order mark', async () => {
    expect(await readEventPayload(payload('\ufeff{"a": 1}'))).toEqual({ a: 1 })
    expect(await readEventPayload(undefined)).toEqual({})
    expect(await readEventPayload(path.join(dir, 'missing.json'))).toEqual({})
  })

  it.each([
    ['', 'the file is empty'],
    ['{"a": 1,}', 'unexpected text at line 1, column 9'],
    ['{\n  "a": 1\n  "b": 2}', 'unexpected text at line 3, column 3'],
    ['{"a": ', 'it ends before the JSON does (cut short?)'],
    ['secret-token-value', 'it does not start as JSON does'],
    ['{"a": "\u0000"}', 'it holds binary data']
  ])('%j is one line that quotes nothing of it', async (text, why) => {
    const abs = payload(text)
    const error = await readEventPayload(abs).catch((e: Error) => e)
    expect((error as Error).message).toBe(`the event payload at ${abs} is not JSON: ${why}`)
  })
})

describe('hugo.toml', () => {
  it('is TOML: params.latest only, and a syntax error at its line', () => {
    expect(latestFromHugo('[params.x]\nlatest = "v1"\n[params]\nlatest = "v1.40"\n')).toBe('v1.40')
    expect(latestFromHugo('s = """\nlatest = "v9"\n"""\n')).toBeUndefined()
    expect(latestFromHugo('[params]\nlatest = 1.40\n')).toBeUndefined()
    expect(() => latestFromHugo('title = "x"\n[params\nlatest = "v1.40"\n')).toThrow(
      /^hugo\.toml:2: is not valid TOML: /
    )
  })
})
