/**
 * Project
 * =======
 * A dated infrastructure project: the links it adds, the links it upgrades or replaces, its status and
 * its three dates (promised by the 2023 agreement, expected now, actually opened).
 */
import { z } from 'zod'
import { speedKmhSchema, travelMinutesSchema, waitMinutesSchema } from './link-schema.ts'
import { commitmentIdSchema, linkRefSchema, projectIdSchema } from './id-schemas.ts'
import {
  confidenceSchema,
  factNoteSchema,
  localizedTextSchema,
  nameSchema,
  noteSchema,
  partialDateSchema,
  sourcesSchema,
  textSchema,
} from './common-schemas.ts'

export const PROJECT_STATUSES = ['completed', 'under-construction', 'approved', 'planned', 'proposed', 'study'] as const
export const projectStatusSchema = z.enum(PROJECT_STATUSES)
export type ProjectStatus = z.infer<typeof projectStatusSchema>

export const projectKindSchema = z.enum(['bridge', 'road', 'road-upgrade', 'wharf', 'railway'])

/** A date someone stated for the project, with its wording and provenance. */
export const datedClaimSchema = z.strictObject({
  date: partialDateSchema,
  /** The claim as worded by the source, e.g. "before 9/2024". */
  text: textSchema.optional(),
  confidence: confidenceSchema,
  sources: sourcesSchema.optional(),
  note: noteSchema.optional(),
  /** True when the date is a what-if assumption (by a planner), not a date anyone announced. */
  assumed: z.boolean().optional(),
})
export type DatedClaim = z.infer<typeof datedClaimSchema>

export const upgradeSchema = z.strictObject({
  link: linkRefSchema,
  speedKmh: speedKmhSchema.optional(),
  minutes: travelMinutesSchema.optional(),
  waitMinutes: waitMinutesSchema.optional(),
  note: noteSchema.optional(),
})

export const PROJECT_FACT_FIELDS = ['status', 'cost', 'upgrades', 'description'] as const

export const projectSchema = z.object({
  id: projectIdSchema,
  name: nameSchema,
  kind: projectKindSchema.optional(),
  status: projectStatusSchema.optional(),
  /** The day `status` was last checked. */
  statusAsOf: partialDateSchema.optional(),
  /** The date the 2023 agreement promised; absent when it named none. */
  promised: datedClaimSchema.optional(),
  /** The date now expected; absent when nobody has said. */
  expected: datedClaimSchema.optional(),
  /** The date it opened to traffic; absent until it has. */
  opened: datedClaimSchema.optional(),
  /** Existing links whose speed, time or wait change while the project is open. */
  upgrades: z.array(upgradeSchema).max(500).optional(),
  /** Existing links that close while the project is open (e.g. a ferry replaced by a bridge). */
  replaces: z.array(linkRefSchema).max(500).optional(),
  /** Cost in billions of Vietnamese đồng, as reported. */
  costBillionVnd: z.number().positive().max(1_000_000).optional(),
  /** Commitments of the 2023 agreement this project models. */
  commitments: z.array(commitmentIdSchema).max(20).optional(),
  description: localizedTextSchema.optional(),
  sources: sourcesSchema.optional(),
  provenance: z.partialRecord(z.enum(PROJECT_FACT_FIELDS), factNoteSchema).optional(),
})

export type ProjectRecord = z.infer<typeof projectSchema>
