/**
 * Load dataset
 * ============
 * Reads the embedded network or a `--data` file (a regular file, size-capped, UTF-8) and validates it
 * with the core. The only place the CLI touches the file system for network data.
 */
import { fileURLToPath } from 'node:url'
import { DEFAULT_JSON_LIMITS, parseDataset, type ParseResult } from '../core/index.ts'
import { FileTooLargeError, readInputFile } from './read-input-file.ts'

/** The dataset shipped with the product. */
// Both paths are relative to this module's folder; the bundled CLI (build/cli/) sits as deep as src/cli/.
export const EMBEDDED_DATA_PATH = fileURLToPath(new URL('../../data/network.json', import.meta.url))
export const EMBEDDED_TOURS_PATH = fileURLToPath(new URL('../../data/tours.json', import.meta.url))

/** Largest file read, in bytes (the same cap as the parser's character cap). */
export const MAX_FILE_BYTES = DEFAULT_JSON_LIMITS.maxChars

/** Reads and validates a dataset file; errors reading the file itself become a UserError. */
export function readDatasetFile(path: string | undefined): { path: string; result: ParseResult } {
  const file = path ?? EMBEDDED_DATA_PATH
  try {
    return { path: file, result: parseDataset(readInputFile(file, '--data', MAX_FILE_BYTES)) }
  } catch (error) {
    // Too large is a property of the dataset, reported like its other problems (with its code).
    if (!(error instanceof FileTooLargeError)) throw error
    const issue = {
      code: 'E_FILE_TOO_LARGE' as const,
      severity: 'error' as const,
      path: '',
      message: `the file has ${error.bytes} bytes; the cap is ${error.cap}`,
    }
    return { path: file, result: { ok: false, errors: [issue], warnings: [] } }
  }
}
