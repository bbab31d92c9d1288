/**
 * Dataset header
 * ==============
 * The schema of a dataset's top-level fields other than its record lists.
 */
import { z } from 'zod'
import { partialDateSchema, textSchema } from '../model/common-schemas.ts'

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
export type DatasetHeader = z.output<typeof datasetHeaderSchema>
