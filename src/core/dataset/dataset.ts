/**
 * Dataset
 * =======
 * The validated, normalised network: every name bilingual, every link with its minutes, lookups by id.
 * Assembled from what validation passed (`parse-dataset.ts`); no schema here, so a page that only
 * assembles a dataset validated elsewhere does not load zod.
 */
import type { LinkId, PlaceId, ProjectId, SourceId } from '../model/ids.ts'
import { toLocalizedText, type LocalizedText } from '../model/common.ts'
import type { DatasetHeader, Region } from './dataset-header.ts'
import { DEFAULT_VISIT_MINUTES, type PlaceKind, type PlaceRecord } from '../model/place.ts'
import type { LinkRecord } from '../model/link.ts'
import type { ProjectRecord } from '../model/project.ts'
import type { Source } from '../model/source.ts'
import { ById, indexById } from './id-index.ts'

/** Dataset format versions this program reads. */
export const SUPPORTED_VERSIONS = [1] as const

export type { Region } from './dataset-header.ts'

export interface Place extends Omit<PlaceRecord, 'name' | 'kind' | 'visitMinutes'> {
  readonly name: LocalizedText
  readonly kind: PlaceKind
  /** Minutes a visit takes (the record's value, or the default for its kind). */
  readonly visitMinutes: number
}

export interface Link extends Omit<LinkRecord, 'oneway' | 'minutes' | 'project'> {
  /** Minutes to travel the link: the record's `minutes`, else `km / speedKmh`. Waits are separate. */
  readonly minutes: number
  readonly oneway: boolean
  readonly project: ProjectId | null
}

export interface Project extends Omit<ProjectRecord, 'name'> {
  readonly name: LocalizedText
  /** Links that exist only while this project is open. */
  readonly addsLinks: readonly LinkId[]
}

/** A validated network. Treat it as immutable. */
export interface Dataset {
  readonly version: number
  readonly title: string | null
  readonly updated: string | null
  readonly region: Region | null
  readonly notes: readonly string[]
  /** Places where visitors arrive, most important first (every id is a place of the dataset). */
  readonly gateways: readonly PlaceId[]
  readonly sources: readonly Source[]
  readonly places: readonly Place[]
  readonly links: readonly Link[]
  readonly projects: readonly Project[]
  readonly placeById: ReadonlyMap<PlaceId, Place>
  readonly linkById: ReadonlyMap<LinkId, Link>
  readonly projectById: ReadonlyMap<ProjectId, Project>
  readonly sourceById: ReadonlyMap<SourceId, Source>
}

/** Minutes to travel a link record: `minutes` wins over `km / speedKmh`. */
export function linkMinutes(link: Pick<LinkRecord, 'km' | 'speedKmh' | 'minutes'>): number {
  if (link.minutes !== undefined) return link.minutes
  return (link.km / link.speedKmh!) * 60
}

/** Where each id's record is in its list (validation's own, when it has them; else built here). */
export interface IdPositions {
  readonly sources: ReadonlyMap<string, number>
  readonly places: ReadonlyMap<string, number>
  readonly links: ReadonlyMap<string, number>
  readonly projects: ReadonlyMap<string, number>
}

/** Builds the normalised dataset from records that have passed validation. */
export function assembleDataset(
  header: DatasetHeader,
  sources: readonly Source[],
  placeRecords: readonly PlaceRecord[],
  linkRecords: readonly LinkRecord[],
  projectRecords: readonly ProjectRecord[],
  positions?: IdPositions,
): Dataset {
  // The records are the validator's own copies (never the caller's input): completed in place, since
  // copying 600,000 link records with a spread was a sixth of loading a province. Each field is set
  // on its own (an object of the new fields per record, for `Object.assign`, was garbage to collect).
  const places = placeRecords as unknown as Place[]
  for (const p of placeRecords as Array<PlaceRecord & Record<string, unknown>>) {
    const kind = p.kind ?? 'place'
    p.name = toLocalizedText(p.name)
    p.kind = kind
    p.visitMinutes = p.visitMinutes ?? DEFAULT_VISIT_MINUTES[kind]
  }
  const links = linkRecords as unknown as Link[]
  for (const l of linkRecords as Array<LinkRecord & Record<string, unknown>>) {
    l.minutes = linkMinutes(l)
    if (l.oneway === undefined) l.oneway = false
    if (l.project === undefined) (l as Record<string, unknown>).project = null
  }
  // Links by project, in one pass (not one pass over every link per project).
  const added = new Map<string, LinkId[]>()
  for (const l of links) {
    if (l.project === null) continue
    const list = added.get(l.project)
    if (list) list.push(l.id)
    else added.set(l.project, [l.id])
  }
  const projects: Project[] = projectRecords.map((p) => ({
    ...p,
    name: toLocalizedText(p.name),
    addsLinks: added.get(p.id) ?? [],
  }))
  return {
    version: header.version,
    title: header.title ?? null,
    updated: header.updated ?? null,
    region: header.region ?? null,
    notes: header.notes ?? [],
    gateways: (header.gateways ?? []) as PlaceId[],
    sources,
    places,
    links,
    projects,
    placeById: new ById(places, positions?.places ?? indexById(places)),
    linkById: new ById(links, positions?.links ?? indexById(links)),
    projectById: new ById(projects, positions?.projects ?? indexById(projects)),
    sourceById: new ById(sources, positions?.sources ?? indexById(sources)),
  }
}

/**
 * What validation passes on to `assembleDataset`: the header and the records as their schemas read
 * them. Plain JSON: a program may keep it beside a file it has validated (with the file's digest) and
 * rebuild the same dataset from it with `datasetFromParts`, without validating the same bytes again.
 */
export interface ValidatedParts {
  readonly header: DatasetHeader
  readonly sources: readonly Source[]
  readonly places: readonly PlaceRecord[]
  readonly links: readonly LinkRecord[]
  readonly projects: readonly ProjectRecord[]
}

/**
 * The dataset of parts `parseDataset` validated (kept as JSON and read back); `positions`, when
 * validation gives them, are where each id's record is in the parts' lists.
 */
export function datasetFromParts(parts: ValidatedParts, positions?: IdPositions): Dataset {
  return assembleDataset(parts.header, parts.sources, parts.places, parts.links, parts.projects, positions)
}
