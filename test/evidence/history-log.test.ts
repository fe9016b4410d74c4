import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readLogRecords } from '../../src/evidence/history-log.js'
import { UserError } from '../../src/errors.js'

// The reader of `git log -z --boundary --name-only --format=%m%H %cs %P%x00%s%x00%b`, as a pipe
// hands it over: in pieces cut anywhere, in the middle of a record or of a character. Each record
// is `<mark><sha> <day> <parents>\0<subject>\0<body>\0`, and a commit that changes the paths is
// followed by `\n` and its file names, each ending with \0 (what git 2.39 writes).

interface Record {
  mark: '>' | '<' | '-'
  sha: string
  day: string
  parents: string[]
  subject: string
  body: string
  names: string[]
}

function serialize(records: Record[]): Buffer {
  let text = ''
  for (const r of records) {
    text += `${r.mark}${r.sha} ${r.day} ${r.parents.join(' ')}\0${r.subject}\0${r.body}\0`
    if (r.names.length > 0) text += `\n${r.names.map(n => `${n}\0`).join('')}`
  }
  return Buffer.from(text, 'utf8')
}

/** The body lines the audit keeps: the first, and those naming a pick. */
function keptBody(body: string): string {
  const lines = body.split('\n')
  return [lines[0]!.trim(), ...lines.slice(1).filter(l => /cherry pick/i.test(l))].join('\n').trim()
}

function inPieces(data: Buffer, cuts: number[]): Buffer[] {
  const at = [...new Set(cuts.map(c => c % (data.length + 1)))].sort((a, b) => a - b)
  const pieces: Buffer[] = []
  let from = 0
  for (const cut of [...at, data.length]) {
    pieces.push(data.subarray(from, cut))
    from = cut
  }
  return pieces
}

const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`))
// Subjects and bodies in any script: accents, CJK and astral characters (4 bytes in UTF-8).
const text = fc
  .array(fc.constantFrom('a', 'Z', ' ', 'é', '日本', '🙂', '#12', 'ß', '\u00a0', '-'), {
    maxLength: 8
  })
  .map(parts => parts.join(''))
const record: fc.Arbitrary<Record> = fc.record({
  mark: fc.constantFrom('>' as const, '<' as const, '-' as const),
  sha: hex(40),
  day: fc.constantFrom('2024-01-15', '2025-12-31'),
  parents: fc.array(hex(40), { maxLength: 2 }),
  subject: text,
  body: fc
    .array(fc.oneof(text, fc.constant('Cherry pick of #1 on release-1.33.')), { maxLength: 4 })
    .map(lines => lines.join('\n')),
  names: fc.array(fc.stringMatching(/^pkg\/[a-z]{1,6}\.go$/), { maxLength: 3 })
})

describe('reading git log records', () => {
  it('reads the same records however the stream is cut, characters included (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(record, { maxLength: 12, selector: r => r.sha }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (records, cuts) => {
          const data = serialize(records)
          const range = readLogRecords(inPieces(data, cuts))
          const inRange = records.filter(r => r.mark !== '-')
          expect([...range.commits.values()]).toEqual(
            inRange.map((r, n) => ({
              sha: r.sha,
              parents: r.parents,
              subject: r.subject,
              body: keptBody(r.body),
              n
            }))
          )
          expect([...range.touching]).toEqual(
            inRange.filter(r => r.names.length > 0).map(r => r.sha)
          )
          const boundary = records.filter(r => r.mark === '-')
          expect([...range.boundary]).toEqual(boundary.map(r => r.sha))
          expect([...range.days]).toEqual(boundary.map(r => [r.sha, r.day]))
        }
      ),
      { seed: 5495, numRuns: 400 }
    )
  })

  it('reads a character cut between two pieces whole, at every byte', () => {
    const subject = 'Fix é in 日本 🙂'
    const data = serialize([
      {
        mark: '>',
        sha: 'a'.repeat(40),
        day: '2024-01-15',
        parents: [],
        subject,
        body: '',
        names: []
      }
    ])
    for (let cut = 0; cut <= data.length; cut++) {
      const range = readLogRecords([data.subarray(0, cut), data.subarray(cut)])
      expect(range.commits.get('a'.repeat(40))?.subject).toBe(subject)
    }
  })

  it('gives a root commit no parents (git writes its header with an empty parent list)', () => {
    const range = readLogRecords([Buffer.from(`>${'b'.repeat(40)} 2024-01-15 \0root\0\0`)])
    expect(range.commits.get('b'.repeat(40))?.parents).toEqual([])
  })

  it('reads a message longer than many pieces, keeping only the lines the audit reads', () => {
    const body = `Title\n${'x'.repeat(1 << 20)}\n(cherry picked from commit abcdef1)\nCherry pick of #7 on release-1.34.`
    const data = serialize([
      {
        mark: '<',
        sha: 'c'.repeat(40),
        day: '2024-01-15',
        parents: ['d'.repeat(40)],
        subject: 's',
        body,
        names: ['pkg/a.go']
      }
    ])
    const pieces = inPieces(
      data,
      Array.from({ length: 40 }, (_, i) => i * 65536)
    )
    const commit = readLogRecords(pieces).commits.get('c'.repeat(40))
    expect(commit?.body).toBe(
      'Title\n(cherry picked from commit abcdef1)\nCherry pick of #7 on release-1.34.'
    )
  })

  it('refuses a message holding a NUL rather than misread the fields after it', () => {
    const data = Buffer.from(`>${'e'.repeat(40)} 2024-01-15 \0subject\0body\0with a NUL\0`)
    expect(() => readLogRecords([data])).toThrow(UserError)
    expect(() => readLogRecords([data])).toThrow(/unreadable record near "with a NUL"/)
    // The message quotes 40 characters of what it could not read, not a whole message.
    const long = Buffer.from(`>${'e'.repeat(40)} 2024-01-15 \0s\0b\0${'x'.repeat(100)}\0`)
    expect(() => readLogRecords([long])).toThrow(`near "${'x'.repeat(40)}"`)
  })

  it('reads a stream cut short: the last field without its NUL, a record with its header only', () => {
    const a = 'a'.repeat(40)
    const b = 'b'.repeat(40)
    const lastField = readLogRecords([
      Buffer.from(`>${a} 2024-01-15 \0subject\0first`),
      Buffer.from(' li'),
      Buffer.from('ne')
    ])
    expect(lastField.commits.get(a)).toMatchObject({ subject: 'subject', body: 'first line' })
    // A header alone takes nothing from the record before it.
    const headerOnly = readLogRecords([
      Buffer.from(`>${a} 2024-01-15 \0subject of a\0body of a\0>${b} 2024-01-16 ${a}`)
    ])
    expect(headerOnly.commits.get(b)).toEqual({ sha: b, parents: [a], subject: '', body: '', n: 1 })
    const noBody = readLogRecords([
      Buffer.from(`>${a} 2024-01-15 \0subject of a\0body of a\0>${b} 2024-01-16 ${a}\0subject of b`)
    ])
    expect(noBody.commits.get(b)).toMatchObject({ subject: 'subject of b', body: '' })
  })

  it('reads a header that ends at its day (no space for parents)', () => {
    const a = 'a'.repeat(40)
    const c = 'c'.repeat(40)
    const range = readLogRecords([Buffer.from(`>${a} 2024-01-15\0s\0\0-${c} 2023-12-31\0t\0\0`)])
    expect(range.commits.get(a)?.parents).toEqual([])
    expect(range.days.get(c)).toBe('2023-12-31')
  })
})
