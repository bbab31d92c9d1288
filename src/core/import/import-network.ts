/**
 * Import a network
 * ================
 * The one path from road data (and an optional overlay) to a validated dataset, shared by the command
 * line and the web app: read the file as OpenStreetMap XML or PBF, or GeoJSON lines, build the network, lay
 * the overlay on it, validate the result like any dataset. A file that cannot be read throws
 * `ImportFileError` naming which one; everything else (what was left out, joined, refused) is in the
 * outcome.
 */
import { CoreError } from '../errors.ts'
import { importRefusal, ImportRefusal, wordingOf, type ImportProblem } from './import-problems.ts'
import { formatIssue } from '../dataset/dataset-issue.ts'
import { parseJsonText, scanJsonValue } from '../dataset/safe-json.ts'
import { parseDataset, type ParseResult } from '../dataset/parse-dataset.ts'
import { readOsmXml } from './osm-xml.ts'
import { readOsmPbf } from './osm-pbf.ts'
import { readGeoJsonLines } from './geojson-lines.ts'
import { buildImportedNetwork, type DatasetDocument, type ImportReport } from './build-network.ts'
import { applyOverlay, type Snap } from './overlay.ts'
import { readSpeedTable } from './road-classes.ts'

/** The formats of road data read: OpenStreetMap XML (`.osm`) and PBF (`.osm.pbf`), GeoJSON lines. */
export const IMPORT_FORMATS = ['osm', 'pbf', 'geojson'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/** The format a file name says (`.osm`, `.pbf`, `.geojson`, `.json`), or null. */
export function importFormatOf(name: string): ImportFormat | null {
  return /\.(geo)?json$/i.test(name) ? 'geojson' : /\.osm$/i.test(name) ? 'osm' : /\.pbf$/i.test(name) ? 'pbf' : null
}

/** True for the formats read as bytes (PBF); the others are text (UTF-8). */
export const isBinaryImportFormat = (format: ImportFormat): boolean => format === 'pbf'

export interface ImportInput {
  readonly format: ImportFormat
  /**
   * The road data: bytes for a binary format (`isBinaryImportFormat`), text for the others. How it
   * names itself (a file name) is cited as the source.
   */
  readonly data: string | Uint8Array
  readonly name: string
  readonly overlay?: { readonly text: string; readonly name: string } | null
  /** Speeds by kind of way (JSON: `{ "primary": 50, "ferry": 12 }`) in place of our defaults. */
  readonly speeds?: { readonly text: string; readonly name: string } | null
}

export interface ImportOutcome {
  readonly report: ImportReport
  /** Overlay records joined to the nearest road point or junction, with the distance. */
  readonly snaps: readonly Snap[]
  /** Joins past the warning distance. */
  readonly warnings: readonly string[]
  /** The validation of the resulting document (`ok` with the dataset, or every error). */
  readonly result: ParseResult
  readonly document: DatasetDocument
}

/**
 * A file that could not be read as what it should be; `file` says which (`from` or `overlay`), and
 * `problem` why, as a key each language words (`import-problems.ts`); `reason` is its English.
 */
export class ImportFileError extends CoreError {
  readonly reason: string
  constructor(
    readonly file: 'from' | 'overlay' | 'speeds',
    readonly fileName: string,
    readonly problem: ImportProblem,
  ) {
    const reason = wordingOf(problem)
    super('INVALID_IMPORT', `${fileName}: ${reason}`)
    this.reason = reason
    this.name = 'ImportFileError'
  }
}

function readJson(text: string): unknown {
  const parsed = parseJsonText(text)
  if (!parsed.ok) throw importRefusal('json-invalid', { detail: parsed.issue.message })
  const unsafe = scanJsonValue(parsed.value, undefined, 5)
  if (unsafe.length > 0) throw importRefusal('json-invalid', { detail: unsafe.map(formatIssue).join('; ') })
  return parsed.value
}

/** Names the file in any refusal of the readers. */
function reading<T>(file: 'from' | 'overlay' | 'speeds', name: string, read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof ImportRefusal) throw new ImportFileError(file, name, error.problem)
    if (error instanceof CoreError && !(error instanceof ImportFileError))
      throw new ImportFileError(file, name, { key: 'unreadable', values: { detail: error.message } })
    throw error
  }
}

/** The road data as text, for the text formats (decoded by the caller, who knows the file). */
function textOf(data: string | Uint8Array): string {
  if (typeof data === 'string') return data
  throw importRefusal('wrong-kind', { expected: 'text' })
}

function readRoads(input: ImportInput) {
  const { data } = input
  switch (input.format) {
    case 'pbf':
      if (typeof data === 'string') throw importRefusal('wrong-kind', { expected: 'bytes' })
      return readOsmPbf(data)
    case 'osm':
      return readOsmXml(textOf(data))
    case 'geojson':
      return readGeoJsonLines(readJson(textOf(data)))
  }
}

export function importNetwork(input: ImportInput): ImportOutcome {
  const speedsFile = input.speeds
  // The speeds file is read first: a mistake in it is found before a long read of the roads.
  const speeds = speedsFile
    ? {
        table: reading('speeds', speedsFile.name, () => readSpeedTable(readJson(speedsFile.text))),
        title: speedsFile.name,
      }
    : null
  const raw = reading('from', input.name, () => readRoads(input))
  const osm = input.format === 'osm' || input.format === 'pbf'
  const { document, report } = buildImportedNetwork(raw, { sourceTitle: input.name, osm, speeds })
  const overlay = input.overlay
  const { snaps, warnings } = overlay
    ? reading('overlay', overlay.name, () => applyOverlay(document, readJson(overlay.text)))
    : { snaps: [], warnings: [] }
  return { report, snaps, warnings, result: parseDataset(document), document }
}
