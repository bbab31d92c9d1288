/**
 * Look-ups by id
 * ==============
 * Records and names found by an id held as plain text (from an address, a command line, a saved tour,
 * a result): the one place where a string is taken for an id, so callers need no casts. An unknown id
 * finds nothing, and a name falls back to the id itself.
 */
import type { Dataset, Link, Place, Project } from './dataset.ts'
import type { LinkId, PlaceId, ProjectId, SourceId } from '../model/ids.ts'
import type { Source } from '../model/source.ts'
import type { Language } from '../model/common.ts'

export const placeOf = (dataset: Dataset, id: string): Place | undefined => dataset.placeById.get(id as PlaceId)
export const linkOf = (dataset: Dataset, id: string): Link | undefined => dataset.linkById.get(id as LinkId)
export const projectOf = (dataset: Dataset, id: string): Project | undefined => dataset.projectById.get(id as ProjectId)
export const sourceOf = (dataset: Dataset, id: string): Source | undefined => dataset.sourceById.get(id as SourceId)

/** A place's name in `lang`, or the id when no place has it. */
export const placeName = (dataset: Dataset, id: string, lang: Language): string =>
  placeOf(dataset, id)?.name[lang] ?? id

/** A project's name in `lang`, or the id when no project has it. */
export const projectName = (dataset: Dataset, id: string, lang: Language): string =>
  projectOf(dataset, id)?.name[lang] ?? id

/** A link's name with its ends (`QL18 (Uông Bí – Hạ Long)`), or its ends alone; the id when unknown. */
export function linkName(dataset: Dataset, id: string, lang: Language): string {
  const link = linkOf(dataset, id)
  if (!link) return id
  const ends = `${placeName(dataset, link.from, lang)} – ${placeName(dataset, link.to, lang)}`
  return link.name ? `${link.name[lang]} (${ends})` : ends
}
