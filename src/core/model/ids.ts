/**
 * Ids
 * ===
 * Branded id types, so a place id can never be passed where a link id is expected.
 */
import { z } from 'zod'

/** Stable kebab-case slug: lower-case ASCII letters and digits separated by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Id of a place (heritage site, city, town, wharf, station, junction). */
export type PlaceId = string & { readonly __brand: 'PlaceId' }
/** Id of a link (one road, waterway or rail segment between two places). */
export type LinkId = string & { readonly __brand: 'LinkId' }
/** Id of an infrastructure project. */
export type ProjectId = string & { readonly __brand: 'ProjectId' }
/** Id of a source (article, official page, our own estimate note). */
export type SourceId = string & { readonly __brand: 'SourceId' }
/** Id of a commitment in the 2023 agreement digest (`seeds/agreement-2023.json`). */
export type CommitmentId = string & { readonly __brand: 'CommitmentId' }

/** Schema for any id field; the brand is applied by the record schemas. */
export const idSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(ID_PATTERN, 'must be a kebab-case slug (a-z, 0-9 and single hyphens)')

/** A record's own id. */
export const placeIdSchema = idSchema.transform((s) => s as PlaceId)
export const linkIdSchema = idSchema.transform((s) => s as LinkId)
export const projectIdSchema = idSchema.transform((s) => s as ProjectId)
export const sourceIdSchema = idSchema.transform((s) => s as SourceId)
/** Commitments live in `seeds/agreement-2023.json`, not in the dataset: not checked as references. */
export const commitmentIdSchema = idSchema.transform((s) => s as CommitmentId)

/** The dataset's lists of records that other records refer to. */
export type RecordList = 'sources' | 'places' | 'links' | 'projects'

/**
 * Fields that name another record of the dataset. A record schema uses one of the `…RefSchema`s below
 * for such a field, and the reference check (`dataset/reference-fields.ts`) finds it here: a new
 * field that names a place, link, project or source is checked without being listed anywhere.
 */
export const referenceRegistry = z.registry<{ readonly list: RecordList }>()

function referenceTo<Id extends string>(list: RecordList) {
  return idSchema.transform((s) => s as Id).register(referenceRegistry, { list })
}

export const placeRefSchema = referenceTo<PlaceId>('places')
export const linkRefSchema = referenceTo<LinkId>('links')
export const projectRefSchema = referenceTo<ProjectId>('projects')
export const sourceRefSchema = referenceTo<SourceId>('sources')
