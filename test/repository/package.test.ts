// The npm package: `npx kep-gate` installs dist/ and nothing else, and runs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildOnce, cleanEnv, cleanUp, ROOT, type Built } from '../e2e/run-built.js'

interface PackageJson {
  private?: boolean
  version: string
  license: string
  bin: Record<string, string>
  files: string[]
  engines: Record<string, string>
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  bundleDependencies?: unknown
}

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson

let built: Built
/** A copy of the repository's files with dist/ as the build writes it, where npm packs. */
let source: string

beforeAll(() => {
  built = buildOnce()
  // Other test files rebuild dist/ in the repository meanwhile: pack a copy, never the live tree.
  source = mkdtempSync(path.join(tmpdir(), 'kep-gate-pack-'))
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8'
  })
    .split('\n')
    .filter(f => f && !f.startsWith('dist/'))
  for (const file of files) {
    mkdirSync(path.dirname(path.join(source, file)), { recursive: true })
    cpSync(path.join(ROOT, file), path.join(source, file))
  }
  cpSync(built.dir, path.join(source, 'dist'), {
    recursive: true,
    filter: from => from !== path.join(built.dir, 'package.json')
  })
}, 60_000)

afterAll(() => cleanUp(built))

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: cleanEnv({
      npm_config_cache: path.join(cwd, '.npm-cache'),
      npm_config_update_notifier: 'false'
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000
  })
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`]
  )
}

describe('package.json', () => {
  it('is publishable, with a files whitelist, and asks nothing to be installed with it', () => {
    expect(pkg.private).toBeUndefined()
    expect(pkg.license).toBe('Apache-2.0')
    expect(pkg.files).toEqual(['dist/', 'action.yml', 'README.md', 'LICENSE', 'CHANGELOG.md'])
    expect(pkg.bin).toEqual({ 'kep-gate': 'dist/cli.js' })
    expect(pkg.engines.node).toBe('>=20')
    // dist/ carries its libraries: installing kep-gate pulls nothing else.
    expect(pkg.dependencies).toBeUndefined()
    expect(pkg.optionalDependencies).toBeUndefined()
    expect(pkg.peerDependencies).toBeUndefined()
    expect(pkg.bundleDependencies).toBeUndefined()
  })
})

describe('npm pack', () => {
  it('packs dist/, action.yml, the README, LICENSE, CHANGELOG.md and package.json, and bin points into it', () => {
    const [packed] = JSON.parse(npm(['pack', '--dry-run', '--json'], source)) as {
      name: string
      version: string
      files: { path: string }[]
    }[]
    expect(packed!.name).toBe('kep-gate')
    expect(packed!.version).toBe(pkg.version)
    const files = packed!.files.map(f => f.path).sort()
    const dist = listFiles(path.join(source, 'dist')).map(f => `dist/${f}`)
    expect(files).toEqual(
      ['CHANGELOG.md', 'LICENSE', 'README.md', 'action.yml', 'package.json', ...dist].sort()
    )
    for (const target of Object.values(pkg.bin)) expect(files).toContain(target)
    // The action's entry too: action.yml and what it runs ship together.
    expect(files).toContain('dist/index.js')
  })

  it('ships bundles that import only node built-ins and each other', () => {
    const bare: string[] = []
    for (const file of listFiles(path.join(source, 'dist')).filter(f => f.endsWith('.js'))) {
      const text = readFileSync(path.join(source, 'dist', file), 'utf8')
      for (const m of text.matchAll(
        /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)"([^"$\s]+)"/g
      )) {
        const specifier = m[1]!
        if (!specifier.startsWith('.') && !isBuiltin(specifier)) bare.push(`${file}: ${specifier}`)
      }
    }
    expect(bare).toEqual([])
  })

  it('yields a package that installs alone, offline, and runs as `npx kep-gate`', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'kep-gate-npx-'))
    const tarball = npm(['pack', '--silent', '--pack-destination', work], source)
      .trim()
      .split('\n')
      .pop()!
    expect(tarball).toBe(`kep-gate-${pkg.version}.tgz`)
    const app = path.join(work, 'app')
    mkdirSync(app)
    writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n')
    // Offline: a dependency would have to come from the registry, and fail here.
    npm(['install', '--offline', '--no-audit', '--no-fund', path.join(work, tarball)], app)
    expect(readdirSync(path.join(app, 'node_modules')).filter(n => !n.startsWith('.'))).toEqual([
      'kep-gate'
    ])
    const example = path.join(ROOT, 'examples', 'kubernetes')
    const installed = execFileSync(
      path.join(app, 'node_modules', '.bin', 'kep-gate'),
      ['check', '--repo', example, '--target', '1.40'],
      { cwd: app, env: cleanEnv(), encoding: 'utf8' }
    )
    expect(installed).toMatch(/^KEP-5495 \(kep-5495\) on kubernetes at 1\.40 .*: PASS$/m)
    // The README's own npx line, from the tarball instead of the registry.
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const plan = /^npx (kep-gate plan [^#\n]*?)\s*(#.*)?$/m.exec(readme)?.[1]
    expect(plan).toBe('kep-gate plan --target 1.43')
    expect(readme).toMatch(/^npx kep-gate check --repo /m)
    const viaNpx = execFileSync(
      'npx',
      ['--offline', '--yes', '--package', `./${tarball}`, '--', ...plan!.split(' ')],
      {
        cwd: work,
        env: cleanEnv({ npm_config_cache: path.join(work, '.npm-cache') }),
        encoding: 'utf8'
      }
    )
    expect(viaNpx).toMatch(/^KEP-5495 at 1\.43 \(stage 4\)$/m)
  }, 60_000)
})
