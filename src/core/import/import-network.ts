/**
 * Import a network
 * ================
 * The one path from road data (and an optional overlay) to a validated dataset, shared by the command
 * line and the web app: read the text as OpenStreetMap XML or GeoJSON lines, build the network, lay
 * the overlay on it, validate the result like any dataset. A file that cannot be read throws
 * `ImportFileError` naming which one; everything else (what was left out, joined, refused) is in the
 * outcome.
 */
import { CoreError } from '../errors.ts'
import { formatIssue } from '../dataset/dataset-issue.ts'
import { parseJsonText, scanJsonValue } from '../dataset/safe-json.ts'
import { parseDataset, type ParseResult } from '../dataset/parse-dataset.ts'
import { readOsmXml } from './osm-xml.ts'
import { readGeoJsonLines } from './geojson-lines.ts'
import { buildImportedNetwork, type DatasetDocument, type ImportReport } from './build-network.ts'
import { applyOverlay, type Snap } from './overlay.ts'

export const IMPORT_FORMATS = ['osm', 'geojson'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/** The format a file name says (`.osm`, `.geojson`, `.json`), or null. */
export function importFormatOf(name: string): ImportFormat | null {
  return /\.(geo)?json$/i.test(name) ? 'geojson' : /\.osm$/i.test(name) ? 'osm' : null
}

export interface ImportInput {
  readonly format: ImportFormat
  /** The road data, and how it names itself (a file name, cited as the source). */
  readonly text: string
  readonly name: string
  readonly overlay?: { readonly text: string; readonly name: string } | null
}

export interface ImportOutcome {
  readonly report: ImportReport
  /** Overlay records joined to the nearest imported place, with the distance. */
  readonly snaps: readonly Snap[]
  /** Joins past the warning distance. */
  readonly warnings: readonly string[]
  /** The validation of the resulting document (`ok` with the dataset, or every error). */
  readonly result: ParseResult
  readonly document: DatasetDocument
}

/** A file that could not be read as what it should be; `file` says which (`from` or `overlay`). */
export class ImportFileError extends CoreError {
  constructor(
    readonly file: 'from' | 'overlay',
    readonly fileName: string,
    /** What is wrong with it, without its name. */
    readonly reason: string,
  ) {
    super('INVALID_IMPORT', `${fileName}: ${reason}`)
    this.name = 'ImportFileError'
  }
}

function readJson(text: string, file: 'from' | 'overlay', name: string): unknown {
  const parsed = parseJsonText(text)
  if (!parsed.ok) throw new ImportFileError(file, name, parsed.issue.message)
  const unsafe = scanJsonValue(parsed.value, undefined, 5)
  if (unsafe.length > 0) throw new ImportFileError(file, name, unsafe.map(formatIssue).join('; '))
  return parsed.value
}

/** Names the file in any refusal of the readers. */
function reading<T>(file: 'from' | 'overlay', name: string, read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof CoreError && !(error instanceof ImportFileError))
      throw new ImportFileError(file, name, error.message)
    throw error
  }
}

export function importNetwork(input: ImportInput): ImportOutcome {
  const raw = reading('from', input.name, () =>
    input.format === 'osm' ? readOsmXml(input.text) : readGeoJsonLines(readJson(input.text, 'from', input.name)),
  )
  const { document, report } = buildImportedNetwork(raw, { sourceTitle: input.name, osm: input.format === 'osm' })
  const overlay = input.overlay
  const { snaps, warnings } = overlay
    ? reading('overlay', overlay.name, () => applyOverlay(document, readJson(overlay.text, 'overlay', overlay.name)))
    : { snaps: [], warnings: [] }
  return { report, snaps, warnings, result: parseDataset(document), document }
}
