/**
 * Between the trip page's address and a saved tour's request: what to keep when saving, and the
 * address that opens a saved tour again.
 */
import { canonicalJson, type PlaceId, type SavedRequest, type ScenarioRequest } from '../../core/index.ts'
import { tripRequest, writeTripParams, type TripState } from './trip-params.ts'
import { assumeParam } from './url-scenario.ts'

/** The request a save keeps: the page's choices, the trip's first day and the scenario. */
export function savedRequestOf(
  state: TripState & { start: PlaceId },
  date: string,
  scenario: ScenarioRequest,
): SavedRequest {
  const clean: SavedRequest['scenario'] = {
    ...(scenario.preset !== undefined && { preset: scenario.preset }),
    ...(scenario.date !== undefined && { date: scenario.date }),
    ...(scenario.basis !== undefined && { basis: scenario.basis }),
    ...(scenario.with?.length && { with: [...scenario.with] }),
    ...(scenario.without?.length && { without: [...scenario.without] }),
    ...(scenario.assume && Object.keys(scenario.assume).length > 0 && { assume: { ...scenario.assume } }),
  }
  const request = tripRequest(state, date)
  return {
    start: state.start,
    ...(state.end && { end: state.end }),
    visit: request?.visit ? [...request.visit] : [],
    optional: request?.optional ? [...request.optional] : [],
    date,
    days: state.days,
    ...(state.depart && { depart: state.depart }),
    ...(state.dayWindow && { dayWindow: [state.dayWindow[0], state.dayWindow[1]] }),
    ...(state.maxTravel !== null && { maxTravelMinutesPerDay: state.maxTravel }),
    ...(state.pace !== null && { pace: state.pace }),
    ...(state.locks.length > 0 && { locks: state.locks.map((l) => ({ ...l })) }),
    profile: state.profile,
    scenario: clean,
    ...(state.lunch !== undefined && { lunch: state.lunch && { ...state.lunch } }),
    ...(Object.keys(state.visitMinutes).length > 0 && { visitMinutes: { ...state.visitMinutes } }),
    ...(state.nights.some(Boolean) && { nights: [...state.nights] }),
  }
}

/** The trip page's choices held in a saved request. */
export function tripStateOf(request: SavedRequest): TripState {
  return {
    start: request.start as PlaceId,
    end: (request.end ?? null) as PlaceId | null,
    must: request.visit as PlaceId[],
    optional: request.optional as PlaceId[],
    days: request.days,
    depart: request.depart ?? null,
    profile: request.profile,
    locks: request.locks ?? [],
    dayWindow: request.dayWindow ?? null,
    maxTravel: request.maxTravelMinutesPerDay ?? null,
    pace: request.pace ?? null,
    lunch: request.lunch,
    visitMinutes: request.visitMinutes ?? {},
    nights: request.nights ?? [],
  }
}

/** The trip page's address for a saved request (and tour id). */
export function tripAddressOf(request: SavedRequest, tourId: string | null, lang: string | null): string {
  const p = new URLSearchParams()
  for (const [key, value] of Object.entries(writeTripParams(tripStateOf(request))))
    if (value !== null) p.set(key, value)
  const s = request.scenario
  if (s.preset) p.set('scenario', s.preset)
  // The page plans on the scenario's day; a preset's trip keeps its own first day.
  if (s.date) p.set('date', s.date)
  else if (!s.preset) p.set('date', request.date)
  if (s.basis && s.basis !== 'expected') p.set('basis', s.basis)
  if (s.with?.length) p.set('with', s.with.join(','))
  if (s.without?.length) p.set('without', s.without.join(','))
  const assume = s.assume ? assumeParam(s.assume) : null
  if (assume) p.set('assume', assume)
  if (tourId) p.set('tour', tourId)
  if (lang) p.set('lang', lang)
  return `/itinerary?${p.toString()}`
}

/** A fresh tour id: random, URL-safe, 12 characters (72 bits). */
export function newTourId(): string {
  const bytes = new Uint8Array(12)
  globalThis.crypto.getRandomValues(bytes)
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  let id = ''
  for (const b of bytes) id += alphabet[b & 63]
  return id
}

/** Whether two requests plan the same trip (the page was not edited since the tour was opened). */
export function sameRequest(a: SavedRequest, b: SavedRequest): boolean {
  return canonicalJson(a) === canonicalJson(b)
}
