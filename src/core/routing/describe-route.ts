/**
 * Describe a route
 * ================
 * What a traveller reads next to a route, in Vietnamese or English: what sets an alternative apart,
 * and when you arrive if you leave at a given time, with whether the place is open then.
 */
import type { Dataset } from '../dataset/dataset.ts'
import { placeName, projectName } from '../dataset/lookup.ts'
import type { Language } from '../model/common.ts'
import { formatClock, parseClock } from '../itinerary/clock.ts'
import { visitFacts } from '../export/visit-facts.ts'
import type { AlternativeDifference } from './alternatives.ts'
import type { FoundRoute } from './route.ts'

const MODE = {
  waterway: { en: ['by boat', 'no boat'], vi: ['đi thuyền', 'không đi thuyền'] },
  rail: { en: ['by train', 'no train'], vi: ['đi tàu hỏa', 'không đi tàu hỏa'] },
  'cable-car': { en: ['by cable car', 'no cable car'], vi: ['đi cáp treo', 'không đi cáp treo'] },
} as const

/** An alternative's name: `by boat`, `without Đồng Việt bridge and approaches`, `via QL18`, `via Bắc Giang`. */
export function describeAlternative(d: AlternativeDifference, dataset: Dataset, lang: Language): string {
  const vi = lang === 'vi'
  switch (d.kind) {
    case 'by-mode':
      return MODE[d.mode][lang][0]
    case 'avoids-mode':
      return MODE[d.mode][lang][1]
    case 'without-project': {
      const name = projectName(dataset, d.project, lang)
      return vi ? `không qua ${name}` : `without ${name}`
    }
    case 'via-road':
      return vi ? `qua ${d.ref}` : `via ${d.ref}`
    case 'via-place': {
      const name = placeName(dataset, d.place, lang)
      return vi ? `qua ${name}` : `via ${name}`
    }
    case 'another-way':
      return vi ? 'đường khác' : 'another way'
  }
}

/** Whether a place is open when you get there. */
export type OpenAtArrival =
  | { readonly status: 'open'; readonly hours: readonly string[]; readonly lastEntry: string | null }
  | {
      readonly status: 'opens-later'
      readonly opensAt: string
      readonly waitMinutes: number
      readonly hours: readonly string[]
    }
  | { readonly status: 'closed'; readonly hours: readonly string[] }
  | { readonly status: 'unknown' }

export interface ArrivalTiming {
  readonly depart: string
  readonly arrive: string
  /** Days after the departure day the arrival falls on (0 the same day). */
  readonly daysLater: number
  /** For a heritage site: open at arrival, opening later that day, closed, or hours unknown; else null. */
  readonly open: OpenAtArrival | null
  /** The hours are a source's (true) or our estimate. */
  readonly hoursVerified: boolean
}

/** When you arrive leaving at `depart` (`HH:MM`) on `date`, and whether the destination is open. */
export function arrivalTiming(dataset: Dataset, route: FoundRoute, date: string, depart: string): ArrivalTiming {
  const start = parseClock(depart, 'depart')
  const end = start + route.minutes
  const daysLater = Math.floor(end / 1440)
  const place = dataset.placeById.get(route.to)!
  if (place.kind !== 'heritage-site')
    return { depart, arrive: formatClock(Math.floor(end)), daysLater, open: null, hoursVerified: false }
  const facts = visitFacts(place, date)
  const at = Math.floor(end) % 1440
  let open: OpenAtArrival
  if (facts.hours === null) open = { status: 'unknown' }
  else {
    const intervals = facts.hours.map(
      (h) => [parseClock(h.slice(0, 5), 'hours'), parseClock(h.slice(6), 'hours')] as const,
    )
    const last = facts.lastEntry ? parseClock(facts.lastEntry, 'hours') : Infinity
    const inside = intervals.some(([o, c]) => at >= o && at < c) && at <= last
    const next = intervals.filter(([o]) => o > at).map(([o]) => o)[0]
    open =
      daysLater > 0
        ? { status: 'unknown' }
        : inside
          ? { status: 'open', hours: facts.hours, lastEntry: facts.lastEntry }
          : next !== undefined
            ? { status: 'opens-later', opensAt: formatClock(next), waitMinutes: next - at, hours: facts.hours }
            : { status: 'closed', hours: facts.hours }
  }
  return { depart, arrive: formatClock(Math.floor(end)), daysLater, open, hoursVerified: facts.hoursVerified }
}
