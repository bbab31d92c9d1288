/**
 * Link schema
 * ===========
 * The zod schema of a link record (`link.ts` has the plain vocabularies and speed ranges).
 */
import { z } from 'zod'
import { linkIdSchema, placeRefSchema, projectRefSchema } from './id-schemas.ts'
import { factNoteSchema, localizedTextSchema, noteSchema, sourcesSchema, textSchema } from './common-schemas.ts'
import { clockTimeSchema, feeSchema, intervalSchema } from './place-schema.ts'
import { LINK_FACT_FIELDS, LINK_MODES, ROAD_CLASS_SPEEDS_KMH, TRAVEL_PROFILES, WAIT_CAUSES } from './link.ts'

/** Average speed in km/h (a link's, or an upgrade's). */
export const speedKmhSchema = z.number().positive().max(400)
/** Travel time in minutes (a link's, or an upgrade's); at most a week. */
export const travelMinutesSchema = z
  .number()
  .positive()
  .max(7 * 24 * 60)
/** Minutes waited before travelling (boarding, a one-lane bridge); at most a day. */
export const waitMinutesSchema = z
  .number()
  .min(0)
  .max(24 * 60)

export const linkModeSchema = z.enum(LINK_MODES)
export const roadClassSchema = z.enum(Object.keys(ROAD_CLASS_SPEEDS_KMH) as [keyof typeof ROAD_CLASS_SPEEDS_KMH])
export const travelProfileSchema = z.enum(TRAVEL_PROFILES)

/** A position `[lon, lat]` in WGS84 degrees (RFC 7946 order). */
export const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])

export const linkSchema = z
  .object({
    id: linkIdSchema,
    from: placeRefSchema,
    to: placeRefSchema,
    mode: linkModeSchema,
    /** Length in kilometres. */
    km: z.number().positive().max(5000),
    /** Average speed in km/h; ignored when `minutes` is given. */
    speedKmh: speedKmhSchema.optional(),
    /** Travel time in minutes; wins over `speedKmh`. */
    minutes: travelMinutesSchema.optional(),
    /** True when the link can only be used from `from` to `to`. */
    oneway: z.boolean().optional(),
    /** The project this link belongs to; the link exists only while that project is open. */
    project: projectRefSchema.optional(),
    name: localizedTextSchema.optional(),
    road: z
      .strictObject({
        /** Official reference, e.g. `QL18`, `ĐT293`, `CT.04`. */
        ref: textSchema.max(40).optional(),
        class: roadClassSchema.optional(),
      })
      .optional(),
    /** A fixed wait in minutes before the link can be used (e.g. a one-lane bridge shared with trains). */
    waitMinutes: waitMinutesSchema.optional(),
    /** What the fixed wait is for, so a route can say it (`WAIT_CAUSES`). */
    waitCause: z.enum(WAIT_CAUSES).optional(),
    /** Timetable or frequency of a boat or train service on this link. */
    service: z
      .strictObject({
        /** Minutes between departures; the expected wait is half of it. */
        headwayMinutes: z
          .number()
          .positive()
          .max(7 * 24 * 60)
          .optional(),
        /** Fixed departure times, HH:MM, local time. */
        departures: z.array(clockTimeSchema).max(100).optional(),
        /** Minutes to board before departure. */
        boardMinutes: z.number().min(0).max(240).optional(),
        /** Hours the service runs, `HH:MM-HH:MM`, every day. */
        hours: z.array(intervalSchema).max(6).optional(),
        /** False when the service is suspended (the link stays in the data, with this said). */
        running: z.boolean().optional(),
        note: noteSchema.optional(),
      })
      .optional(),
    /** Fare for one adult, one way, in đồng (a ferry, a boat, a cable car). */
    fare: feeSchema.optional(),
    /** Minutes the same stretch takes on foot (what a cable car saves). */
    walkMinutes: z
      .number()
      .positive()
      .max(24 * 60)
      .optional(),
    /** Travel profiles that may not use this link (e.g. coaches on a narrow bridge). */
    closedTo: z.array(travelProfileSchema).max(3).optional(),
    /** Shape of the link for the map, `[lon, lat]` positions from `from` to `to`. */
    geometry: z.array(positionSchema).min(2).max(5000).optional(),
    description: localizedTextSchema.optional(),
    sources: sourcesSchema.optional(),
    provenance: z.partialRecord(z.enum(LINK_FACT_FIELDS), factNoteSchema).optional(),
  })
  .refine((l) => l.speedKmh !== undefined || l.minutes !== undefined, {
    message: 'needs speedKmh or minutes',
    path: ['speedKmh'],
  })

export type LinkRecord = z.infer<typeof linkSchema>
