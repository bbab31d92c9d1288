/**
 * Visit facts
 * ===========
 * What a traveller needs at a stop on a given day, for the roadbook and the exports: the opening hours
 * that day (or that they are unknown), the last entry, the adult fee, and whether these are verified.
 */
import type { Place } from '../dataset/dataset.ts'
import { weekdayOf } from '../itinerary/clock.ts'

export interface VisitFacts {
  /** Opening intervals that day (`HH:MM-HH:MM`); empty when closed; null when unknown. */
  readonly hours: readonly string[] | null
  readonly lastEntry: string | null
  /** Verified from a source (confidence high or medium), as opposed to our estimate. */
  readonly hoursVerified: boolean
  /** Adult entry fee in đồng (0: free), or null when unknown. */
  readonly feeVnd: number | null
  readonly feeAsOf: string | null
}

export function visitFacts(place: Place, date: string): VisitFacts {
  const h = place.openingHours
  const known = h?.status === 'known' ? h : null
  const weekday = weekdayOf(date)
  const hours = known ? (known.days?.[weekday] ?? known.everyDay ?? null) : null
  return {
    hours,
    lastEntry: known?.lastEntry ?? null,
    hoursVerified: known !== null && known.confidence !== 'low',
    feeVnd: place.fee?.amountVnd ?? null,
    feeAsOf: place.fee?.asOf ?? null,
  }
}
