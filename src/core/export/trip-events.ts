/**
 * Trip events
 * ===========
 * An itinerary as one ordered list of events on the local clock (Vietnam, UTC+7, no daylight
 * saving): leaving the start, each drive, each visit, each night. Every export (GPX, iCalendar,
 * GeoJSON, CSV, markdown) is written from this list, so they agree on times and order. A time that
 * goes backwards within a day has passed midnight and moves to the next date.
 */
import type { Dataset } from '../dataset/dataset.ts'
import { linkOf } from '../dataset/lookup.ts'
import type { Itinerary, ItineraryLeg, ItineraryStop } from '../itinerary/itinerary.ts'
import type { PlaceId } from '../model/ids.ts'
import { addDays } from '../itinerary/clock.ts'

/** Vietnam's time zone: the IANA name and its fixed offset. */
export const TRIP_TIME_ZONE = 'Asia/Ho_Chi_Minh'
export const TRIP_UTC_OFFSET = '+07:00'
const OFFSET_MINUTES = 7 * 60

export type TripEvent =
  | {
      readonly kind: 'visit'
      readonly day: number
      /** Position among the visits of the whole trip, from 1. */
      readonly order: number
      readonly place: PlaceId
      /** Local date-times `YYYY-MM-DDTHH:MM`: arrival, start of the visit (after any wait), departure. */
      readonly arrive: string
      readonly start: string
      readonly end: string
      readonly stop: ItineraryStop
    }
  | {
      readonly kind: 'travel'
      readonly day: number
      readonly from: PlaceId
      readonly to: PlaceId
      readonly start: string
      readonly end: string
      readonly leg: ItineraryLeg
    }
  | { readonly kind: 'night'; readonly day: number; readonly place: PlaceId; readonly start: string }
  | {
      readonly kind: 'lunch'
      readonly day: number
      readonly place: PlaceId
      readonly start: string
      readonly end: string
    }

/** `YYYY-MM-DDTHH:MM` local → minutes since the epoch on the local clock. */
function localMinutes(dateTime: string): number {
  return Date.parse(`${dateTime}:00Z`) / 60_000
}

/** A local date-time as UTC in ISO form (`2026-12-05T01:30:00Z`). */
export function localToUtc(dateTime: string): string {
  return new Date((localMinutes(dateTime) - OFFSET_MINUTES) * 60_000).toISOString().replace('.000Z', 'Z')
}

/** A local date-time with its offset (`2026-12-05T08:30:00+07:00`), for GeoJSON and CSV. */
export function localWithOffset(dateTime: string): string {
  return `${dateTime}:00${TRIP_UTC_OFFSET}`
}

/** The events of an itinerary, in travel order. */
export function tripEvents(itinerary: Itinerary): TripEvent[] {
  const events: TripEvent[] = []
  let order = 0
  for (const day of itinerary.days) {
    // Walk the day's clock; a time earlier than the last one seen has crossed midnight.
    let date = day.date,
      last = ''
    const at = (time: string) => {
      if (last && time < last) date = addDays(date, 1)
      last = time
      return `${date}T${time}`
    }
    const stops = new Map(day.stops.map((s) => [s.place, s]))
    const lunch = (place: PlaceId, when: 'before' | 'after') => {
      const l = day.lunch
      if (l && l.place === place && l.when === when)
        events.push({ kind: 'lunch', day: day.day, place, start: at(l.start), end: at(l.end) })
    }
    const visit = (stop: ItineraryStop) => {
      const arrive = at(stop.arrive)
      lunch(stop.place, 'before')
      const start = at(stop.start),
        end = at(stop.depart)
      events.push({ kind: 'visit', day: day.day, order: ++order, place: stop.place, arrive, start, end, stop })
      lunch(stop.place, 'after')
    }
    for (const leg of day.legs) {
      events.push({
        kind: 'travel',
        day: day.day,
        from: leg.from,
        to: leg.to,
        start: at(leg.depart),
        end: at(leg.arrive),
        leg,
      })
      const stop = stops.get(leg.to)
      if (stop && leg.to !== day.to) {
        visit(stop)
        stops.delete(leg.to)
      }
    }
    // A stop at the day's end place (visited last, then the night there).
    for (const stop of stops.values()) visit(stop)
    if (day.day < itinerary.days.length)
      events.push({ kind: 'night', day: day.day, place: day.to, start: at(day.arrive) })
  }
  return events
}

/**
 * The points of a leg on the map, in travel order: each link's geometry where the data has one
 * (reversed when travelled backwards), else its two ends; repeated points dropped.
 */
export function legPath(dataset: Dataset, leg: ItineraryLeg): Array<[number, number]> {
  const steps = leg.steps.filter((s) => s.kind === 'travel')
  return stepsPath(dataset, steps.length > 0 ? steps : leg.links.map((id) => ({ link: id, from: null })))
}

/** The points of travel steps (a route's legs), each link oriented the way it is travelled. */
export function stepsPath(
  dataset: Dataset,
  steps: ReadonlyArray<{ readonly link: string; readonly from: string | null; readonly kind?: string }>,
): Array<[number, number]> {
  const points: Array<[number, number]> = []
  const push = (p: readonly [number, number]) => {
    const last = points[points.length - 1]
    if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push([p[0], p[1]])
  }
  for (const step of steps) {
    if (step.kind === 'wait') continue
    const link = linkOf(dataset, step.link)
    if (!link) continue
    const a = dataset.placeById.get(link.from)!,
      b = dataset.placeById.get(link.to)!
    let line: Array<readonly [number, number]> = link.geometry
      ? link.geometry.map(([lon, lat]) => [lon, lat] as const)
      : [
          [a.lon, a.lat],
          [b.lon, b.lat],
        ]
    if (step.from !== null && step.from === link.to) line = [...line].reverse()
    for (const p of line) push(p)
  }
  return points
}

/** When the trip ends, on the local clock: the last drive's arrival (after midnight if it ran late). */
export function tripEnd(itinerary: Itinerary, events: readonly TripEvent[] = tripEvents(itinerary)): string | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!
    if (e.kind === 'travel') return e.end
  }
  const last = itinerary.days[itinerary.days.length - 1]
  return last ? `${last.date}T${last.arrive}` : null
}
