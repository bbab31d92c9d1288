/**
 * Load dataset
 * ============
 * Reads the embedded network or a `--data` file, checks its size before reading, and validates it
 * with the core. The only place the CLI touches the file system for data.
 */
import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { DEFAULT_JSON_LIMITS, parseDataset, type ParseResult } from '../core/index.ts'
import { UserError } from './user-error.ts'

/** The dataset shipped with the product. */
export const EMBEDDED_DATA_PATH = fileURLToPath(new URL('../../data/network.json', import.meta.url))

/** Largest file read, in bytes (the same cap as the parser's character cap). */
export const MAX_FILE_BYTES = DEFAULT_JSON_LIMITS.maxChars

/** Reads and validates a dataset file; errors reading the file itself become a UserError. */
export function readDatasetFile(path: string | undefined): { path: string; result: ParseResult } {
  const file = path ?? EMBEDDED_DATA_PATH
  let size: number
  try {
    const stat = statSync(file)
    if (stat.isDirectory()) throw new UserError(`--data ${file}: is a folder, not a JSON file`)
    size = stat.size
  } catch (error) {
    if (error instanceof UserError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new UserError(
      `--data ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`}`,
    )
  }
  if (size > MAX_FILE_BYTES) {
    return {
      path: file,
      result: {
        ok: false,
        warnings: [],
        errors: [
          {
            code: 'E_FILE_TOO_LARGE',
            severity: 'error',
            path: '',
            message: `the file has ${size} bytes; the cap is ${MAX_FILE_BYTES}`,
          },
        ],
      },
    }
  }
  const text = readFileSync(file, 'utf8')
  return { path: file, result: parseDataset(text) }
}
