/**
 * Tours
 * =====
 * Curated tours (`data/tours.json`): a start, a number of days and the sites, must-see and optional.
 * `suggestTours` plans each one from the traveller's own start and days, and ranks them by the
 * heritage value that fits.
 */
import { z } from 'zod'
import type { Dataset } from '../dataset/dataset.ts'
import { idSchema, type PlaceId } from '../model/ids.ts'
import { localizedTextSchema } from '../model/common.ts'
import { clockTimeSchema } from '../model/place.ts'
import { formatPath, makeIssue, type DatasetIssue } from '../dataset/dataset-issue.ts'
import { parseJsonText, scanJsonValue } from '../dataset/safe-json.ts'
import { toDatasetIssue } from '../dataset/zod-issues.ts'
import type { ScenarioNetwork } from '../routing/scenario-network.ts'
import { planItinerary } from './plan-itinerary.ts'
import { heritageValue } from './heritage-value.ts'
import type { Itinerary } from './itinerary.ts'

export const tourSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  start: idSchema,
  days: z.number().int().min(1).max(7),
  dayWindow: z.tuple([clockTimeSchema, clockTimeSchema]).optional(),
  stops: z.array(idSchema).min(1).max(30),
  optional: z.array(idSchema).max(30),
  sources: z.array(idSchema).max(20),
})
export type Tour = z.infer<typeof tourSchema>

/** Validates a tours document against the dataset (every place must exist). */
export function parseTours(
  input: unknown,
  dataset: Dataset,
): { ok: true; tours: Tour[] } | { ok: false; errors: DatasetIssue[] } {
  let raw = input
  if (typeof input === 'string') {
    const parsed = parseJsonText(input)
    if (!parsed.ok) return { ok: false, errors: [parsed.issue] }
    raw = parsed.value
  }
  const scan = scanJsonValue(raw)
  if (scan.length) return { ok: false, errors: scan }
  const list = (raw as { tours?: unknown } | null)?.tours
  if (!Array.isArray(list))
    return { ok: false, errors: [makeIssue('E_MISSING_FIELD', 'tours', '"tours" must be a list')] }
  const errors: DatasetIssue[] = []
  const tours: Tour[] = []
  list.forEach((record: unknown, i) => {
    const result = tourSchema.safeParse(record)
    if (!result.success) {
      errors.push(...result.error.issues.map((issue) => toDatasetIssue(issue, ['tours', i], record, undefined)))
      return
    }
    const tour = result.data
    for (const [field, ids] of [
      ['start', [tour.start]],
      ['stops', tour.stops],
      ['optional', tour.optional],
    ] as const) {
      ids.forEach((id, k) => {
        if (!dataset.placeById.has(id as PlaceId))
          errors.push(
            makeIssue(
              'E_UNKNOWN_PLACE',
              formatPath(['tours', i, field, ...(field === 'start' ? [] : [k])]),
              `no place has the id "${id}"`,
              { record: tour.id, value: id },
            ),
          )
      })
    }
    for (const id of tour.sources)
      if (!dataset.sourceById.has(id as never))
        errors.push(
          makeIssue(
            'E_UNKNOWN_SOURCE',
            formatPath(['tours', i, 'sources']),
            `cites source "${id}", which is not in the dataset`,
            { record: tour.id, value: id },
          ),
        )
    tours.push(tour)
  })
  return errors.length ? { ok: false, errors } : { ok: true, tours }
}

export interface TourSuggestion {
  readonly tour: Tour
  readonly itinerary: Itinerary
  /** Sum of the heritage weights of the sites that fit. */
  readonly value: number
  /** Sum of the weights of all the tour's sites. */
  readonly fullValue: number
  readonly sitesFitted: number
  readonly sitesTotal: number
}

/**
 * Plans every tour from `start` over `days` days (all of its sites optional, so as many fit as can)
 * and ranks them: most heritage value first, then least time.
 */
export function suggestTours(
  network: ScenarioNetwork,
  tours: readonly Tour[],
  options: { start: string; days: number; date: string },
): TourSuggestion[] {
  const { dataset } = network
  const value = (ids: readonly string[]) =>
    ids.reduce((s, id) => s + heritageValue(dataset.placeById.get(id as PlaceId)!), 0)
  return tours
    .map((tour) => {
      const sites = [...tour.stops, ...tour.optional].filter((id) => id !== options.start)
      const itinerary = planItinerary(network, {
        start: options.start,
        visit: [],
        optional: sites,
        date: options.date,
        days: options.days,
        ...(tour.dayWindow && { dayWindow: tour.dayWindow }),
      })
      return {
        tour,
        itinerary,
        value: value(itinerary.order),
        fullValue: value(sites),
        sitesFitted: itinerary.order.length,
        sitesTotal: sites.length,
      }
    })
    .sort(
      (a, b) =>
        b.value - a.value || a.itinerary.totalMinutes - b.itinerary.totalMinutes || (a.tour.id < b.tour.id ? -1 : 1),
    )
}
