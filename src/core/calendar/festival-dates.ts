/**
 * Festival dates
 * ==============
 * When a site's festivals fall in the Gregorian calendar: the next occurrence from a day, and the
 * festivals running on a given day.
 */
import type { Dataset, Place } from '../dataset/dataset.ts'
import type { Festival } from '../model/place.ts'
import { fromLunar, toLunar } from './lunar-calendar.ts'

/** One occurrence of a festival: first and last day, inclusive, as `YYYY-MM-DD`. */
export interface FestivalOccurrence {
  readonly festival: Festival
  readonly place: Place
  readonly start: string
  readonly end: string
  /** Lunar year the occurrence belongs to. */
  readonly lunarYear: number
}

/** The occurrence of a festival in a lunar year. */
export function occurrenceIn(place: Place, festival: Festival, lunarYear: number): FestivalOccurrence {
  const { month: sm, day: sd } = festival.lunarStart
  const end = festival.lunarEnd ?? festival.lunarStart
  const endYear = end.month < sm ? lunarYear + 1 : lunarYear
  return {
    festival,
    place,
    lunarYear,
    start: fromLunar(lunarYear, sm, sd),
    end: fromLunar(endYear, end.month, end.day),
  }
}

/** The first occurrence that ends on or after `day` (so one under way counts). */
export function nextOccurrence(place: Place, festival: Festival, day: string): FestivalOccurrence {
  const year = toLunar(day).year
  for (const y of [year - 1, year, year + 1]) {
    const occurrence = occurrenceIn(place, festival, y)
    if (occurrence.end >= day) return occurrence
  }
  return occurrenceIn(place, festival, year + 2)
}

/** The next occurrence of each of a place's festivals from `day`, soonest first. */
export function nextFestivals(place: Place, day: string): FestivalOccurrence[] {
  return (place.festivals ?? [])
    .map((f) => nextOccurrence(place, f, day))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
}

/** Festivals under way on `day`, across the dataset. */
export function festivalsOn(dataset: Dataset, day: string): FestivalOccurrence[] {
  return dataset.places.flatMap((p) => nextFestivals(p, day).filter((o) => o.start <= day && o.end >= day))
}
