/**
 * Build an imported network
 * =========================
 * Turns raw ways (from OpenStreetMap XML or GeoJSON) into a dataset document in our format:
 * 1. keep roads, ferries and rail by their tags (`road-classes.ts`), with one-way rules, and
 * 2. make a place of every point where ways meet or end, and contract the points in between: each
 *    stretch between two such places becomes one link that keeps its geometry and its length
 *    (`contract-ways.ts`, records in `imported-records.ts`);
 * 3. keep the largest connected part, and say what was dropped and why;
 * 4. lay an overlay on top (`overlay.ts`): heritage sites and gateways joined to the nearest place,
 *    and the dated projects with their new links, upgrades and closures.
 * The document is then validated by `parseDataset` like any other: every problem names its record.
 */
import { connectedParts } from '../geo/connected-parts.ts'
import type { RawNetwork } from './raw-ways.ts'
import { cutAtJunctions, keepWays } from './contract-ways.ts'
import type { RecordProblem } from './import-problems.ts'
import { importSources, linkRecords, placeRecords, regionAround, slug } from './imported-records.ts'
import { wayKind, wayKindWith, type SpeedTable } from './road-classes.ts'

/** What the import kept, left out and why. */
export interface ImportReport {
  readonly ways: { readonly read: number; readonly kept: number; readonly leftOut: Readonly<Record<string, number>> }
  readonly points: { readonly read: number; readonly contracted: number }
  readonly places: number
  readonly links: number
  readonly oneway: number
  /** The largest connected part is kept; what was not connected to it. */
  readonly disconnected: { readonly places: number; readonly links: number }
  /** Records skipped while reading (English: `recordWording`). */
  readonly problems: readonly RecordProblem[]
  /** The speeds file, when one was given: its name, its speeds by kind, and how many links took one. */
  readonly speeds: {
    readonly file: string
    readonly table: Readonly<Record<string, number>>
    readonly links: number
  } | null
}

export type DatasetDocument = Record<string, unknown> & {
  places: Array<Record<string, unknown>>
  links: Array<Record<string, unknown>>
  sources: Array<Record<string, unknown>>
  projects: Array<Record<string, unknown>>
}

export interface ImportOptions {
  /** How the input names itself in the sources (the file name). */
  readonly sourceTitle: string
  /** True for OpenStreetMap data (cited as such, with its licence page). */
  readonly osm: boolean
  /** Speeds by kind of way in place of our defaults, and the file that gives them (cited). */
  readonly speeds?: { readonly table: SpeedTable; readonly title: string } | null
}

export function buildImportedNetwork(
  raw: RawNetwork,
  options: ImportOptions,
): { document: DatasetDocument; report: ImportReport } {
  const problems = [...raw.problems]
  const leftOut: Record<string, number> = {}

  // 1–2. Ways we keep, cut at the places where they meet or end.
  const kept = keepWays(raw, problems, leftOut, options.speeds ? wayKindWith(options.speeds.table) : wayKind)
  const { segments, junctions } = cutAtJunctions(kept)

  // 3. The largest connected part (union-find over the segments, ignoring direction).
  const ends = new Set<string>()
  for (const seg of segments) ends.add(seg.from).add(seg.to)
  const { partOf, largest } = connectedParts(
    ends,
    segments.map((seg) => [seg.from, seg.to] as const),
  )
  const inLargest = (p: string) => largest !== null && partOf(p) === largest
  const keptSegments = segments.filter((s) => inLargest(s.from))
  const placePoints = [...ends].filter(inLargest)

  // 4. The document.
  const placeIds = new Map<string, string>()
  let counter = 0
  for (const p of placePoints) placeIds.set(p, options.osm ? `n${slug(p)}` : `j${++counter}`)
  const places = placeRecords(raw, placePoints, placeIds)
  const links = linkRecords(raw, keptSegments, placeIds)
  const document: DatasetDocument = {
    version: 1,
    ...regionAround(places),
    sources: importSources(options.sourceTitle, options.osm, options.speeds?.title ?? null),
    places,
    links,
    projects: [],
  }
  const report: ImportReport = {
    ways: { read: raw.ways.length, kept: kept.length, leftOut },
    points: {
      read: raw.points.size,
      contracted: Math.max(0, new Set(kept.flatMap((k) => k.points)).size - junctions.size),
    },
    places: places.length,
    links: links.length,
    oneway: links.filter((l) => l.oneway === true).length,
    disconnected: { places: ends.size - placePoints.length, links: segments.length - keptSegments.length },
    problems,
    speeds: options.speeds
      ? {
          file: options.speeds.title,
          table: options.speeds.table,
          links: links.filter((l) =>
            (l.provenance as { speedKmh?: { sources?: readonly string[] } }).speedKmh?.sources?.includes(
              'import-speed-file',
            ),
          ).length,
        }
      : null,
  }
  return { document, report }
}
