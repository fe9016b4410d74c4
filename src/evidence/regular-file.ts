import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  promises as fs,
  readSync,
  statSync,
  type Stats
} from 'node:fs'
import { DataError, oneLine, UserError } from '../errors.js'

// The one rule for reading a file someone else controls (a checkout, a policy, an event payload):
// regular files only, and at most MAX_FILE_BYTES of them. A FIFO would block a read for ever, a
// device (/dev/zero) never ends, and a huge file is not evidence anyone wrote by hand. The file
// is opened without blocking and judged by fstat on the open descriptor, so what is read is what
// was judged, even if the path is swapped in between.

/** 16 MB: the largest generated Kubernetes file is under 1 MB. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024

export interface ReadLimits {
  /** Bytes above which the file is refused (default MAX_FILE_BYTES). */
  maxBytes?: number
  /** Refuse a symbolic link at the path itself (O_NOFOLLOW) instead of following it. */
  noFollow?: boolean
}

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK

/** The text of a regular file; anything else, or one too large, is a DataError naming `shown`. */
export async function readRegularFile(
  abs: string,
  shown: string,
  limits: ReadLimits = {}
): Promise<string> {
  const max = limits.maxBytes ?? MAX_FILE_BYTES
  let handle: fs.FileHandle
  try {
    // Judged before it is opened too: opening a device can have effects of its own.
    judge(await (limits.noFollow ? fs.lstat(abs) : fs.stat(abs)), shown, max)
    handle = await fs.open(abs, flags(limits))
  } catch (error) {
    throw error instanceof DataError ? error : unreadable(shown, error)
  }
  try {
    const { size } = judge(await handle.stat(), shown, max)
    const text = new Collected(shown, max)
    // Read to the end rather than trusting the size: the file may grow while it is read.
    for (let chunk = text.next(size); ; chunk = text.next(size)) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (!text.add(chunk, bytesRead)) break
    }
    return text.toString()
  } catch (error) {
    throw error instanceof DataError ? error : unreadable(shown, error)
  } finally {
    await handle.close()
  }
}

/** The blocking twin of readRegularFile, for readers of many small files at once. */
export function readRegularFileSync(abs: string, shown: string, limits: ReadLimits = {}): string {
  const max = limits.maxBytes ?? MAX_FILE_BYTES
  let fd: number
  try {
    judge(limits.noFollow ? lstatSync(abs) : statSync(abs), shown, max)
    fd = openSync(abs, flags(limits))
  } catch (error) {
    throw error instanceof DataError ? error : unreadable(shown, error)
  }
  try {
    const { size } = judge(fstatSync(fd), shown, max)
    const text = new Collected(shown, max)
    for (let chunk = text.next(size); ; chunk = text.next(size))
      if (!text.add(chunk, readSync(fd, chunk, 0, chunk.length, null))) break
    return text.toString()
  } catch (error) {
    throw error instanceof DataError ? error : unreadable(shown, error)
  } finally {
    closeSync(fd)
  }
}

/** The chunks of a file read so far, refused once they pass the limit. */
class Collected {
  private readonly chunks: Buffer[] = []
  private total = 0

  constructor(
    private readonly shown: string,
    private readonly max: number
  ) {}

  /** A buffer for the next read: the rest of the expected size, within the limit. */
  next(expected: number): Buffer {
    return Buffer.allocUnsafe(Math.min(this.max + 1 - this.total, Math.max(expected + 1, 4096)))
  }

  /** Keeps what a read gave; false at the end of the file. */
  add(chunk: Buffer, bytesRead: number): boolean {
    if (bytesRead === 0) return false
    this.total += bytesRead
    if (this.total > this.max) throw tooLarge(this.shown, undefined, this.max)
    this.chunks.push(chunk.subarray(0, bytesRead))
    return true
  }

  toString(): string {
    return Buffer.concat(this.chunks, this.total).toString('utf8')
  }
}

function flags(limits: ReadLimits): number {
  return limits.noFollow ? OPEN_FLAGS | (constants.O_NOFOLLOW ?? 0) : OPEN_FLAGS
}

/** The stats of a regular file within the limit; anything else is a DataError. */
function judge(stats: Stats, shown: string, max: number): Stats {
  if (stats.isSymbolicLink())
    throw new DataError(shown, undefined, 'is a symbolic link where a file was expected')
  if (stats.isDirectory())
    throw new DataError(shown, undefined, 'is a folder where a file was expected')
  if (!stats.isFile()) throw notRegular(shown, stats)
  if (stats.size > max) throw tooLarge(shown, stats.size, max)
  return stats
}

/** What kind of thing is at a path that is not a regular file, in a user's words. */
export function notRegular(shown: string, stats: Stats): DataError {
  const what = stats.isFIFO()
    ? 'a FIFO'
    : stats.isCharacterDevice() || stats.isBlockDevice()
      ? 'a device'
      : stats.isSocket()
        ? 'a socket'
        : 'not a file'
  return new DataError(
    shown,
    undefined,
    `is not a regular file (it is ${what}); kep-gate reads regular files only`
  )
}

/** The error for a file of `size` bytes, when that is above the limit; else undefined. */
export function sizeProblem(shown: string, size: number): DataError | undefined {
  return size > MAX_FILE_BYTES ? tooLarge(shown, size, MAX_FILE_BYTES) : undefined
}

/** `size` when the file system said it; a file that grew while it was read has none. */
function tooLarge(shown: string, size: number | undefined, max: number): DataError {
  const said = size === undefined ? '' : ` (${size.toLocaleString('en-US')} bytes)`
  return new DataError(
    shown,
    undefined,
    `is larger than ${megabytes(max)}${said}; kep-gate reads files up to that size only`
  )
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`
}

/** An error from the file system, in one line that names the file. */
export function unreadable(shown: string, error: unknown): DataError {
  const code = (error as NodeJS.ErrnoException).code
  return new DataError(
    shown,
    undefined,
    code === 'EISDIR'
      ? 'is a folder where a file was expected'
      : code === 'EACCES' || code === 'EPERM'
        ? 'cannot be read (permission denied)'
        : code === 'ELOOP'
          ? 'is a symbolic link where a file was expected'
          : code === 'ENOENT'
            ? 'does not exist'
            : `cannot be read (${code ?? 'unknown error'})`
  )
}

/**
 * A file the user named with a flag or an input: its text, or one UserError
 * `<named> <what is wrong>: <fix>` (`policy file "x.yaml" is not a regular file (…): give …`).
 */
export async function readNamedFile(
  abs: string,
  named: string,
  fix: string,
  limits?: ReadLimits
): Promise<string> {
  try {
    return await readRegularFile(abs, named, limits)
  } catch (error) {
    const reason = error instanceof DataError ? error.reason : oneLine(error)
    throw new UserError(`${named} ${reason}: ${fix}`)
  }
}
