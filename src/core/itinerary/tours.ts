/**
 * Tours
 * =====
 * Curated tours (`data/tours.json`): a start, a number of days and the sites, must-see and optional.
 * `suggestTours` plans each one from the traveller's own start and days, and ranks them by the
 * heritage value that fits.
 */
import { z } from 'zod'
import { placeOf } from '../dataset/lookup.ts'
import { sourceOf } from '../dataset/lookup.ts'
import type { Dataset } from '../dataset/dataset.ts'
import { idSchema } from '../model/id-schemas.ts'
import { localizedTextSchema } from '../model/common-schemas.ts'
import { clockTimeSchema } from '../model/place-schema.ts'
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

/** A tour left out of a tours file, with every problem found in it. */
export interface SkippedTour {
  readonly index: number
  readonly id: string | null
  readonly issues: readonly DatasetIssue[]
}

/** The outcome of reading a tours file: file-level errors stop it; a bad tour is skipped, with why. */
export type ToursResult =
  | { readonly ok: true; readonly tours: Tour[]; readonly skipped: readonly SkippedTour[] }
  | { readonly ok: false; readonly errors: DatasetIssue[]; readonly skipped: readonly SkippedTour[] }

/** Problems of one schema-valid tour against the dataset: unknown places and sources, repeated stops. */
function checkTour(tour: Tour, i: number, dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = []
  const firstAt = new Map<string, string>()
  const places: Array<[string, (string | number)[]]> = [
    [tour.start, ['tours', i, 'start']],
    ...tour.stops.map((id, k): [string, (string | number)[]] => [id, ['tours', i, 'stops', k]]),
    ...tour.optional.map((id, k): [string, (string | number)[]] => [id, ['tours', i, 'optional', k]]),
  ]
  for (const [id, parts] of places) {
    const path = formatPath(parts)
    if (placeOf(dataset, id) === undefined)
      issues.push(makeIssue('E_UNKNOWN_PLACE', path, `no place has the id "${id}"`, { record: tour.id, value: id }))
    if (parts[2] === 'start') continue
    const seen = firstAt.get(id)
    if (seen !== undefined)
      issues.push(
        makeIssue('E_DUPLICATE_STOP', path, `"${id}" is listed twice in the tour (also at ${seen})`, {
          record: tour.id,
          value: id,
        }),
      )
    else firstAt.set(id, path)
  }
  tour.sources.forEach((id, k) => {
    if (sourceOf(dataset, id) === undefined)
      issues.push(
        makeIssue(
          'E_UNKNOWN_SOURCE',
          formatPath(['tours', i, 'sources', k]),
          `cites source "${id}", which is not in the dataset`,
          { record: tour.id, value: id },
        ),
      )
  })
  return issues
}

/**
 * Validates a tours document against the dataset, like a dataset: every problem with its code and path.
 * A tour with problems is skipped (and listed in `skipped`); two tours with one id, or a file that is not
 * a tours document, stop the whole file.
 */
export function parseTours(input: unknown, dataset: Dataset): ToursResult {
  let raw = input
  if (typeof input === 'string') {
    const parsed = parseJsonText(input)
    if (!parsed.ok) return { ok: false, errors: [parsed.issue], skipped: [] }
    raw = parsed.value
  }
  const scan = scanJsonValue(raw)
  if (scan.length) return { ok: false, errors: scan, skipped: [] }
  const list = (raw as { tours?: unknown } | null)?.tours
  if (!Array.isArray(list))
    return { ok: false, errors: [makeIssue('E_MISSING_FIELD', 'tours', '"tours" must be a list')], skipped: [] }
  const errors: DatasetIssue[] = []
  const skipped: SkippedTour[] = []
  const tours: Tour[] = []
  const firstIndex = new Map<string, number>()
  list.forEach((record: unknown, i) => {
    const rawId = (record as { id?: unknown } | null)?.id
    const id = typeof rawId === 'string' ? rawId : null
    if (id !== null) {
      const seen = firstIndex.get(id)
      if (seen !== undefined)
        errors.push(
          makeIssue(
            'E_DUPLICATE_TOUR_ID',
            formatPath(['tours', i, 'id']),
            `another tour already has this id (tours[${seen}])`,
            {
              record: id,
              value: id,
            },
          ),
        )
      else firstIndex.set(id, i)
    }
    const result = tourSchema.safeParse(record)
    const issues = result.success
      ? checkTour(result.data, i, dataset)
      : result.error.issues.map((issue) => toDatasetIssue(issue, ['tours', i], record, id ?? undefined))
    if (issues.length > 0) skipped.push({ index: i, id, issues })
    else if (result.success) tours.push(result.data)
  })
  if (errors.length > 0) return { ok: false, errors, skipped }
  if (tours.length === 0 && skipped.length > 0) return { ok: false, errors: skipped.flatMap((t) => t.issues), skipped }
  return { ok: true, tours, skipped }
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
): { suggestions: TourSuggestion[]; skipped: Tour[] } {
  const { dataset } = network
  const value = (ids: readonly string[]) => ids.reduce((s, id) => s + heritageValue(placeOf(dataset, id)!), 0)
  const sitesOf = (tour: Tour) => [...tour.stops, ...tour.optional].filter((id) => id !== options.start)
  // A tour whose only stop is the traveller's start has nothing to plan: it is skipped, and said so.
  const skipped = tours.filter((tour) => sitesOf(tour).length === 0)
  const suggestions = tours
    .filter((tour) => sitesOf(tour).length > 0)
    .map((tour) => {
      const sites = sitesOf(tour)
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
  return { suggestions, skipped }
}
