/**
 * Read input file
 * ===============
 * Reads a file the user names (`--data`, `--tours`) safely: only a regular file, never a FIFO, a
 * device or a folder (which could block, or grow forever); the size cap checked before and during the
 * read; UTF-8 with or without a byte-order mark, and a clear word for anything else.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { UserError } from './user-error.ts'

const CHUNK = 1 << 20

/** The file is larger than the cap (before or during the read). */
export class FileTooLargeError extends UserError {
  constructor(
    message: string,
    readonly bytes: number,
    readonly cap: number,
  ) {
    super(message)
  }
}

function describeKind(stat: ReturnType<typeof fstatSync>): string {
  if (stat.isDirectory()) return 'is a folder, not a file'
  if (stat.isFIFO()) return 'is not a regular file (a named pipe)'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is not a regular file (a device)'
  if (stat.isSocket()) return 'is not a regular file (a socket)'
  return 'is not a regular file'
}

function openError(option: string, file: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : code === 'ELOOP'
            ? 'too many symbolic links'
            : `cannot be read (${code ?? 'unknown error'})`
  return new UserError(`${option} ${file}: ${why}`)
}

/** Decodes bytes as UTF-8 text: drops a byte-order mark, names UTF-16 and invalid UTF-8. */
export function decodeUtf8(bytes: Uint8Array, option: string, file: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    throw new UserError(
      `${option} ${file}: the file is UTF-16 (${bytes[0] === 0xff ? 'little' : 'big'}-endian); save it as UTF-8`,
    )
  // Text with a zero byte every other byte and no byte-order mark is UTF-16 too.
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0)
    throw new UserError(`${option} ${file}: the file looks like UTF-16 (little-endian); save it as UTF-8`)
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0)
    throw new UserError(`${option} ${file}: the file looks like UTF-16 (big-endian); save it as UTF-8`)
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start))
  } catch {
    throw new UserError(
      `${option} ${file}: not valid UTF-8 (byte ${firstInvalidUtf8(bytes, start)}); save it as UTF-8 (it may be Latin-1 or Windows-1258)`,
    )
  }
}

/** Offset of the first byte that breaks UTF-8 (a linear scan, for the message only). */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length;) {
    const b = bytes[i]!
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1
    if (extra < 0) return i
    for (let k = 1; k <= extra; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i
    i += extra + 1
  }
  return bytes.length
}

/** Reads a regular file of at most `maxBytes` as UTF-8 text (see `readInputBytes`). */
export function readInputFile(file: string, option: string, maxBytes: number): string {
  return decodeUtf8(readInputBytes(file, option, maxBytes), option, file)
}

/**
 * Reads a regular file of at most `maxBytes`. Opens without blocking (a FIFO with no writer would
 * hang a plain open), refuses anything but a regular file, and stops reading past the cap even when
 * the file grows while it is read.
 */
export function readInputBytes(file: string, option: string, maxBytes: number): Uint8Array {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw openError(option, file, error)
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new UserError(`${option} ${file}: ${describeKind(stat)}`)
    if (stat.size > maxBytes)
      throw new FileTooLargeError(
        `${option} ${file}: the file has ${stat.size} bytes, larger than the cap of ${maxBytes}`,
        stat.size,
        maxBytes,
      )
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total))
      const read = readSync(fd, buffer, 0, buffer.length, null)
      if (read === 0) break
      total += read
      if (total > maxBytes)
        throw new FileTooLargeError(
          `${option} ${file}: the file grew past the cap of ${maxBytes} bytes while being read`,
          total,
          maxBytes,
        )
      chunks.push(buffer.subarray(0, read))
    }
    return Buffer.concat(chunks, total)
  } catch (error) {
    if (error instanceof UserError) throw error
    throw openError(option, file, error)
  } finally {
    closeSync(fd)
  }
}
