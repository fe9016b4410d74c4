import { spawn, type ChildProcess } from 'node:child_process'
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
 * The one place git starts. Arguments go as an array (never through a shell), so text from the
 * repository, a pull request or an input can never become a command.
 */
function spawnGit(cwd: string, args: readonly string[], stdin: 'ignore' | 'pipe'): ChildProcess {
  return spawn('git', [...SAFE_CONFIG, ...args], {
    cwd,
    stdio: [stdin, 'pipe', 'pipe'],
    env: {
      ...process.env,
      // No credential prompt for an https remote. ssh is left as configured: actions/checkout's
      // ssh-key lives in core.sshCommand, which a GIT_SSH_COMMAND here would override.
      GIT_TERMINAL_PROMPT: '0',
      GIT_OPTIONAL_LOCKS: '0',
      LC_ALL: 'C'
    }
  })
}

function startError(error: Error): UserError {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
  return new UserError(
    missing
      ? 'git is not installed or not on PATH: kep-gate needs git'
      : `git failed to start: ${error.message}`
  )
}

/** Runs git to the end and collects its output; `input`, if given, is written to its stdin. */
export function execGit(
  cwd: string,
  args: readonly string[],
  input?: string | Buffer
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(cwd, args, input === undefined ? 'ignore' : 'pipe')
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', error => reject(startError(error)))
    child.on('close', code =>
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8')
      })
    )
    if (input !== undefined) {
      // git may exit before reading everything (a bad revision); its exit code tells the story.
      child.stdin!.on('error', () => undefined)
      child.stdin!.end(input)
    }
  })
}

/**
 * `git <producer> | git <consumer>` without a shell, streaming: for `git log -p | git patch-id`,
 * whose middle can be far larger than its answer. The code is non-zero if either side failed.
 */
export function pipeGit(
  cwd: string,
  producer: readonly string[],
  consumer: readonly string[]
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const from = spawnGit(cwd, producer, 'ignore')
    const to = spawnGit(cwd, consumer, 'pipe')
    const out: Buffer[] = []
    const err: Buffer[] = []
    from.stdout!.pipe(to.stdin!)
    // Writes to a consumer that has exited fail (EPIPE); the exit codes below tell the story.
    to.stdin!.on('error', () => undefined)
    to.stdout!.on('data', (chunk: Buffer) => out.push(chunk))
    for (const child of [from, to]) {
      child.stderr!.on('data', (chunk: Buffer) => err.push(chunk))
      child.on('error', error => reject(startError(error)))
    }
    const codes: number[] = []
    const done = (other: ChildProcess) => (code: number | null) => {
      codes.push(code ?? 1)
      // A side that failed leaves the other blocked on a pipe nobody reads or writes: end it.
      if (code !== 0 && other.exitCode === null && other.signalCode === null) other.kill()
      if (codes.length < 2) return
      resolve({
        code: codes.find(c => c !== 0) ?? 0,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8')
      })
    }
    from.on('close', done(to))
    to.on('close', done(from))
    // A consumer that stopped reading without failing: let the producer's output drain away.
    to.on('close', () => from.stdout!.unpipe().resume())
  })
}

/** Like execGit, but a non-zero exit is undefined: for questions whose answer may be "none". */
export async function tryGit(cwd: string, args: readonly string[]): Promise<string | undefined> {
  const result = await execGit(cwd, args)
  return result.code === 0 ? result.stdout.toString('utf8') : undefined
}
