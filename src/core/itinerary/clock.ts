/**
 * Clock
 * =====
 * Times of day as minutes since midnight, and days as `YYYY-MM-DD`, for itineraries.
 */
import { refuse } from '../errors.ts'

/** `HH:MM` → minutes since midnight; throws INVALID_OPTION naming `field` when malformed. */
export function parseClock(text: string, field: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text) ?? (text === '24:00' ? [text, '24', '00'] : null)
  if (!m) throw refuse('INVALID_OPTION', field, `"${text}" must be a time written HH:MM`)
  return Number(m[1]) * 60 + Number(m[2])
}

/** Minutes since midnight (possibly past 24 h) → `HH:MM` of that day. */
export function formatClock(minutes: number): string {
  const m = Math.round(minutes)
  const inDay = ((m % 1440) + 1440) % 1440
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`
}

/** The day `offset` days after `day`. */
export function addDays(day: string, offset: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const

/** Weekday key (`mon` … `sun`) of a `YYYY-MM-DD`. */
export function weekdayOf(day: string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]!
}
