/**
 * Checks an itinerary request and fills in defaults; every problem is a CoreError naming its field.
 */
import type { Dataset } from '../dataset/dataset.ts'
import { placeOf } from '../dataset/lookup.ts'
import type { PlaceId } from '../model/ids.ts'
import { refuse, UnknownPlaceError } from '../errors.ts'
import { suggestPlaces } from '../routing/find-route.ts'
import { checkDay } from '../scenario/scenario.ts'
import { parseClock } from './clock.ts'
import type { ItineraryRequest } from './itinerary.ts'
import type { LunchBreak } from './day-problem.ts'

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
  readonly lunch: LunchBreak | null
  /** Visit length per place, where the request sets one. */
  readonly visitMinutes: ReadonlyMap<PlaceId, number>
  /** The base chosen for each night (null: the planner chooses). */
  readonly nights: ReadonlyArray<PlaceId | null>
}

export const MAX_DAYS = 7
export const DEFAULT_WINDOW = ['07:00', '19:00'] as const
export const DEFAULT_MAX_TRAVEL_MINUTES = 360
/** Lunch unless the request says otherwise: an hour, starting between 11:00 and 13:30. */
export const DEFAULT_LUNCH = { from: '11:00', to: '13:30', minutes: 60 } as const
/** Shortest and longest visit a request may set, in minutes. */
export const VISIT_MINUTES_RANGE = [5, 600] as const

export function checkRequest(dataset: Dataset, request: ItineraryRequest): CheckedRequest {
  const place = (id: string, field: string): PlaceId => {
    if (placeOf(dataset, id) === undefined) throw new UnknownPlaceError(id, suggestPlaces(dataset, id), field)
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
  if (must.length + optional.length === 0) throw refuse('INVALID_REQUEST', 'visit', 'give at least one place to visit')
  const seen = new Set<string>()
  for (const [id, field] of [
    ...must.map((m) => [m, 'visit'] as const),
    ...optional.map((o) => [o, 'optional'] as const),
  ]) {
    if (seen.has(id)) throw refuse('INVALID_REQUEST', field, `"${id}" is listed twice`)
    if (id === start || id === end)
      throw refuse(
        'INVALID_REQUEST',
        field,
        `"${id}" is the start or the end of the trip; list only the places to visit`,
      )
    seen.add(id)
  }
  const date = checkDay(request.date, 'date')
  const days = request.days ?? 1
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)
    throw refuse('INVALID_OPTION', 'days', `${String(days)} must be a whole number from 1 to ${MAX_DAYS}`)
  const [fromText, toText] = request.dayWindow ?? DEFAULT_WINDOW
  const window = [parseClock(fromText, 'day-window'), parseClock(toText, 'day-window')] as const
  if (window[0] >= window[1])
    throw refuse('INVALID_OPTION', 'day-window', `${fromText}-${toText} must end after it starts`)
  const departAt = request.depart ? parseClock(request.depart, 'depart') : window[0]
  if (departAt < window[0] || departAt >= window[1])
    throw refuse('INVALID_OPTION', 'depart', `${request.depart} is outside the day window ${fromText}-${toText}`)
  const maxTravel = request.maxTravelMinutesPerDay ?? DEFAULT_MAX_TRAVEL_MINUTES
  if (!(maxTravel > 0))
    throw refuse('INVALID_OPTION', 'max-travel', `${String(maxTravel)} must be a positive number of minutes`)
  const pace = request.pace ?? 1
  if (!(pace >= 0.5 && pace <= 2))
    throw refuse('INVALID_OPTION', 'pace', `${String(pace)} must be between 0.5 (brisk) and 2 (leisurely)`)
  const lockedAt = new Map<PlaceId, number>()
  const lockedPosition = new Map<PlaceId, number>()
  for (const lock of locks) {
    const id = lock.place as PlaceId
    if (lock.at === undefined && lock.position === undefined)
      throw refuse('INVALID_REQUEST', 'lock', `"${id}" needs a time or a position`)
    if (lock.at !== undefined) {
      const at = parseClock(lock.at, 'lock')
      if (at < window[0] || at >= window[1])
        throw refuse('INVALID_OPTION', 'lock', `${id}@${lock.at} is outside the day window ${fromText}-${toText}`)
      if (lockedAt.has(id)) throw refuse('INVALID_REQUEST', 'lock', `"${id}" is locked to two times`)
      lockedAt.set(id, at)
    }
    if (lock.position !== undefined) {
      if (!Number.isInteger(lock.position) || lock.position < 1 || lock.position > must.length + optional.length)
        throw refuse(
          'INVALID_OPTION',
          'lock',
          `position ${String(lock.position)} for "${id}" must be between 1 and the number of places`,
        )
      if ([...lockedPosition.values()].includes(lock.position))
        throw refuse('INVALID_REQUEST', 'lock', `two places are locked to position ${lock.position}`)
      lockedPosition.set(id, lock.position)
    }
  }
  const lunchText = request.lunch === undefined ? DEFAULT_LUNCH : request.lunch
  let lunch: LunchBreak | null = null
  if (lunchText !== null) {
    const earliest = parseClock(lunchText.from, 'lunch'),
      latest = parseClock(lunchText.to, 'lunch')
    if (latest < earliest)
      throw refuse('INVALID_OPTION', 'lunch', `${lunchText.from}-${lunchText.to} must end after it starts`)
    if (!Number.isInteger(lunchText.minutes) || lunchText.minutes < 10 || lunchText.minutes > 180)
      throw refuse(
        'INVALID_OPTION',
        'lunch',
        `${String(lunchText.minutes)} must be a whole number of minutes from 10 to 180`,
      )
    lunch = { earliest, latest, minutes: lunchText.minutes }
  }
  const visitMinutes = new Map<PlaceId, number>()
  for (const [id, minutes] of Object.entries(request.visitMinutes ?? {})) {
    const placeId = place(id, 'visit-minutes')
    if (!must.includes(placeId) && !optional.includes(placeId))
      throw refuse('INVALID_REQUEST', 'visit-minutes', `"${id}" is not one of the places to visit`)
    if (!Number.isInteger(minutes) || minutes < VISIT_MINUTES_RANGE[0] || minutes > VISIT_MINUTES_RANGE[1])
      throw refuse(
        'INVALID_OPTION',
        'visit-minutes',
        `${String(minutes)} for "${id}" must be a whole number of minutes from ${VISIT_MINUTES_RANGE[0]} to ${VISIT_MINUTES_RANGE[1]}`,
      )
    visitMinutes.set(placeId, minutes)
  }
  const nightList = request.nights ?? []
  if (nightList.length > days - 1)
    throw refuse(
      'INVALID_OPTION',
      'nights',
      `${nightList.length} bases for a trip of ${days} day(s); give at most ${days - 1}`,
    )
  const nights = nightList.map((id) => (id === '' ? null : place(id, 'nights')))
  return {
    start,
    end,
    must,
    optional,
    date,
    days,
    window,
    departAt,
    maxTravel,
    pace,
    lockedAt,
    lockedPosition,
    lunch,
    visitMinutes,
    nights,
  }
}
