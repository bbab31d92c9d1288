/**
 * Trip edits: what each control of the trip page does to the trip's settings, as plain functions of
 * the current settings (the page applies them to the address, so quick edits in a row add up).
 */
import type { PlaceId } from '../../../core/index.ts'
import type { TripState } from '../../state/trip-params.ts'
import type { SiteChoice } from './site-choices.tsx'

/** A site made a must-see, an optional stop, or neither; a site no longer a must-see loses its lock. */
export function withChoice(s: TripState, id: PlaceId, choice: SiteChoice): Partial<TripState> {
  return {
    must: [...s.must.filter((x) => x !== id), ...(choice === 'must' ? [id] : [])],
    optional: [...s.optional.filter((x) => x !== id), ...(choice === 'optional' ? [id] : [])],
    locks: choice === 'must' ? s.locks : s.locks.filter((l) => l.place !== id),
  }
}

/** A visit locked to a time of day, or unlocked (`at` null). */
export function withLock(s: TripState, id: PlaceId, at: string | null): Partial<TripState> {
  return { locks: [...s.locks.filter((l) => l.place !== id), ...(at ? [{ place: id, at }] : [])] }
}

/** How long to stay at a site, or the site's own length (`minutes` null). */
export function withStay(s: TripState, id: PlaceId, minutes: number | null): Partial<TripState> {
  const visitMinutes = { ...s.visitMinutes }
  if (minutes === null) delete visitMinutes[id]
  else visitMinutes[id] = minutes
  return { visitMinutes }
}

/** A day's stops in a new order: each takes its position, and a visit locked to a time keeps its time. */
export function withOrder(s: TripState, order: readonly PlaceId[]): Partial<TripState> {
  const inDay = (place: string) => order.some((p) => p === place)
  const timed = s.locks.filter((l) => l.at && inDay(l.place))
  const others = s.locks.filter((l) => !inDay(l.place))
  const positions = order
    .map((place, i) => ({ place, position: i + 1 }))
    .filter((l) => !timed.some((x) => x.place === l.place))
  return { locks: [...others, ...timed, ...positions] }
}

/** The planner chooses the order again: positions are dropped, times kept. */
export function withFreeOrder(s: TripState): Partial<TripState> {
  return { locks: s.locks.filter((l) => !l.position) }
}
