/**
 * Io
 * ==
 * Where a command writes: stdout and stderr in the real program, arrays in tests.
 */
export interface Io {
  out(text: string): void
  err(text: string): void
}

/** Writes to the process streams. */
export const processIo: Io = {
  out: (text) => { process.stdout.write(`${text}\n`) },
  err: (text) => { process.stderr.write(`${text}\n`) },
}

/** Collects output in memory (for tests). */
export function memoryIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (t) => { stdout.push(t) }, err: (t) => { stderr.push(t) } }
}
