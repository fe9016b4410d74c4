// Cuts a release: `npm run release -- X.Y.Z [--push]`. It tags the commit checked out as vX.Y.Z
// and moves the major tag vX to it, after refusing, with one line saying why, when:
//   the working tree has changes, the version is not X.Y.Z, the tag exists, package.json names
//   another version, CHANGELOG.md has no `## [X.Y.Z] - YYYY-MM-DD` section, a release of the
//   same major is newer (vX would move back), dist/ is stale, or `npm test` fails.
// Without --push it prints the two push commands; with it, it runs them (the major tag needs
// --force, since it moves).
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { distChanges } from './check-dist.mjs'

class Refusal extends Error {}

function git(cwd, args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

function tryGit(cwd, args) {
  try {
    return git(cwd, args).trim()
  } catch {
    return undefined
  }
}

function parseVersion(text) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text ?? '')
  return m ? m.slice(1).map(Number) : undefined
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

/** The checks that need neither a build nor the tests, cheapest first. */
function checkRepository(cwd, version) {
  const parts = parseVersion(version)
  if (!parts || version.startsWith('v'))
    throw new Refusal(
      `"${version ?? ''}" is not a version: usage: npm run release -- X.Y.Z [--push]`
    )
  const tag = `v${version}`
  if (tryGit(cwd, ['status', '--porcelain']) !== '')
    throw new Refusal(
      'the working tree has changes (or is not a git checkout): commit or stash them first'
    )
  if (tryGit(cwd, ['rev-parse', '--quiet', '--verify', `refs/tags/${tag}`]))
    throw new Refusal(
      `${tag} already exists: releases are never re-tagged; release the next version`
    )
  const pkg = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8'))
  if (pkg.version !== version)
    throw new Refusal(
      `package.json says ${pkg.version}: run npm version ${version} --no-git-tag-version and commit it`
    )
  const changelog = readFileSync(path.join(cwd, 'CHANGELOG.md'), 'utf8')
  const heading = new RegExp(
    `^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`,
    'm'
  )
  if (!heading.test(changelog))
    throw new Refusal(
      `CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased entries under it and commit`
    )
  const major = `v${parts[0]}`
  const newer = git(cwd, ['tag', '--list', `${major}.*`])
    .split('\n')
    .map(t => t.trim())
    .filter(t => parseVersion(t) && compare(parseVersion(t), parts) > 0)
  if (newer.length > 0)
    throw new Refusal(`${newer.join(', ')} is newer: ${major} would move back to ${tag}`)
  return { tag, major }
}

function release(cwd, version, { push = false, log = console.log } = {}) {
  const { tag, major } = checkRepository(cwd, version)
  log(`release ${tag}: rebuilding dist/`)
  const stale = distChanges(cwd)
  if (stale.length > 0)
    throw new Refusal(
      `dist/ is stale: npm run build changes ${stale.map(line => line.slice(3)).join(', ')}: commit the rebuilt dist/, then release`
    )
  log(`release ${tag}: npm test`)
  const test = spawnSync('npm', ['test'], { cwd, stdio: 'inherit' })
  if (test.status !== 0) throw new Refusal('npm test failed: fix it before releasing')
  const commit = git(cwd, ['rev-parse', 'HEAD']).trim()
  git(cwd, ['tag', '--annotate', '--message', `kep-gate ${tag}`, tag, commit])
  git(cwd, ['tag', '--force', '--annotate', '--message', `kep-gate ${tag}`, major, commit])
  log(`tagged ${tag} and moved ${major} to ${commit}`)
  const pushes = [
    ['push', 'origin', `refs/tags/${tag}`],
    ['push', '--force', 'origin', `refs/tags/${major}`]
  ]
  if (!push) {
    log('publish with:')
    for (const args of pushes) log(`  git ${args.join(' ')}`)
    return
  }
  for (const args of pushes) git(cwd, args)
  log(`pushed ${tag} and ${major}`)
}

function main() {
  const args = process.argv.slice(2)
  const push = args.includes('--push')
  const versions = args.filter(a => a !== '--push')
  try {
    if (versions.length !== 1) throw new Refusal('usage: npm run release -- X.Y.Z [--push]')
    release(process.cwd(), versions[0], { push })
  } catch (error) {
    // A refusal, or a git or npm command that failed: one line, no stack trace.
    console.error(`release refused: ${error.message.split('\n')[0]}`)
    process.exit(1)
  }
}

main()
