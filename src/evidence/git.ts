import { spawn } from 'node:child_process'
import { UserError } from '../errors.js'

export interface GitResult {
  code: number
  stdout: Buffer
  stderr: string
}

// Settings a checkout's own .git/config could use to run programs or slow us down; the checkout
// is untrusted, so every call turns them off.
const SAFE_CONFIG = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'diff.external='
]

/**
 * The one place git runs. Arguments go as an array (never through a shell), so text from the
 * repository, a pull request or an input can never become a command.
 */
export function execGit(cwd: string, args: readonly string[]): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE_CONFIG, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', error => {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
      reject(
        new UserError(
          missing
            ? 'git is not installed or not on PATH: kep-gate needs git'
            : `git failed to start: ${error.message}`
        )
      )
    })
    child.on('close', code =>
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8')
      })
    )
  })
}

/** Like execGit, but a non-zero exit is undefined: for questions whose answer may be "none". */
export async function tryGit(cwd: string, args: readonly string[]): Promise<string | undefined> {
  const result = await execGit(cwd, args)
  return result.code === 0 ? result.stdout.toString('utf8') : undefined
}
