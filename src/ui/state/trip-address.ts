/**
 * Between the trip page's address and a saved tour's request: what to keep when saving, and the
 * address that opens a saved tour again.
 */
import { canonicalJson, type SavedRequest, type ScenarioRequest } from '../../../core/index.ts'
import { assumeParam } from '../../state/url-scenario.ts'

export interface TripPageState {
  readonly start: string
  readonly must: readonly string[]
  readonly optional: readonly string[]
  readonly days: number
  readonly depart: string | null
  readonly locks: ReadonlyArray<{ readonly place: string; readonly at?: string; readonly position?: number }>
  readonly profile: 'car' | 'coach' | 'motorbike'
}

/** The request a save keeps: the page's choices, the trip's first day and the scenario. */
export function savedRequestOf(state: TripPageState, date: string, scenario: ScenarioRequest): SavedRequest {
  const clean: SavedRequest['scenario'] = {
    ...(scenario.preset !== undefined && { preset: scenario.preset }),
    ...(scenario.date !== undefined && { date: scenario.date }),
    ...(scenario.basis !== undefined && { basis: scenario.basis }),
    ...(scenario.with?.length && { with: [...scenario.with] }),
    ...(scenario.without?.length && { without: [...scenario.without] }),
    ...(scenario.assume && Object.keys(scenario.assume).length > 0 && { assume: { ...scenario.assume } }),
  }
  return {
    start: state.start,
    visit: state.must.filter((id) => id !== state.start),
    optional: state.optional.filter((id) => id !== state.start),
    date,
    days: state.days,
    ...(state.depart && { depart: state.depart }),
    ...(state.locks.length > 0 && { locks: state.locks.map((l) => ({ ...l })) }),
    profile: state.profile,
    scenario: clean,
  }
}

/** The trip page's address for a saved request (and tour id). */
export function tripAddressOf(request: SavedRequest, tourId: string | null, lang: string | null): string {
  const p = new URLSearchParams()
  p.set('start', request.start)
  if (request.visit.length) p.set('visit', request.visit.join(','))
  if (request.optional.length) p.set('optional', request.optional.join(','))
  if (request.days !== 1) p.set('days', String(request.days))
  if (request.depart) p.set('depart', request.depart)
  if (request.locks?.length)
    p.set(
      'lock',
      request.locks
        .map((l) => (l.at ? `${l.place}@${l.at}` : l.position ? `${l.place}#${l.position}` : l.place))
        .join(','),
    )
  if (request.profile !== 'car') p.set('profile', request.profile)
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
