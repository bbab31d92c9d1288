/**
 * Id schemas
 * ==========
 * The zod schemas of ids: a record's own id, and a field that names another record (registered in
 * `referenceRegistry`, so the reference check finds it).
 */
import { z } from 'zod'
import {
  ID_PATTERN,
  type CommitmentId,
  type LinkId,
  type PlaceId,
  type ProjectId,
  type RecordList,
  type SourceId,
} from './ids.ts'

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
