/**
 * Load dataset
 * ============
 * Reads the embedded network or a `--data` file (a regular file, size-capped, UTF-8) and validates it
 * with the core. The only place the CLI touches the file system for network data.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  DEFAULT_JSON_LIMITS,
  datasetFromParts,
  parseDataset,
  type DatasetIssue,
  type ParseResult,
  type ValidatedParts,
} from '../core/index.ts'
import { FileTooLargeError, readInputFile } from './read-input-file.ts'

/** The dataset shipped with the product. */
// Both paths are relative to this module's folder; the bundled CLI (build/cli/) sits as deep as src/cli/.
export const EMBEDDED_DATA_PATH = fileURLToPath(new URL('../../data/network.json', import.meta.url))
export const EMBEDDED_TOURS_PATH = fileURLToPath(new URL('../../data/tours.json', import.meta.url))

/**
 * The embedded dataset as validated when the command line was built (`scripts/build-cli.mjs`), with
 * the SHA-256 of the bytes it came from. Used only while the file still has those bytes: validating
 * the same bytes again would give the same dataset, and is most of a short command's time.
 */
const VALIDATED_EMBEDDED_PATH = fileURLToPath(new URL('./network.validated.json', import.meta.url))

interface ValidatedFile {
  readonly sha256: string
  readonly warnings: readonly DatasetIssue[]
  readonly omittedWarnings?: number
  readonly parts: ValidatedParts
}

/** Largest file read, in bytes (the same cap as the parser's character cap). */
export const MAX_FILE_BYTES = DEFAULT_JSON_LIMITS.maxChars

/** The embedded dataset from its validated copy, when that copy is of these very bytes. */
function fromValidatedCopy(text: string): ParseResult | null {
  let copy: string
  try {
    copy = readFileSync(VALIDATED_EMBEDDED_PATH, 'utf8')
  } catch {
    return null // no copy (running from the sources): validate the file
  }
  return resultFromCopy(text, copy)
}

/** The result kept in `copy` (a validated copy's text) if it is of `text`'s bytes; else null. */
export function resultFromCopy(text: string, copy: string): ParseResult | null {
  let kept: ValidatedFile
  try {
    kept = JSON.parse(copy) as ValidatedFile
  } catch {
    return null // an unreadable copy: validate the file
  }
  if (kept.sha256 !== sha256(text)) return null
  try {
    const omitted = kept.omittedWarnings ? { omittedWarnings: kept.omittedWarnings } : {}
    return { ok: true, dataset: datasetFromParts(kept.parts), warnings: kept.warnings, ...omitted }
  } catch {
    return null
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** The text of a validated copy of `text`, from its result parsed with `keepParts`. */
export function validatedCopy(text: string, result: ParseResult & { ok: true }): string {
  if (!result.parts) throw new Error('validatedCopy: parse with keepParts')
  const kept: ValidatedFile = {
    sha256: sha256(text),
    warnings: result.warnings,
    ...(result.omittedWarnings && { omittedWarnings: result.omittedWarnings }),
    parts: result.parts,
  }
  return JSON.stringify(kept)
}

/**
 * Reads and validates a dataset file; errors reading the file itself become a UserError. `fresh`
 * validates even the embedded file (the `validate` command's job), never reading the validated copy.
 */
export function readDatasetFile(
  path: string | undefined,
  { fresh = false }: { fresh?: boolean } = {},
): { path: string; result: ParseResult } {
  const file = path ?? EMBEDDED_DATA_PATH
  try {
    const text = readInputFile(file, '--data', MAX_FILE_BYTES)
    if (file !== EMBEDDED_DATA_PATH) return { path: file, result: parseDataset(text) }
    // Building the command line writes the validated copy (see VALIDATED_EMBEDDED_PATH).
    const writing = process.env.HERITAGE_ROUTES_WRITE_VALIDATED_DATA === '1'
    const copied = writing || fresh ? null : fromValidatedCopy(text)
    if (copied) return { path: file, result: copied }
    const result = parseDataset(text, { keepParts: writing })
    if (writing && result.ok) writeFileSync(VALIDATED_EMBEDDED_PATH, validatedCopy(text, result))
    return { path: file, result }
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
