// What the generated trees share: writing many files fast, remembering the parameters a tree was
// made with (so a run can reuse it), and committing it, since kep-gate reads checkouts through git.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const MARKER = path.join('.git', 'kep-gate-bench.json')

/** Whether dir holds a tree generated with exactly these parameters. */
export function markerMatches(dir, params) {
  try {
    return fs.readFileSync(path.join(dir, MARKER), 'utf8').trim() === JSON.stringify(params)
  } catch {
    return false
  }
}

export function writeMarker(dir, params) {
  fs.writeFileSync(path.join(dir, MARKER), JSON.stringify(params) + '\n')
}

// Caches created directories: mkdir per file would cost more than the writes themselves.
export function createWriter(dir) {
  const made = new Set()
  const writer = { count: 0, bytes: 0 }
  writer.write = (rel, text) => {
    const abs = path.join(dir, rel)
    const parent = path.dirname(abs)
    if (!made.has(parent)) {
      fs.mkdirSync(parent, { recursive: true })
      made.add(parent)
    }
    fs.writeFileSync(abs, text)
    writer.count++
    writer.bytes += Buffer.byteLength(text)
  }
  return writer
}

/** Commits everything in dir on `branch`, then points `alsoBranches` at the same commit. */
export function commitTree(dir, branch, alsoBranches = []) {
  git(dir, ['init', '-q', '-b', branch])
  // Auto-gc would repack hundreds of MB right after the commit; light compression keeps `add` quick.
  git(dir, ['config', 'gc.auto', '0'])
  git(dir, ['config', 'core.looseCompression', '1'])
  git(dir, ['add', '-A'])
  git(dir, [
    '-c',
    'user.name=bench',
    '-c',
    'user.email=bench@example.com',
    'commit',
    '-q',
    '-m',
    'tree'
  ])
  for (const other of alsoBranches) git(dir, ['branch', other])
}

export function git(dir, args) {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`git ${args.join(' ')} failed in ${dir}:\n${result.stderr || result.error}`)
  }
  return result.stdout
}

/**
 * `count` directories below the given roots, grown as real source trees grow: each new one is a
 * child of an existing one, shallow ones more often than deep ones. Returns them in creation
 * order (every parent before its children). `roots()` names a top directory (it may repeat one);
 * `name()` a directory name.
 */
export function growDirectories(rng, count, roots, name) {
  const dirs = []
  const seen = new Set()
  const add = dir => {
    if (seen.has(dir)) return false
    seen.add(dir)
    dirs.push(dir)
    return true
  }
  while (dirs.length < count) {
    if (dirs.length === 0 || rng.chance(0.03)) {
      add(roots())
      continue
    }
    // Squaring the draw favours early (shallow) parents: real trees are bushy near the top.
    const parent = dirs[Math.floor(dirs.length * rng.next() ** 2)]
    let child = `${parent}/${name()}`
    for (let n = 2; seen.has(child); n++) child = `${parent}/${name()}${n}`
    add(child)
  }
  return dirs
}

/** Every directory that holds a file or a directory with files, the root not counted. */
export function countDirectories(files) {
  const dirs = new Set()
  for (const file of files) {
    for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
      const dir = file.slice(0, slash)
      if (dirs.has(dir)) break
      dirs.add(dir)
    }
  }
  return dirs.size
}
