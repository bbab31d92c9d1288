/**
 * Route page parameters in the URL: `from`, `to`, `profile`, `modes`, `optimize`, `existing`, `alt`,
 * `depart`.
 * Unknown or malformed values are dropped with a notice; the page stays usable.
 */
import {
  placeOf,
  LINK_MODES,
  TRAVEL_PROFILES,
  type Dataset,
  type LinkMode,
  type PlaceId,
  type RoutingOptions,
  type TravelProfile,
} from '../../../core/index.ts'
import type { UrlNotice } from '../../state/url-scenario.ts'
import { repeatedKeyNotices } from '../../state/url-notices.ts'

export interface RouteParams {
  from: PlaceId | null
  to: PlaceId | null
  options: Required<Pick<RoutingOptions, 'profile' | 'modes' | 'optimize' | 'existingOnly'>>
  alt: number
  /** Departure time `HH:MM` (default 08:00), for the arrival time and opening hours. */
  depart: string
  notices: UrlNotice[]
}

/** Departure time when none is given. */
export const DEFAULT_DEPART = '08:00'

const MODES: readonly LinkMode[] = LINK_MODES

export function readRouteParams(dataset: Dataset, params: URLSearchParams): RouteParams {
  const notices: UrlNotice[] = repeatedKeyNotices(params, [
    'from',
    'to',
    'profile',
    'modes',
    'optimize',
    'existing',
    'alt',
    'depart',
  ])
  const place = (field: 'from' | 'to') => {
    const value = params.get(field)
    if (!value) return null
    if (placeOf(dataset, value) !== undefined) return value as PlaceId
    notices.push({ key: 'errors.unknownPlace', values: { id: value.slice(0, 80), field } })
    return null
  }
  const from = place('from')
  const to = place('to')
  const profileText = params.get('profile')
  let profile: TravelProfile = 'car'
  if ((TRAVEL_PROFILES as readonly string[]).includes(profileText ?? '')) profile = profileText as TravelProfile
  else if (profileText)
    notices.push({ key: 'errors.badOption', values: { value: profileText.slice(0, 80), field: 'profile' } })
  let modes = [...MODES]
  const modesText = params.get('modes')
  if (modesText) {
    const asked = modesText.split(',')
    const good = asked.filter((m): m is LinkMode => (MODES as readonly string[]).includes(m))
    if (good.length !== asked.length || good.length === 0)
      notices.push({ key: 'errors.badOption', values: { value: modesText.slice(0, 80), field: 'modes' } })
    if (good.length > 0) modes = MODES.filter((m) => good.includes(m))
  }
  const optimizeText = params.get('optimize')
  const optimize = optimizeText === 'distance' ? 'distance' : 'time'
  if (optimizeText && optimizeText !== 'distance' && optimizeText !== 'time')
    notices.push({ key: 'errors.badOption', values: { value: optimizeText.slice(0, 80), field: 'optimize' } })
  const alt = Math.max(0, Math.min(3, Number.parseInt(params.get('alt') ?? '0', 10) || 0))
  const departText = params.get('depart')
  const depart = departText && /^([01]\d|2[0-3]):[0-5]\d$/.test(departText) ? departText : DEFAULT_DEPART
  if (departText && depart !== departText)
    notices.push({ key: 'errors.badOption', values: { value: departText.slice(0, 20), field: 'depart' } })
  return {
    from,
    to,
    options: { profile, modes, optimize, existingOnly: params.get('existing') === '1' },
    alt,
    depart,
    notices,
  }
}
