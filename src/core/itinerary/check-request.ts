/**
 * Checks an itinerary request and fills in defaults; every problem is a CoreError naming its field.
 */
import type { Dataset } from '../dataset/dataset.ts'
import type { PlaceId } from '../model/ids.ts'
import { CoreError, UnknownPlaceError } from '../errors.ts'
import { suggestPlaces } from '../routing/find-route.ts'
import { checkDay } from '../scenario/scenario.ts'
import { parseClock } from './clock.ts'
import type { ItineraryRequest } from './itinerary.ts'

export interface CheckedRequest {
  readonly start: PlaceId
  readonly end: PlaceId
  readonly must: readonly PlaceId[]
  readonly optional: readonly PlaceId[]
  readonly date: string
  readonly days: number
  readonly window: readonly [number, number]
  readonly departAt: number
  readonly maxTravel: number
  readonly pace: number
  /** Locked visit start per place (minutes since midnight). */
  readonly lockedAt: ReadonlyMap<PlaceId, number>
  /** Locked position in the day's order per place. */
  readonly lockedPosition: ReadonlyMap<PlaceId, number>
}

export const MAX_DAYS = 7
export const DEFAULT_WINDOW = ['07:00', '19:00'] as const
export const DEFAULT_MAX_TRAVEL_MINUTES = 360

export function checkRequest(dataset: Dataset, request: ItineraryRequest): CheckedRequest {
  const place = (id: string, field: string): PlaceId => {
    if (!dataset.placeById.has(id as PlaceId)) throw new UnknownPlaceError(id, suggestPlaces(dataset, id), field)
    return id as PlaceId
  }
  const start = place(request.start, 'start')
  const end = place(request.end ?? request.start, 'end')
  const listedMust = request.visit.map((id) => place(id, 'visit'))
  const listedOptional = (request.optional ?? []).map((id) => place(id, 'optional'))
  const locks = request.locks ?? []
  const locked = new Set(locks.map((l) => place(l.place, 'lock')))
  // A locked place is a must-see, wherever it was listed (or if it was not listed at all).
  const must = [
    ...listedMust,
    ...listedOptional.filter((id) => locked.has(id)),
    ...[...locked].filter((id) => !listedMust.includes(id) && !listedOptional.includes(id)),
  ]
  const optional = listedOptional.filter((id) => !locked.has(id))
  if (must.length + optional.length === 0)
    throw new CoreError('INVALID_REQUEST', 'visit: give at least one place to visit')
  const seen = new Set<string>()
  for (const [id, field] of [
    ...must.map((m) => [m, 'visit'] as const),
    ...optional.map((o) => [o, 'optional'] as const),
  ]) {
    if (seen.has(id)) throw new CoreError('INVALID_REQUEST', `${field}: "${id}" is listed twice`)
    if (id === start || id === end)
      throw new CoreError(
        'INVALID_REQUEST',
        `${field}: "${id}" is the start or the end of the trip; list only the places to visit`,
      )
    seen.add(id)
  }
  const date = checkDay(request.date, 'date')
  const days = request.days ?? 1
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)
    throw new CoreError('INVALID_OPTION', `days: ${String(days)} must be a whole number from 1 to ${MAX_DAYS}`)
  const [fromText, toText] = request.dayWindow ?? DEFAULT_WINDOW
  const window = [parseClock(fromText, 'day-window'), parseClock(toText, 'day-window')] as const
  if (window[0] >= window[1])
    throw new CoreError('INVALID_OPTION', `day-window: ${fromText}-${toText} must end after it starts`)
  const departAt = request.depart ? parseClock(request.depart, 'depart') : window[0]
  if (departAt < window[0] || departAt >= window[1])
    throw new CoreError('INVALID_OPTION', `depart: ${request.depart} is outside the day window ${fromText}-${toText}`)
  const maxTravel = request.maxTravelMinutesPerDay ?? DEFAULT_MAX_TRAVEL_MINUTES
  if (!(maxTravel > 0))
    throw new CoreError('INVALID_OPTION', `max-travel: ${String(maxTravel)} must be a positive number of minutes`)
  const pace = request.pace ?? 1
  if (!(pace >= 0.5 && pace <= 2))
    throw new CoreError('INVALID_OPTION', `pace: ${String(pace)} must be between 0.5 (brisk) and 2 (leisurely)`)
  const lockedAt = new Map<PlaceId, number>()
  const lockedPosition = new Map<PlaceId, number>()
  for (const lock of locks) {
    const id = lock.place as PlaceId
    if (lock.at === undefined && lock.position === undefined)
      throw new CoreError('INVALID_REQUEST', `lock: "${id}" needs a time or a position`)
    if (lock.at !== undefined) {
      const at = parseClock(lock.at, 'lock')
      if (at < window[0] || at >= window[1])
        throw new CoreError('INVALID_OPTION', `lock: ${id}@${lock.at} is outside the day window ${fromText}-${toText}`)
      if (lockedAt.has(id)) throw new CoreError('INVALID_REQUEST', `lock: "${id}" is locked to two times`)
      lockedAt.set(id, at)
    }
    if (lock.position !== undefined) {
      if (!Number.isInteger(lock.position) || lock.position < 1 || lock.position > must.length + optional.length)
        throw new CoreError(
          'INVALID_OPTION',
          `lock: position ${String(lock.position)} for "${id}" must be between 1 and the number of places`,
        )
      if ([...lockedPosition.values()].includes(lock.position))
        throw new CoreError('INVALID_REQUEST', `lock: two places are locked to position ${lock.position}`)
      lockedPosition.set(id, lock.position)
    }
  }
  return { start, end, must, optional, date, days, window, departAt, maxTravel, pace, lockedAt, lockedPosition }
}
