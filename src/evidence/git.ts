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
  'diff.external=',
  // Verifying signatures runs gpg.program, and its output would land among a log's records.
  '-c',
  'log.showSignature=false'
]

/** Every git still running, with the promise of its end: nothing of ours may outlive a run. */
const running = new Map<ChildProcess, Promise<void>>()

/**
 * The one place git starts. Arguments go as an array (never through a shell), so text from the
 * repository, a pull request or an input can never become a command.
 */
function spawnGit(cwd: string, args: readonly string[], stdin: 'ignore' | 'pipe'): ChildProcess {
  const child = spawn('git', [...SAFE_CONFIG, ...args], {
    cwd,
    stdio: [stdin, 'pipe', 'pipe'],
    env: {
      ...process.env,
      // No credential prompt for an https remote. ssh is left as configured: actions/checkout's
      // ssh-key lives in core.sshCommand, which a GIT_SSH_COMMAND here would override.
      GIT_TERMINAL_PROMPT: '0',
      GIT_OPTIONAL_LOCKS: '0',
      // Into a pipe git flushes after every commit or line: thousands of tiny reads for us.
      GIT_FLUSH: '0',
      LC_ALL: 'C'
    }
  })
  running.set(
    child,
    new Promise(resolve => {
      const done = () => {
        running.delete(child)
        resolve()
      }
      child.on('close', done)
      // A git that never started emits 'error' and may never close.
      child.on('error', done)
    })
  )
  return child
}

/**
 * Ends every git this process started and is still running, and waits until each has exited.
 * The edges call it before they return, so an early error leaves no search or fetch behind.
 */
export async function stopGit(): Promise<void> {
  for (const child of running.keys())
    if (child.exitCode === null && child.signalCode === null) child.kill()
  await Promise.all(running.values())
}

function startError(error: Error): UserError {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
  return new UserError(
    missing
      ? 'git is not installed or not on PATH: kep-gate needs git'
      : `git failed to start: ${error.message}`
  )
}

/**
 * Runs git to the end, handing its output to `onData` as it comes (a history far larger than its
 * answer need not sit in memory); `input`, if given, is written to its stdin.
 */
export function streamGit(
  cwd: string,
  args: readonly string[],
  onData: (chunk: Buffer) => void,
  input?: string
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(cwd, args, input === undefined ? 'ignore' : 'pipe')
    const err: Buffer[] = []
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', error => reject(startError(error)))
    child.on('close', code =>
      resolve({ code: code ?? 1, stderr: Buffer.concat(err).toString('utf8') })
    )
    if (input !== undefined) {
      // git may exit before reading everything (a bad revision); its exit code tells the story.
      child.stdin!.on('error', () => undefined)
      child.stdin!.end(input)
    }
  })
}

/** Runs git to the end and collects its output; `input`, if given, is written to its stdin. */
export async function execGit(
  cwd: string,
  args: readonly string[],
  input?: string
): Promise<GitResult> {
  const out: Buffer[] = []
  const { code, stderr } = await streamGit(cwd, args, chunk => out.push(chunk), input)
  return { code, stdout: Buffer.concat(out), stderr }
}

/**
 * `git <producer> | git <consumer>` without a shell, streaming: for `git diff-tree -p | git
 * patch-id`, whose middle can be far larger than its answer. `input` goes to the producer's
 * stdin. The code is non-zero if either side failed.
 */
export function pipeGit(
  cwd: string,
  producer: readonly string[],
  consumer: readonly string[],
  input?: string
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const from = spawnGit(cwd, producer, input === undefined ? 'ignore' : 'pipe')
    const to = spawnGit(cwd, consumer, 'pipe')
    const out: Buffer[] = []
    const err: Buffer[] = []
    from.stdout!.pipe(to.stdin!)
    // Writes to a side that has exited fail (EPIPE); the exit codes below tell the story.
    to.stdin!.on('error', () => undefined)
    if (input !== undefined) {
      from.stdin!.on('error', () => undefined)
      from.stdin!.end(input)
    }
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
export async function tryGit(
  cwd: string,
  args: readonly string[],
  input?: string
): Promise<string | undefined> {
  const result = await execGit(cwd, args, input)
  return result.code === 0 ? result.stdout.toString('utf8') : undefined
}

/** git's own reason, one line: its `fatal:`/`error:` line rather than the hints around it. */
export function gitReason(stderr: string): string | undefined {
  const lines = stderr.trim().split('\n').filter(Boolean)
  return lines.find(l => /^(fatal|error):/.test(l)) ?? lines[0]
}

/** A full commit id as git writes it: 40 hex digits (SHA-1), or 64 (SHA-256). */
export function isFullSha(text: string): boolean {
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(text)
}
