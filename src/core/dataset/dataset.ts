/**
 * Dataset
 * =======
 * The validated, normalised network: every name bilingual, every link with its minutes, lookups by id.
 */
import { z } from 'zod'
import type { LinkId, PlaceId, ProjectId, SourceId } from '../model/ids.ts'
import { toLocalizedText, type LocalizedText } from '../model/common.ts'
import { partialDateSchema, textSchema } from '../model/common-schemas.ts'
import { DEFAULT_VISIT_MINUTES, type PlaceKind, type PlaceRecord } from '../model/place.ts'
import type { LinkRecord } from '../model/link.ts'
import type { ProjectRecord } from '../model/project.ts'
import type { Source } from '../model/source.ts'

/** Dataset format versions this program reads. */
export const SUPPORTED_VERSIONS = [1] as const

/** A bounding box in degrees; places outside it get a warning. */
export const regionSchema = z.strictObject({
  south: z.number().min(-90).max(90),
  west: z.number().min(-180).max(180),
  north: z.number().min(-90).max(90),
  east: z.number().min(-180).max(180),
})
export type Region = z.infer<typeof regionSchema>

/** Top-level fields other than the record lists. */
export const datasetHeaderSchema = z.object({
  version: z.number(),
  title: textSchema.optional(),
  /** The day the data was last reviewed. */
  updated: partialDateSchema.optional(),
  region: regionSchema.optional(),
  notes: z.array(textSchema).max(100).optional(),
  /**
   * Place ids where visitors arrive (a city, a port), most important first: comparisons measure trips
   * from and to them besides the heritage sites, and the map of change measures from the first.
   */
  gateways: z.array(z.string().min(1).max(200)).max(100).optional(),
})

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

/** Builds the normalised dataset from records that have passed validation. */
export function assembleDataset(
  header: z.infer<typeof datasetHeaderSchema>,
  sources: readonly Source[],
  placeRecords: readonly PlaceRecord[],
  linkRecords: readonly LinkRecord[],
  projectRecords: readonly ProjectRecord[],
): Dataset {
  const places = placeRecords.map((p) => {
    const kind = p.kind ?? 'place'
    return Object.assign(p, {
      name: toLocalizedText(p.name),
      kind,
      visitMinutes: p.visitMinutes ?? DEFAULT_VISIT_MINUTES[kind],
    })
  }) as Place[]
  // The records are the validator's own copies (never the caller's input): completed in place, since
  // copying 600,000 link records with a spread was a sixth of loading a province.
  const links = linkRecords.map((l) =>
    Object.assign(l, { minutes: linkMinutes(l), oneway: l.oneway ?? false, project: l.project ?? null }),
  ) as Link[]
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
    placeById: new Map(places.map((p) => [p.id, p])),
    linkById: new Map(links.map((l) => [l.id, l])),
    projectById: new Map(projects.map((p) => [p.id, p])),
    sourceById: new Map(sources.map((s) => [s.id, s])),
  }
}
