/**
 * Place
 * =====
 * A node of the network: heritage site, city, town, wharf, station or junction, with visitor facts.
 */
import { z } from 'zod'
import { placeIdSchema, sourceIdSchema, type PlaceId } from './ids.ts'
import {
  confidenceSchema,
  factNoteSchema,
  localizedTextSchema,
  nameSchema,
  partialDateSchema,
  sourcesSchema,
  textSchema,
} from './common.ts'

export const PLACE_KINDS = ['heritage-site', 'city', 'town', 'wharf', 'station', 'junction', 'place'] as const
export const placeKindSchema = z.enum(PLACE_KINDS)
export type PlaceKind = z.infer<typeof placeKindSchema>

/**
 * Minutes a visit takes when the record does not say: a heritage site or a generic place takes an hour,
 * a place you only pass through takes none.
 */
export const DEFAULT_VISIT_MINUTES: Readonly<Record<PlaceKind, number>> = {
  'heritage-site': 60,
  place: 60,
  city: 0,
  town: 0,
  wharf: 0,
  station: 0,
  junction: 0,
}

/** Heritage rank, used to weight sites in comparisons (weights in docs/decisions). */
export const heritageRankSchema = z.enum(['special-national', 'national', 'provincial', 'none'])

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
export const clockTimeSchema = z.string().regex(TIME, 'must be a time written HH:MM (24 h)')
/** An opening interval `HH:MM-HH:MM`, closing after opening. */
export const intervalSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'must be an interval written HH:MM-HH:MM')
  .refine((s) => s.slice(0, 5) < s.slice(6), 'must close after it opens')

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export const weekdaySchema = z.enum(WEEKDAYS)

export const openingHoursSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('unknown'), note: textSchema.optional() }),
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
    note: textSchema.optional(),
  }),
])

export const festivalSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: localizedTextSchema,
  /** Lunar (Vietnamese calendar) month and day the festival starts. */
  lunarStart: z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(30) }),
  /** Lunar month and day it ends (inclusive); absent for a one-day festival. */
  lunarEnd: z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(30) }).optional(),
  note: textSchema.optional(),
  confidence: confidenceSchema,
  sources: sourcesSchema,
})

export const feeSchema = z.strictObject({
  /** Entry fee for one adult in Vietnamese đồng; 0 means free. */
  amountVnd: z.number().int().min(0).max(10_000_000),
  /** When the fee was reported. */
  asOf: partialDateSchema.optional(),
  note: textSchema.optional(),
  confidence: confidenceSchema,
  sources: sourcesSchema.optional(),
})

/** Fields of a place that may carry their own provenance note. */
export const PLACE_FACT_FIELDS = ['position', 'visitMinutes', 'province', 'heritage', 'lodging', 'description'] as const

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
export type Weekday = z.infer<typeof weekdaySchema>
export type { PlaceId }
export { sourceIdSchema }
