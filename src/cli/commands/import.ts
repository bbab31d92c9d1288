/**
 * import
 * ======
 * Turns real road data into a dataset: an OpenStreetMap extract (XML or PBF) or GeoJSON road lines, with an
 * optional overlay of our places and projects on top. Writes the dataset (JSON) to stdout and what was
 * kept, left out, joined and why to stderr; the dataset is validated like any other before it is
 * written, so every problem names its record and field.
 */
import { basename } from 'node:path'
import {
  formatIssue,
  ImportFileError,
  importFormatOf,
  importNetwork,
  IMPORT_FORMATS,
  isBinaryImportFormat,
  recordWording,
  SNAP_WARNING_KM,
  SPEED_KINDS,
  type ImportFormat,
  type DatasetIssue,
  type ImportOutcome,
} from '../../core/index.ts'
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { MAX_FILE_BYTES } from '../load-dataset.ts'
import { readInputBytes, readInputFile } from '../read-input-file.ts'
import { UserError } from '../user-error.ts'
import { plural } from '../output.ts'

const FORMATS_IN_WORDS = `${IMPORT_FORMATS.slice(0, -1).join(', ')} or ${IMPORT_FORMATS.at(-1)}`

export const IMPORT_HELP = `Usage: heritage-routes import --from FILE [--format ${IMPORT_FORMATS.join('|')}] [--overlay FILE] [--speeds FILE] [--json] > network.json

Builds a network dataset from real road data: an OpenStreetMap extract, XML (.osm) or PBF (.osm.pbf,
as Geofabrik and others publish them), or GeoJSON LineStrings whose properties carry OSM tags
(highway, oneway, maxspeed, name, ref, route=ferry, railway=rail) or a road class of ours (class=expressway|national-4-lane|national-2-lane|provincial|local).
Roads get default speeds by kind (data/README.md, "Imported networks"; maxspeed lowers them), or the
speeds a --speeds file gives (JSON, km/h by kind: ${SPEED_KINDS.slice(0, 3).join(', ')}, …, ferry, rail); points
between junctions are contracted into links that keep their geometry; the largest connected part is
kept. An overlay (JSON: places, links, projects, sources) puts heritage sites and dated projects on top:
places are joined to the nearest point of a road (split there) or junction, a link's end may be a
place id or { "lat", "lon" }, and projects may upgrade or replace imported links by id (w<way id>).

Options:
  --from FILE      the road data (at most 128 MiB)
  --format F       ${FORMATS_IN_WORDS} (default: from the file's extension)
  --overlay FILE   our places, links and projects to lay on top
  --speeds FILE    km/h by kind of way in place of our defaults, e.g. { "primary": 50, "ferry": 12 }
  --json           one JSON document { ok, report, joined, warnings, errors, dataset } on stdout
  -h, --help       show this help

The dataset goes to stdout (redirect it to a file), the report to stderr. Exit status 2 when the
input cannot be read or the resulting dataset has errors (listed with their record and field).`

const isImportFormat = (f: string | undefined): f is ImportFormat => (IMPORT_FORMATS as readonly unknown[]).includes(f)

export function runImport(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('import', argv, {
    ...COMMON_OPTIONS,
    from: { type: 'string' },
    format: { type: 'string' },
    overlay: { type: 'string' },
    speeds: { type: 'string' },
  })
  if (values.help) {
    io.out(IMPORT_HELP)
    return 0
  }
  if (values.data !== undefined)
    throw new UserError('import: --data does not apply; give the road data with --from FILE')
  const from = values.from
  if (!from) throw new UserError('import: --from FILE is required (an .osm or .geojson file)')
  const format = values.format ?? importFormatOf(from) ?? undefined
  if (!isImportFormat(format))
    throw new UserError(
      values.format !== undefined
        ? `--format: "${values.format}" is not ${FORMATS_IN_WORDS}`
        : `--from ${from}: cannot tell the format from the name; add --format ${IMPORT_FORMATS.join(', --format ')}`,
    )
  const overlayFile = values.overlay
  const speedsFile = values.speeds
  let outcome: ImportOutcome
  try {
    outcome = importNetwork({
      format,
      data: isBinaryImportFormat(format)
        ? readInputBytes(from, '--from', MAX_FILE_BYTES)
        : readInputFile(from, '--from', MAX_FILE_BYTES),
      name: basename(from),
      overlay: overlayFile
        ? { text: readInputFile(overlayFile, '--overlay', MAX_FILE_BYTES), name: basename(overlayFile) }
        : null,
      speeds: speedsFile
        ? { text: readInputFile(speedsFile, '--speeds', MAX_FILE_BYTES), name: basename(speedsFile) }
        : null,
    })
  } catch (error) {
    // The file is named as it was given on the command line.
    if (error instanceof ImportFileError)
      throw new UserError(
        `--${error.file} ${{ from, overlay: overlayFile, speeds: speedsFile }[error.file]}: ${error.reason}`,
      )
    throw error
  }
  const { report, snaps, warnings, result, document } = outcome
  const errors: readonly DatasetIssue[] = result.ok ? [] : result.errors
  const datasetWarnings = result.warnings

  if (values.json) {
    io.out(
      JSON.stringify({
        ok: result.ok,
        report,
        joined: snaps.map((s) => ({ ...s, km: Number(s.km.toFixed(3)) })),
        warnings: [...warnings, ...datasetWarnings.map(formatIssue)],
        errors: errors.map(formatIssue),
        dataset: result.ok ? document : null,
      }),
    )
    return result.ok ? 0 : 2
  }
  const left = Object.entries(report.ways.leftOut)
    .sort((a, b) => b[1] - a[1])
    .map(([why, n]) => `${n} ${why}`)
  io.err(
    `${basename(from)}: ${plural(report.ways.read, 'way')} read, ${report.ways.kept} kept${left.length ? `; left out: ${left.join(', ')}` : ''}`,
  )
  io.err(
    `network: ${plural(report.places, 'place')} and ${plural(report.links, 'link')} (${report.oneway} one-way); ${plural(report.points.contracted, 'point')} between junctions contracted into the links' geometry`,
  )
  if (report.speeds) {
    const given = Object.entries(report.speeds.table).map(([kind, kmh]) => `${kind} ${kmh} km/h`)
    io.err(
      `speeds from ${report.speeds.file}: ${given.join(', ') || 'none'} (${plural(report.speeds.links, 'link')}); other kinds: our defaults`,
    )
  }
  if (report.disconnected.places > 0)
    io.err(
      `not connected to the largest part, dropped: ${plural(report.disconnected.places, 'place')}, ${plural(report.disconnected.links, 'link')}`,
    )
  for (const p of report.problems.slice(0, 20)) io.err(`problem: ${recordWording(p)}`)
  if (report.problems.length > 20) io.err(`... and ${report.problems.length - 20} more problems`)
  for (const s of snaps)
    io.err(`joined: ${s.record} → ${s.to}${s.road ? ` (new junction on ${s.road})` : ''}, ${s.km.toFixed(2)} km`)
  for (const w of warnings) io.err(`warning: ${w} (over ${SNAP_WARNING_KM} km)`)
  for (const w of datasetWarnings.slice(0, 20)) io.err(formatIssue(w))
  if (!result.ok) {
    io.err(`the dataset has ${plural(errors.length, 'error')}; nothing written:`)
    for (const e of errors.slice(0, 100)) io.err(formatIssue(e))
    return 2
  }
  io.out(JSON.stringify(document, null, 1))
  return 0
}
