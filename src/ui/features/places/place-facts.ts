/**
 * Place facts for display: opening hours and fees as short text, the month's festivals.
 */
import { nextFestivals, type OpeningHours, type Place } from '../../../core/index.ts'

export function hoursText(hours: OpeningHours | undefined): { text: string | null; unverified: boolean } {
  if (!hours || hours.status === 'unknown') return { text: null, unverified: true }
  const every = hours.everyDay?.join(', ') ?? null
  const days = hours.days
    ? Object.entries(hours.days)
        .map(([d, iv]) => `${d} ${iv.length ? iv.join(', ') : '—'}`)
        .join('; ')
    : null
  return { text: [every, days].filter(Boolean).join('; '), unverified: hours.confidence === 'low' }
}

/** True when one of the place's festivals is under way or starts in the month of `day`. */
export function hasFestivalInMonth(place: Place, day: string): boolean {
  const month = day.slice(0, 7)
  return nextFestivals(place, `${month}-01`).some(
    (o) => o.start.slice(0, 7) === month || (o.start <= `${month}-01` && o.end >= `${month}-01`),
  )
}
