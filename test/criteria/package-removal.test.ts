// ipvs-package-removed: what is left, said in one line, and the evidence capped.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { criterionResult, scratchTrees } from '../support/criterion.js'
import { remove } from '../support/tree.js'

const tree = scratchTrees()
const IMPORTER = 'pkg/proxy/healthcheck/uses_ipvs.go'

function importer(dir: string): void {
  mkdirSync(path.join(dir, 'pkg/proxy/healthcheck'), { recursive: true })
  writeFileSync(
    path.join(dir, IMPORTER),
    'package healthcheck\n\nimport (\n\t"fmt"\n\n\tutilipvs "k8s.io/kubernetes/pkg/proxy/ipvs/util"\n)\n\nvar _ = fmt.Sprint(utilipvs.New)\n'
  )
}

describe('ipvs-package-removed', () => {
  it('passes when the package is gone and nothing imports it', async () => {
    const r = await criterionResult(
      tree('1.43', () => undefined),
      '1.43',
      'ipvs-package-removed'
    )
    expect(r).toMatchObject({
      status: 'pass',
      message: 'pkg/proxy/ipvs/ is gone and no Go file outside vendor/ imports it'
    })
  })

  it('names an import left behind, with its line', async () => {
    const r = await criterionResult(tree('1.43', importer), '1.43', 'ipvs-package-removed')
    expect(r.message).toBe(`1 import(s) of k8s.io/kubernetes/pkg/proxy/ipvs remain (${IMPORTER}:6)`)
    expect(r.evidence).toEqual([
      { file: IMPORTER, line: 6, note: 'imports "k8s.io/kubernetes/pkg/proxy/ipvs/util"' }
    ])
  })

  it('names files left and imports together, and lists at most 50 places', async () => {
    const dir = tree('1.43', d => {
      importer(d)
      mkdirSync(path.join(d, 'pkg/proxy/ipvs'), { recursive: true })
      for (let i = 0; i < 60; i++)
        writeFileSync(
          path.join(d, `pkg/proxy/ipvs/f${String(i).padStart(2, '0')}.go`),
          'package ipvs\n'
        )
    })
    const r = await criterionResult(dir, '1.43', 'ipvs-package-removed')
    expect(r.message).toBe(
      `60 file(s) remain under pkg/proxy/ipvs/; 1 import(s) of k8s.io/kubernetes/pkg/proxy/ipvs remain (${IMPORTER}:6)`
    )
    expect(r.evidence).toHaveLength(50)
    expect(r.evidence[0]).toEqual({ file: 'pkg/proxy/ipvs/f00.go', note: 'still present' })
  })

  it('does not count vendored imports', async () => {
    const dir = tree('1.43', d => {
      remove(d, 'pkg/proxy/ipvs')
    })
    const r = await criterionResult(dir, '1.43', 'ipvs-package-removed')
    expect(r.status).toBe('pass')
  })
})
