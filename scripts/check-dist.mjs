// Rebuilds dist/ and fails when the result differs from what is committed: a changed file, a
// file the build no longer writes, or a new one (a chunk with a new hash). CI's check-dist job
// runs it (`npm run check-dist`), and the release script refuses to tag while it fails.
import { execFileSync, spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'

/** `git status` lines for dist/ after a fresh `npm run build` in cwd; empty when dist/ is current. */
export function distChanges(cwd = process.cwd()) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd, stdio: 'inherit' })
  if (build.status !== 0) throw new Error('npm run build failed')
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], {
    cwd,
    encoding: 'utf8'
  })
    .split('\n')
    .filter(Boolean)
}

function main() {
  let changes
  try {
    changes = distChanges()
  } catch (error) {
    console.error(`check-dist: ${error.message}`)
    process.exit(1)
  }
  if (changes.length === 0) {
    console.log('dist/ matches src/')
    return
  }
  // On GitHub the line is also an annotation on the run.
  const prefix = process.env.GITHUB_ACTIONS === 'true' ? '::error::' : ''
  console.error(
    `${prefix}dist/ is stale: run npm run build and commit dist/ (${changes.length} changed)`
  )
  for (const line of changes) console.error(`  ${line}`)
  process.exit(1)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
