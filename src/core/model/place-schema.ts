/**
 * Place schema
 * ============
 * The zod schema of a place record and of its visitor facts (`place.ts` has the plain vocabularies).
 */
import { z } from 'zod'
import { PLACE_FACT_FIELDS, PLACE_KINDS, WEEKDAYS } from './place.ts'
import { ID_PATTERN } from './ids.ts'
import { placeIdSchema } from './id-schemas.ts'
import {
  confidenceSchema,
  noteSchema,
  factNoteSchema,
  localizedTextSchema,
  nameSchema,
  partialDateSchema,
  sourcesSchema,
  textSchema,
} from './common-schemas.ts'

export const placeKindSchema = z.enum(PLACE_KINDS)

/** Heritage rank, used to weight sites in comparisons (weights in docs/decisions). */
export const heritageRankSchema = z.enum(['special-national', 'national', 'provincial', 'none'])

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
export const clockTimeSchema = z.string().regex(TIME, 'must be a time written HH:MM (24 h)')
/** An opening interval `HH:MM-HH:MM`, closing after opening. */
export const intervalSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'must be an interval written HH:MM-HH:MM')
  .refine((s) => s.slice(0, 5) < s.slice(6), 'must close after it opens')

export const weekdaySchema = z.enum(WEEKDAYS)

export const openingHoursSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('unknown'), note: noteSchema.optional() }),
  z.strictObject({
    status: z.literal('known'),
    /** Intervals that apply every day unless `days` says otherwise. */
    everyDay: z.array(intervalSchema).max(6).optional(),
    /** Per-day intervals; an empty list means closed that day. */
    days: z.partialRecord(weekdaySchema, z.array(intervalSchema).max(6)).optional(),
    /** Last admission, if earlier than closing. */
    lastEntry: clockTimeSchema.optional(),
    confidence: confidenceSchema,
    sources: sourcesSchema.optional(),
    note: noteSchema.optional(),
  }),
])

/** A day of the Vietnamese lunar calendar: month 1–12 and day 1–30. */
export const lunarDaySchema = z.strictObject({
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(30),
})

export const festivalSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN),
  name: localizedTextSchema,
  /** Lunar (Vietnamese calendar) month and day the festival starts. */
  lunarStart: lunarDaySchema,
  /** Lunar month and day it ends (inclusive); absent for a one-day festival. */
  lunarEnd: lunarDaySchema.optional(),
  /** The festival's main days (an opening rite, a commemoration) within it. */
  highlights: z
    .array(z.strictObject({ lunar: lunarDaySchema, name: localizedTextSchema }))
    .max(10)
    .optional(),
  note: noteSchema.optional(),
  confidence: confidenceSchema,
  sources: sourcesSchema,
})

export const feeSchema = z.strictObject({
  /** Entry fee for one adult in Vietnamese đồng; 0 means free. */
  amountVnd: z.number().int().min(0).max(10_000_000),
  /** When the fee was reported. */
  asOf: partialDateSchema.optional(),
  note: noteSchema.optional(),
  confidence: confidenceSchema,
  sources: sourcesSchema.optional(),
})

/**
 * A published position of the place (a gazetteer, an official page, a map dataset), kept beside our
 * own so that validation can warn when ours drifts more than 3 km from it.
 */
export const referencePositionSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  sources: sourcesSchema.min(1),
  note: noteSchema.optional(),
})

export const placeSchema = z.object({
  id: placeIdSchema,
  name: nameSchema,
  /** WGS84 latitude in degrees. */
  lat: z.number().min(-90).max(90),
  /** WGS84 longitude in degrees. */
  lon: z.number().min(-180).max(180),
  kind: placeKindSchema.optional(),
  /** How long a visit takes, in minutes; absent = the default for the kind. */
  visitMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .optional(),
  /** How far the coordinates may be from the true spot, in km. */
  positionPrecisionKm: z.number().min(0).max(100).optional(),
  /** Published positions of the same place, with their sources. */
  referencePositions: z.array(referencePositionSchema).max(10).optional(),
  province: z.strictObject({ current: textSchema, before2025: textSchema.optional() }).optional(),
  heritage: z
    .strictObject({
      unescoComponent: z.boolean(),
      rank: heritageRankSchema,
    })
    .optional(),
  openingHours: openingHoursSchema.optional(),
  fee: feeSchema.optional(),
  festivals: z.array(festivalSchema).max(20).optional(),
  /** True where tourists can stay the night (hotels or homestays). */
  lodging: z.boolean().optional(),
  description: localizedTextSchema.optional(),
  sources: sourcesSchema.optional(),
  provenance: z.partialRecord(z.enum(PLACE_FACT_FIELDS), factNoteSchema).optional(),
})

export type PlaceRecord = z.infer<typeof placeSchema>
export type OpeningHours = z.infer<typeof openingHoursSchema>
export type Festival = z.infer<typeof festivalSchema>
export type ReferencePosition = z.infer<typeof referencePositionSchema>
export type Fee = z.infer<typeof feeSchema>
