/**
 * Io
 * ==
 * Where a command writes: stdout and stderr in the real program, arrays in tests.
 */
import { vietnamToday } from '../core/index.ts'
export interface Io {
  out(text: string): void
  err(text: string): void
  /**
   * A progress line, rewritten in place (null wipes it); absent where nobody would see it rewritten.
   * Only `progress.ts` calls it.
   */
  progress?(text: string | null): void
  /** Today's date, `YYYY-MM-DD`, in Vietnam (UTC+7). */
  today(): string
  /** This moment, ISO 8601 in UTC (for the time a file was made). */
  now(): string
}

/** Writes to the process streams. */
export const processIo: Io = {
  out: (text) => {
    process.stdout.write(`${text}\n`)
  },
  err: (text) => {
    process.stderr.write(`${text}\n`)
  },
  // On a terminal only: carriage return, the text, and "erase to the end of the line".
  ...(process.stderr.isTTY && {
    progress: (text: string | null) => {
      process.stderr.write(`\r${text ?? ''}\u001b[K`)
    },
  }),
  today: () => vietnamToday(Date.now()),
  now: () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
}

/** Collects output in memory (for tests). */
export function memoryIo(
  today = '2026-11-28',
): Io & { stdout: string[]; stderr: string[]; progressLines: Array<string | null> } {
  const stdout: string[] = []
  const stderr: string[] = []
  const progressLines: Array<string | null> = []
  return {
    stdout,
    stderr,
    progressLines,
    progress: (t) => {
      progressLines.push(t)
    },
    out: (t) => {
      stdout.push(t)
    },
    err: (t) => {
      stderr.push(t)
    },
    today: () => today,
    now: () => `${today}T03:00:00Z`,
  }
}
