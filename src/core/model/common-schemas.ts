/**
 * Common schemas
 * ==============
 * The zod schemas of the fields shared by places, links and projects (`common.ts` has the plain
 * helpers): bilingual text, notes, confidence, partial dates, sources and provenance notes.
 */
import { z } from 'zod'
import { sourceRefSchema } from './id-schemas.ts'
import { isRealPartialDate, MAX_TEXT_LENGTH, PARTIAL_DATE_PATTERN } from './common.ts'

export const textSchema = z.string().min(1).max(MAX_TEXT_LENGTH)

export const localizedTextSchema = z.strictObject({ vi: textSchema, en: textSchema })

/** A name is either one string (used for both languages) or `{ vi, en }`. */
export const nameSchema = z.union([textSchema, localizedTextSchema])

/**
 * A note shown to people: one string (English, the language of the team's working notes) or `{ vi, en }`.
 * The app shows the reader's language when the note has it.
 */
export const noteSchema = z.union([textSchema, localizedTextSchema])
export type Note = z.infer<typeof noteSchema>
/**
 * How sure we are of a value: `high` = stated directly by a reliable source, `medium` = weaker or
 * older source, or sources disagree, `low` = our own estimate (the record must say why).
 */
export const confidenceSchema = z.enum(['high', 'medium', 'low'])
export type Confidence = z.infer<typeof confidenceSchema>
export const partialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, in the years 1800–2199')
  // `params.date` lets an issue be reported as a bad date wherever this schema is used.
  .refine(isRealPartialDate, { message: 'is not a real calendar day', params: { date: true } })

/** Ids of the sources a value came from. */
export const sourcesSchema = z.array(sourceRefSchema).max(50)

/** A value with its provenance. */
export const factNoteSchema = z.strictObject({
  note: noteSchema.optional(),
  confidence: confidenceSchema.optional(),
  sources: sourcesSchema.optional(),
})
