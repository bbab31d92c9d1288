/**
 * Import problems
 * ===============
 * Why a file given to the import cannot be read, as a key with its values, so that each language can
 * say it: the command line prints the English below, the app translates the key (its messages must
 * have one per key: the type checker asks). Readers throw `importRefusal(key, values)`.
 *
 * A record the import skips while reading a file it can read (a way naming a point the file lacks) is
 * a `RecordProblem`, keyed and worded the same way; the import's report lists them.
 */
import { CoreError } from '../errors.ts'

/** Each problem's English wording, from its values (the one place a reason is worded in English). */
export const IMPORT_PROBLEMS = {
  'file-empty': () => 'the file is empty',
  'osm-not-xml': () => 'not an OpenStreetMap XML file (no <osm> element)',
  'osm-cut-short': () => 'the file ends before </osm>: it was cut short',
  'pbf-not-pbf': () => 'not an OpenStreetMap PBF file (it does not start with an OSMHeader block)',
  'pbf-cut-short': (v: { byte: number }) =>
    `the file ends inside the block that starts at byte ${v.byte}: it was cut short`,
  'pbf-damaged': (v: { byte: number; detail: string }) =>
    `the block at byte ${v.byte} cannot be read (${v.detail}): the file is damaged`,
  'pbf-too-large': (v: { byte: number }) =>
    `the block at byte ${v.byte} is larger than the format allows: the file is damaged`,
  'pbf-compression': (v: { byte: number; compression: string }) =>
    `the block at byte ${v.byte} is compressed with ${v.compression}; this reader reads raw and zlib blocks`,
  'pbf-feature': (v: { byte: number; features: string }) =>
    `the file needs ${v.features} (block at byte ${v.byte}), which this reader does not support`,
  'pbf-history': (v: { byte: number }) =>
    `the file needs HistoricalInformation (block at byte ${v.byte}), which this reader does not support: use a current extract, not a history file`,
  'geojson-not-collection': () => 'not a GeoJSON FeatureCollection',
  'json-invalid': (v: { detail: string }) => v.detail,
  /** Any other refusal of a reader, in its own words. */
  unreadable: (v: { detail: string }) => v.detail,
  'overlay-not-object': () => 'overlay: must be a JSON object with places, links, projects and sources',
  'overlay-not-list': (v: { field: string }) => `overlay: ${v.field} must be a list`,
  'overlay-no-position': (v: { record: string }) => `overlay: ${v.record} needs numeric lat and lon`,
  'overlay-nothing-to-join': (v: { record: string }) =>
    `overlay: ${v.record}: the imported network has no place to join`,
  'speeds-not-object': () => 'speeds: must be a JSON object from kinds of way to km/h, e.g. { "primary": 50 }',
  'speeds-unknown-kind': (v: { kind: string; known: string }) =>
    `speeds: "${v.kind}" is not a kind of way this import keeps (${v.known})`,
  'speeds-out-of-range': (v: { kind: string; value: string; low: number; high: number }) =>
    `speeds: ${v.kind}: ${v.value} is not a speed in km/h between ${v.low} and ${v.high}`,
  'wrong-kind': (v: { expected: 'text' | 'bytes' }) =>
    v.expected === 'bytes'
      ? 'a PBF file is binary: it must be read as bytes, not text'
      : 'this format is text: it must be read as text, not bytes',
} as const

export type ImportProblemKey = keyof typeof IMPORT_PROBLEMS

/** A problem with its values, as the app receives it. */
export type ImportProblem = {
  [K in ImportProblemKey]: { readonly key: K; readonly values: Parameters<(typeof IMPORT_PROBLEMS)[K]>[0] }
}[ImportProblemKey]

/** A file that cannot be read, with the problem that says why (the message is its English). */
export class ImportRefusal extends CoreError {
  constructor(readonly problem: ImportProblem) {
    super('INVALID_IMPORT', wordingOf(problem))
    this.name = 'ImportRefusal'
  }
}

/** The English of a problem. */
export function wordingOf(problem: ImportProblem): string {
  const word = IMPORT_PROBLEMS[problem.key] as (values: unknown) => string
  return word(problem.values)
}

/** Each skipped record's English wording: the record first, then what was wrong and what was done. */
export const RECORD_PROBLEMS = {
  'way-missing-point': (v: { way: string; point: string }) =>
    `way ${v.way}: point ${v.point} is not in the file: way left out`,
  'node-no-position': (v: { node: string }) => `node ${v.node}: no valid lat/lon: skipped`,
  'element-no-id': (v: { element: 'node' | 'way' }) => `${v.element} without an id: skipped`,
  'feature-not-line': (v: { feature: string; geometry: string }) =>
    `${v.feature}: geometry ${v.geometry} is not a line: skipped`,
  'line-too-short': (v: { feature: string }) => `${v.feature}: a line needs at least two [lon, lat] positions: skipped`,
} as const

export type RecordProblemKey = keyof typeof RECORD_PROBLEMS

/** A skipped record with its values, as the report holds it. */
export type RecordProblem = {
  [K in RecordProblemKey]: { readonly key: K; readonly values: Parameters<(typeof RECORD_PROBLEMS)[K]>[0] }
}[RecordProblemKey]

/** The problem `key` with its values. */
export function recordProblem<K extends RecordProblemKey>(
  key: K,
  values: Parameters<(typeof RECORD_PROBLEMS)[K]>[0],
): RecordProblem {
  return { key, values } as RecordProblem
}

/** The English of a skipped record. */
export function recordWording(problem: RecordProblem): string {
  const word = RECORD_PROBLEMS[problem.key] as (values: unknown) => string
  return word(problem.values)
}

/** The refusal to throw for `key` with its values. */
export function importRefusal<K extends ImportProblemKey>(
  key: K,
  ...values: Parameters<(typeof IMPORT_PROBLEMS)[K]> extends [] ? [] : Parameters<(typeof IMPORT_PROBLEMS)[K]>
): ImportRefusal {
  return new ImportRefusal({ key, values: values[0] ?? {} } as ImportProblem)
}
