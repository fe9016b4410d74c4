import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { WorktreeRepo } from '../../src/evidence/repo.js'
import { GoFile } from '../../src/evidence/go-file.js'
import {
  dirsOfImport,
  GoPackages,
  packageNameOf,
  SETS,
  type GoSource
} from '../../src/evidence/go-packages.js'

// Where the value reader finds Go code: import paths to folders and names, the qualifiers of a
// file, and a package read once, past the files it cannot read.

/** A source over a map, counting what is asked of it. */
function sourceOf(tree: Record<string, string | undefined>): GoSource & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    read: async path => {
      asked.push(`read ${path}`)
      return tree[path]
    },
    list: async dir => {
      asked.push(`list ${dir}`)
      return Object.keys(tree)
        .filter(p => p.startsWith(`${dir}/`))
        .sort()
    }
  }
}

describe('import paths', () => {
  it('looks for sigs.k8s.io modules in vendor only: they are not staging repos', () => {
    expect(dirsOfImport('sigs.k8s.io/yaml')).toEqual(['vendor/sigs.k8s.io/yaml'])
  })

  it('names a versioned API package by itself, and a module by the element before /vN', () => {
    expect(packageNameOf('k8s.io/api/admissionregistration/v1beta1')).toBe('v1beta1')
    expect(packageNameOf('github.com/google/go-github/v53')).toBe('github')
  })

  it('drops go- only at the start of the name', () => {
    expect(packageNameOf('github.com/mongodb/mongo-go-driver')).toBe('mongogodriver')
  })
})

describe('the import path of a qualifier', () => {
  const packages = new GoPackages(sourceOf({}))

  it('tells two features packages apart by the alias of one of them', () => {
    const f = new GoFile(
      'pkg/proxy/app/server.go',
      'package app\n\nimport (\n\t"errors"\n\n\tgenericfeatures "k8s.io/apiserver/pkg/features"\n\tutilfeature "k8s.io/apiserver/pkg/util/feature"\n\t"k8s.io/kubernetes/pkg/features"\n)\n'
    )
    expect(packages.importPath(f, 'features')).toBe('k8s.io/kubernetes/pkg/features')
    expect(packages.importPath(f, 'genericfeatures')).toBe('k8s.io/apiserver/pkg/features')
    expect(packages.importPath(f, 'errors')).toBe('errors')
    expect(packages.importPath(f, 'app')).toBeUndefined()
  })

  it('takes an imported errors package over the standard one', () => {
    const f = new GoFile('pkg/app/a.go', 'package app\n\nimport "github.com/pkg/errors"\n')
    expect(packages.importPath(f, 'errors')).toBe('github.com/pkg/errors')
  })

  it('reads fmt, strings, errors and sets as the usual packages where the import is missing', () => {
    // A file that does not compile (a snippet under testdata/, say) still reads as written.
    const f = new GoFile('pkg/app/a.go', 'package app\n\nfunc f() {}\n')
    expect(['fmt', 'strings', 'errors', 'sets'].map(q => packages.importPath(f, q))).toEqual([
      'fmt',
      'strings',
      'errors',
      SETS
    ])
  })
})

describe('a package', () => {
  const tree = {
    'pkg/proxy/apis/config/types.go':
      'package config\n\nconst (\n\tProxyModeIPVS ProxyMode = "ipvs"\n)\n',
    'pkg/proxy/apis/config/zz_pipe.go': undefined,
    'pkg/proxy/apis/config/types_test.go': 'package config\n\nconst ProxyModeIPVS = "test"\n'
  }

  it('finds a declaration past a file it cannot read (a FIFO, a dangling link)', async () => {
    const packages = new GoPackages(sourceOf(tree))
    const found = await packages.declsIn('pkg/proxy/apis/config', 'ProxyModeIPVS')
    expect(found.map(d => d.f.file)).toEqual(['pkg/proxy/apis/config/types.go'])
  })

  it('lists the folder once and tokenizes each file once', async () => {
    const source = sourceOf(tree)
    const packages = new GoPackages(source)
    const files = await packages.packageFiles('pkg/proxy/apis/config')
    expect(await packages.packageFiles('pkg/proxy/apis/config')).toBe(files)
    const types = await packages.load('pkg/proxy/apis/config/types.go')
    expect(await packages.load('pkg/proxy/apis/config/types.go')).toBe(types)
    expect(source.asked.filter(a => a.startsWith('list'))).toEqual(['list pkg/proxy/apis/config'])
  })
})

describe('a package at the top of the checkout', () => {
  it.each([
    ['a plain folder', false],
    ['a git checkout', true]
  ])('is the Go files of the top folder, in %s', async (_, git) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kep-gate-root-package-'))
    try {
      const files = {
        'main.go': 'package main\n\nfunc main() { println(mode) }\n',
        'modes.go': 'package main\n\nconst mode = "nftables"\n',
        'main_test.go': 'package main\n',
        'sub/other.go': 'package sub\n\nconst mode = "ipvs"\n'
      }
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
        writeFileSync(path.join(dir, file), text)
      }
      if (git) {
        const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' })
        run('init', '-q')
        run('add', '-A')
      }
      const repo = await WorktreeRepo.open(dir)
      const packages = new GoPackages({ read: p => repo.read(p), list: d => repo.list(d) })
      expect(await packages.packageFiles('.')).toEqual(['main.go', 'modes.go'])
      const found = await packages.declsIn('.', 'mode')
      expect(found.map(d => d.f.file)).toEqual(['modes.go'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
