/**
 * Opening hours on a day
 * ======================
 * When a place can be visited on a given date: its intervals (minutes since midnight), its last
 * entry, and whether the hours are known. Unknown hours count as open within the day window, and
 * are flagged as unverified.
 */
import type { Place } from '../dataset/dataset.ts'
import { parseClock, weekdayOf } from './clock.ts'

export interface DayHours {
  /** Open intervals `[open, close)` in minutes since midnight; empty when closed all day. */
  readonly intervals: ReadonlyArray<readonly [number, number]>
  /** Latest minute a visit may start, if the place says. */
  readonly lastEntry: number | null
  /** False when the hours are unknown or our estimate. */
  readonly verified: boolean
  readonly known: boolean
}

export function hoursOn(place: Place, day: string, window: readonly [number, number]): DayHours {
  const hours = place.openingHours
  if (!hours || hours.status === 'unknown')
    return { intervals: [window], lastEntry: null, verified: false, known: false }
  const list = hours.days?.[weekdayOf(day)] ?? hours.everyDay ?? []
  const intervals = list.map(
    (iv) => [parseClock(iv.slice(0, 5), 'openingHours'), parseClock(iv.slice(6), 'openingHours')] as const,
  )
  return {
    intervals,
    lastEntry: hours.lastEntry ? parseClock(hours.lastEntry, 'lastEntry') : null,
    verified: hours.confidence !== 'low',
    known: true,
  }
}

/**
 * Earliest start of a visit of `duration` minutes, arriving at `arrival` (minutes since midnight of the
 * same day): the visit must start at or after opening and at or before last entry, and end by closing.
 * Returns null when no interval fits.
 */
export function earliestVisitStart(hours: DayHours, arrival: number, duration: number): number | null {
  for (const [open, close] of hours.intervals) {
    const start = Math.max(arrival, open)
    if (hours.lastEntry !== null && start > hours.lastEntry) continue
    if (start + duration <= close) return start
  }
  return null
}
