/**
 * Trip page parameters
 * ====================
 * The trip page keeps every choice in its address, with the command line's names and written forms
 * (see `request-text.ts` in the core):
 *
 *   start, end, visit, optional, days, depart, profile, lock, day-window, max-travel, pace, lunch,
 *   visit-minutes, nights        (and the scenario's own: date, scenario, basis, with, without, assume)
 *
 * Reading drops what cannot be used with a notice naming the field; writing gives back the same
 * address (defaults left out), so a saved tour, a shared link and the page agree.
 */
import {
  placeOf,
  DEFAULT_MAX_TRAVEL_MINUTES,
  DEFAULT_WINDOW,
  MAX_DAYS,
  readDayWindow,
  readLock,
  readLunch,
  readNights,
  readVisitMinutes,
  TRAVEL_PROFILES,
  VISIT_MINUTES_RANGE,
  writeDayWindow,
  writeLock,
  writeLunch,
  writeNights,
  writeVisitMinutes,
  type Dataset,
  type ItineraryRequest,
  type Lock,
  type Lunch,
  type PlaceId,
  type TravelProfile,
} from '../../core/index.ts'
import type { UrlNotice } from './url-scenario.ts'
import { repeatedKeyNotices, uniqueIds } from './url-notices.ts'

export const TRIP_PARAMS = [
  'start',
  'end',
  'visit',
  'optional',
  'days',
  'depart',
  'profile',
  'lock',
  'day-window',
  'max-travel',
  'pace',
  'lunch',
  'visit-minutes',
  'nights',
] as const

export interface TripState {
  readonly start: PlaceId | null
  /** Where the trip ends; null for back at the start. */
  readonly end: PlaceId | null
  readonly must: readonly PlaceId[]
  readonly optional: readonly PlaceId[]
  readonly days: number
  readonly depart: string | null
  readonly profile: TravelProfile
  readonly locks: readonly Lock[]
  readonly dayWindow: readonly [string, string] | null
  readonly maxTravel: number | null
  readonly pace: number | null
  /** The lunch break; null for none, undefined for the default. */
  readonly lunch: Lunch | null | undefined
  readonly visitMinutes: Readonly<Record<string, number>>
  /** Overnight bases in order; '' leaves a night to the planner. */
  readonly nights: readonly string[]
}

export const PACES = [0.75, 1, 1.5] as const

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : [])

/** The page's choices from its address, with a notice for each value dropped. */
export function readTripParams(
  dataset: Dataset,
  p: URLSearchParams,
): { readonly state: TripState; readonly notices: UrlNotice[] } {
  const notices: UrlNotice[] = repeatedKeyNotices(p, TRIP_PARAMS)
  const bad = (field: string, value: string) =>
    notices.push({ key: 'errors.badOption', values: { value: value.slice(0, 40), field } })
  const known = (ids: string[], field: string) =>
    ids.filter((id) => {
      if (placeOf(dataset, id) !== undefined) return true
      notices.push({ key: 'errors.unknownPlace', values: { id: id.slice(0, 80), field } })
      return false
    }) as PlaceId[]
  const one = (field: 'start' | 'end') => {
    const text = p.get(field)
    return text && known([text], field).length ? (text as PlaceId) : null
  }
  const start = one('start')
  const endRaw = one('end')
  const must = uniqueIds(known(list(p.get('visit')), 'visit'), 'visit', notices) as PlaceId[]
  const optional = (uniqueIds(known(list(p.get('optional')), 'optional'), 'optional', notices) as PlaceId[]).filter(
    (id) => !must.includes(id),
  )
  const daysText = p.get('days')
  const days =
    daysText && /^\d$/.test(daysText) && Number(daysText) >= 1 && Number(daysText) <= MAX_DAYS ? Number(daysText) : 1
  if (daysText && String(days) !== daysText) bad('days', daysText)
  const clock = /^([01]\d|2[0-3]):[0-5]\d$/
  const departText = p.get('depart')
  const depart = departText && clock.test(departText) ? departText : null
  if (departText && !depart) bad('depart', departText)
  const locks: Lock[] = []
  for (const item of list(p.get('lock'))) {
    const lock = readLock(item)
    if (!lock || placeOf(dataset, lock.place) === undefined) bad('lock', item)
    else if (!locks.some((l) => l.place === lock.place)) locks.push(lock)
  }
  const profileText = p.get('profile')
  const profile = (TRAVEL_PROFILES as readonly string[]).includes(profileText ?? '')
    ? (profileText as TravelProfile)
    : 'car'
  if (profileText && profile !== profileText) bad('profile', profileText)
  const windowText = p.get('day-window')
  const window = windowText ? readDayWindow(windowText) : null
  const dayWindow = window && window[0] < window[1] ? window : null
  if (windowText && !dayWindow) bad('day-window', windowText)
  const maxText = p.get('max-travel')
  const maxTravel =
    maxText && /^\d{1,4}$/.test(maxText) && Number(maxText) >= 30 && Number(maxText) <= 1440 ? Number(maxText) : null
  if (maxText && maxTravel === null) bad('max-travel', maxText)
  const paceText = p.get('pace')
  const pace =
    paceText && /^\d(\.\d{1,2})?$/.test(paceText) && Number(paceText) >= 0.5 && Number(paceText) <= 2
      ? Number(paceText)
      : null
  if (paceText && pace === null) bad('pace', paceText)
  const lunchText = p.get('lunch')
  const lunchRead = lunchText ? readLunch(lunchText) : undefined
  const lunch =
    lunchRead && (lunchRead.minutes < 10 || lunchRead.minutes > 180 || lunchRead.from > lunchRead.to)
      ? undefined
      : lunchRead
  if (lunchText && lunch === undefined) bad('lunch', lunchText)
  const visitMinutes: Record<string, number> = {}
  for (const item of list(p.get('visit-minutes'))) {
    const v = readVisitMinutes(item)
    if (
      !v ||
      placeOf(dataset, v.place) === undefined ||
      v.minutes < VISIT_MINUTES_RANGE[0] ||
      v.minutes > VISIT_MINUTES_RANGE[1]
    )
      bad('visit-minutes', item)
    else visitMinutes[v.place] = v.minutes
  }
  const nightsText = p.get('nights')
  const nightsRead = nightsText ? readNights(nightsText) : []
  const nights = (nightsRead ?? []).map((id) => (id && placeOf(dataset, id) === undefined ? '' : id))
  if (nightsText && (!nightsRead || nights.some((n, i) => n !== nightsRead[i]))) bad('nights', nightsText)
  return {
    state: {
      start,
      end: endRaw === start ? null : endRaw,
      must,
      optional,
      days,
      depart,
      profile,
      locks,
      dayWindow,
      maxTravel,
      pace,
      lunch,
      visitMinutes,
      nights: nights.slice(0, days - 1),
    },
    notices,
  }
}

/** The address parameters of a trip (defaults left out), the inverse of `readTripParams`. */
export function writeTripParams(state: TripState): Record<(typeof TRIP_PARAMS)[number], string | null> {
  const nights = state.nights.slice(0, state.days - 1)
  return {
    start: state.start,
    end: state.end && state.end !== state.start ? state.end : null,
    visit: state.must.length ? state.must.join(',') : null,
    optional: state.optional.length ? state.optional.join(',') : null,
    days: state.days === 1 ? null : String(state.days),
    depart: state.depart,
    profile: state.profile === 'car' ? null : state.profile,
    lock: state.locks.length ? state.locks.map(writeLock).join(',') : null,
    'day-window':
      state.dayWindow && (state.dayWindow[0] !== DEFAULT_WINDOW[0] || state.dayWindow[1] !== DEFAULT_WINDOW[1])
        ? writeDayWindow(state.dayWindow)
        : null,
    'max-travel':
      state.maxTravel !== null && state.maxTravel !== DEFAULT_MAX_TRAVEL_MINUTES ? String(state.maxTravel) : null,
    pace: state.pace !== null && state.pace !== 1 ? String(state.pace) : null,
    lunch: state.lunch === undefined ? null : writeLunch(state.lunch),
    'visit-minutes': Object.keys(state.visitMinutes).length ? writeVisitMinutes(state.visitMinutes) : null,
    nights: nights.some(Boolean) ? writeNights(nights) : null,
  }
}

/** What the planner is asked for the page's choices, on `date`; null until a start and a site are chosen. */
export function tripRequest(state: TripState, date: string): ItineraryRequest | null {
  if (!state.start || state.must.length + state.optional.length === 0) return null
  const start = state.start
  const others = (ids: readonly string[]) => ids.filter((id) => id !== start && id !== state.end)
  // Visit lengths count for the places visited only (a site taken out keeps its setting in the address).
  const visited = new Set([...others(state.must), ...others(state.optional), ...state.locks.map((l) => l.place)])
  const stays = Object.fromEntries(Object.entries(state.visitMinutes).filter(([id]) => visited.has(id)))
  return {
    start,
    ...(state.end && { end: state.end }),
    visit: others(state.must),
    optional: others(state.optional),
    date,
    days: state.days,
    ...(state.depart && { depart: state.depart }),
    ...(state.dayWindow && { dayWindow: state.dayWindow }),
    ...(state.maxTravel !== null && { maxTravelMinutesPerDay: state.maxTravel }),
    ...(state.pace !== null && { pace: state.pace }),
    ...(state.locks.length > 0 && { locks: state.locks.filter((l) => l.place !== start && l.place !== state.end) }),
    ...(state.lunch !== undefined && { lunch: state.lunch }),
    ...(Object.keys(stays).length > 0 && { visitMinutes: stays }),
    ...(state.nights.some(Boolean) && { nights: state.nights.slice(0, state.days - 1) }),
  }
}
