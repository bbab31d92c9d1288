/**
 * Tours file
 * ==========
 * Every saved tour in one file, to back up or to move to another browser:
 * `{ "format": "heritage-routes/saved-tours", "schemaVersion": N, "tours": [...] }` in canonical
 * JSON (export, import, export gives the same bytes). Reading one checks the text like a dataset
 * (size, syntax with line and column, forbidden keys, depth), then each tour on its own: a bad tour
 * is skipped with a message naming it and its field, and the good ones still load.
 */
import { parseJsonText, scanJsonValue, type JsonLimits } from '../dataset/safe-json.ts'
import { canonicalJson } from '../export/canonical-json.ts'
import { readStoredTour, SAVED_TOUR_SCHEMA_VERSION, type SavedTour } from './saved-tour.ts'

export const TOURS_FILE_FORMAT = 'heritage-routes/saved-tours'
/** Most tours one file may hold, and its largest size. */
export const MAX_TOURS_IN_FILE = 5000
export const TOURS_FILE_LIMITS: JsonLimits = { maxChars: 16 * 1024 * 1024, maxDepth: 12, maxStringLength: 10_000 }

/** The file for a list of tours, sorted by creation then id. */
export function toursFileText(tours: readonly SavedTour[]): string {
  const sorted = [...tours].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
  return canonicalJson({ format: TOURS_FILE_FORMAT, schemaVersion: SAVED_TOUR_SCHEMA_VERSION, tours: sorted })
}

export interface ToursFileProblem {
  /** Index of the tour in the file, or null for the file as a whole. */
  readonly index: number | null
  readonly id: string | null
  readonly message: string
}

export type ToursFile =
  | { readonly ok: true; readonly tours: readonly SavedTour[]; readonly skipped: readonly ToursFileProblem[] }
  | { readonly ok: false; readonly problems: readonly ToursFileProblem[] }

const whole = (message: string): ToursFile => ({ ok: false, problems: [{ index: null, id: null, message }] })

/** Reads a tours file. Never throws. */
export function parseToursFile(text: string): ToursFile {
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ''), TOURS_FILE_LIMITS)
  if (!parsed.ok) return whole(parsed.issue.message)
  const scan = scanJsonValue(parsed.value, TOURS_FILE_LIMITS, 20)
  if (scan.length > 0)
    return {
      ok: false,
      problems: scan.map((i) => ({ index: null, id: null, message: `${i.path || 'file'}: ${i.message}` })),
    }
  const doc = parsed.value as { format?: unknown; schemaVersion?: unknown; tours?: unknown }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    return whole('the file is not a tours file (an object was expected)')
  if (doc.format !== TOURS_FILE_FORMAT) return whole(`format: expected "${TOURS_FILE_FORMAT}"`)
  const version = doc.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return whole('schemaVersion: must be a whole number from 1')
  if (version > SAVED_TOUR_SCHEMA_VERSION)
    return whole(`schemaVersion: the file is from a newer version (${version}) of the app; update the app to read it`)
  if (!Array.isArray(doc.tours)) return whole('tours: must be a list')
  if (doc.tours.length > MAX_TOURS_IN_FILE)
    return whole(`tours: ${doc.tours.length} tours; a file holds at most ${MAX_TOURS_IN_FILE}`)
  const tours: SavedTour[] = []
  const skipped: ToursFileProblem[] = []
  const seen = new Set<string>()
  doc.tours.forEach((data, index) => {
    const read = readStoredTour({ schemaVersion: version, savedAt: '', data })
    if (!read.ok) {
      skipped.push({ index, id: read.id, message: read.kind === 'corrupt' ? read.message : 'from a newer version' })
      return
    }
    if (seen.has(read.tour.id)) {
      skipped.push({ index, id: read.tour.id, message: 'id: the same tour is in the file twice; the first is kept' })
      return
    }
    seen.add(read.tour.id)
    tours.push(read.tour)
  })
  return { ok: true, tours, skipped }
}

/**
 * What importing `incoming` into `existing` does: a tour already there unchanged is skipped; one with
 * the same id but different content is added as a copy (a new id from `newId`, its name marked), so
 * nothing already saved is overwritten.
 */
export function planImport(
  existing: readonly SavedTour[],
  incoming: readonly SavedTour[],
  newId: () => string,
  copySuffix: string,
): { add: SavedTour[]; unchanged: number; copies: number } {
  const byId = new Map(existing.map((t) => [t.id, t]))
  const add: SavedTour[] = []
  let unchanged = 0,
    copies = 0
  for (const tour of incoming) {
    const have = byId.get(tour.id)
    if (!have) add.push(tour)
    else if (canonicalJson(have) === canonicalJson(tour)) unchanged++
    else {
      copies++
      add.push({ ...tour, id: newId(), name: `${tour.name}${copySuffix}`.slice(0, 200), revision: 1 })
    }
  }
  return { add, unchanged, copies }
}
