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
  const must = request.visit.map((id) => place(id, 'visit'))
  const optional = (request.optional ?? []).map((id) => place(id, 'optional'))
  if (must.length + optional.length === 0) throw new CoreError('INVALID_REQUEST', 'visit: give at least one place to visit')
  const seen = new Set<string>()
  for (const [id, field] of [...must.map((m) => [m, 'visit'] as const), ...optional.map((o) => [o, 'optional'] as const)]) {
    if (seen.has(id)) throw new CoreError('INVALID_REQUEST', `${field}: "${id}" is listed twice`)
    if (id === start || id === end) throw new CoreError('INVALID_REQUEST', `${field}: "${id}" is the start or the end of the trip; list only the places to visit`)
    seen.add(id)
  }
  const date = checkDay(request.date, 'date')
  const days = request.days ?? 1
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new CoreError('INVALID_OPTION', `days: ${String(days)} must be a whole number from 1 to ${MAX_DAYS}`)
  const [fromText, toText] = request.dayWindow ?? DEFAULT_WINDOW
  const window = [parseClock(fromText, 'day-window'), parseClock(toText, 'day-window')] as const
  if (window[0] >= window[1]) throw new CoreError('INVALID_OPTION', `day-window: ${fromText}-${toText} must end after it starts`)
  const departAt = request.depart ? parseClock(request.depart, 'depart') : window[0]
  if (departAt < window[0] || departAt >= window[1]) throw new CoreError('INVALID_OPTION', `depart: ${request.depart} is outside the day window ${fromText}-${toText}`)
  const maxTravel = request.maxTravelMinutesPerDay ?? DEFAULT_MAX_TRAVEL_MINUTES
  if (!(maxTravel > 0)) throw new CoreError('INVALID_OPTION', `max-travel: ${String(maxTravel)} must be a positive number of minutes`)
  const pace = request.pace ?? 1
  if (!(pace >= 0.5 && pace <= 2)) throw new CoreError('INVALID_OPTION', `pace: ${String(pace)} must be between 0.5 (brisk) and 2 (leisurely)`)
  return { start, end, must, optional, date, days, window, departAt, maxTravel, pace }
}
