/**
 * The compare page's address
 * ==========================
 * `/compare?before=SCENARIO&after=SCENARIO` plus, for each side, `before-basis`, `before-with`,
 * `before-without` (and the same for `after`); the shared what-if `assume=ID@YYYY-MM,…`; the map's
 * `gateway`; the delay what-if `delay=ID@MONTHS`; and the pairs table's `pairs-place`, `pairs-kind`,
 * `pairs-sort`, `pairs-page`. Everything a planner sets can be bookmarked and shared; a bad value is
 * dropped with a notice.
 */
import {
  checkDay,
  CHANGE_KINDS,
  MAX_DELAY_MONTHS,
  SCENARIO_PRESETS,
  type ChangeKind,
  type Dataset,
  type ScenarioRequest,
  placeOf,
  projectOf,
} from '../../../core/index.ts'
import type { UrlNotice } from '../../state/url-scenario.ts'
import { assumeFromParam } from '../../state/url-scenario.ts'
import { repeatedKeyNotices, uniqueIds } from '../../state/url-notices.ts'

export type Side = 'before' | 'after'
export const SIDES: readonly Side[] = ['before', 'after']
export const PRESETS = Object.keys(SCENARIO_PRESETS)
export const DEFAULT_SIDE: Record<Side, string> = { before: 'agreement-2023', after: 'full-vision' }

export interface SideState {
  /** A preset name or a `YYYY-MM-DD` day. */
  readonly scenario: string
  readonly basis: 'expected' | 'promised'
  readonly with: readonly string[]
  readonly without: readonly string[]
}

export const PAIR_SORTS = ['change', 'from', 'to', 'before', 'after', 'percent'] as const
export type PairSort = (typeof PAIR_SORTS)[number]

export interface CompareState {
  readonly before: SideState
  readonly after: SideState
  readonly assume: Readonly<Record<string, string>>
  /** The place the map of change measures minutes from. */
  readonly gateway: string
  readonly delay: { readonly project: string; readonly months: number } | null
  readonly pairsPlace: string | null
  readonly pairsKind: ChangeKind | 'changed' | 'all'
  readonly pairsSort: { readonly key: PairSort; readonly descending: boolean }
  readonly pairsPage: number
  readonly notices: readonly UrlNotice[]
}

const KEYS = [
  ...SIDES.flatMap((s) => [s, `${s}-basis`, `${s}-with`, `${s}-without`]),
  'assume',
  'gateway',
  'delay',
  'pairs-place',
  'pairs-kind',
  'pairs-sort',
  'pairs-page',
]

const list = (value: string | null) =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : []

function readSide(dataset: Dataset, params: URLSearchParams, side: Side, notices: UrlNotice[]): SideState {
  let scenario = params.get(side) ?? DEFAULT_SIDE[side]
  if (!PRESETS.includes(scenario)) {
    try {
      checkDay(scenario)
    } catch {
      notices.push({ key: 'errors.badOption', values: { value: scenario.slice(0, 40), field: side } })
      scenario = DEFAULT_SIDE[side]
    }
  }
  const basisText = params.get(`${side}-basis`)
  if (basisText !== null && basisText !== 'expected' && basisText !== 'promised')
    notices.push({ key: 'errors.badOption', values: { value: basisText.slice(0, 40), field: `${side}-basis` } })
  const ids = (key: string) =>
    uniqueIds(list(params.get(key)), key, notices).filter((id) => {
      if (projectOf(dataset, id) !== undefined) return true
      notices.push({ key: 'errors.badProject', values: { value: id.slice(0, 80) } })
      return false
    })
  const withIds = ids(`${side}-with`)
  const withoutIds = ids(`${side}-without`).filter((id) => !withIds.includes(id))
  return { scenario, basis: basisText === 'promised' ? 'promised' : 'expected', with: withIds, without: withoutIds }
}

/**
 * The page's state from its address. `origins` are the places the map may measure from (the first is
 * the default).
 */
export function readCompareState(dataset: Dataset, params: URLSearchParams, origins: readonly string[]): CompareState {
  const notices: UrlNotice[] = repeatedKeyNotices(params, KEYS)
  const before = readSide(dataset, params, 'before', notices)
  const after = readSide(dataset, params, 'after', notices)
  const assume = assumeFromParam(dataset, params.get('assume'), notices)
  let gateway = params.get('gateway') ?? origins[0] ?? ''
  if (!origins.includes(gateway)) {
    notices.push({ key: 'errors.badOption', values: { value: gateway.slice(0, 40), field: 'gateway' } })
    gateway = origins[0] ?? ''
  }
  let delay: CompareState['delay'] = null
  const delayText = params.get('delay')
  if (delayText) {
    const [project = '', monthsText = ''] = delayText.split('@')
    const months = Number(monthsText)
    if (
      projectOf(dataset, project) !== undefined &&
      /^-?\d{1,3}$/.test(monthsText) &&
      Math.abs(months) <= MAX_DELAY_MONTHS
    )
      delay = { project, months }
    else notices.push({ key: 'errors.badOption', values: { value: delayText.slice(0, 40), field: 'delay' } })
  }
  const place = params.get('pairs-place')
  const kindText = params.get('pairs-kind') ?? 'changed'
  const kinds: readonly string[] = [...CHANGE_KINDS, 'changed', 'all']
  const sortText = params.get('pairs-sort') ?? '-change'
  const sortKey = sortText.replace(/^-/, '')
  const page = Number(params.get('pairs-page') ?? '1')
  return {
    before,
    after,
    assume,
    gateway,
    delay,
    pairsPlace: place && placeOf(dataset, place) !== undefined ? place : null,
    pairsKind: kinds.includes(kindText) ? (kindText as CompareState['pairsKind']) : 'changed',
    pairsSort: {
      key: (PAIR_SORTS as readonly string[]).includes(sortKey) ? (sortKey as PairSort) : 'change',
      descending: sortText.startsWith('-'),
    },
    pairsPage: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    notices,
  }
}

/** The scenario request of one side, with the shared assumptions. */
export function sideRequest(side: SideState, assume: Readonly<Record<string, string>>): ScenarioRequest {
  const isPreset = PRESETS.includes(side.scenario)
  return {
    ...(isPreset ? { preset: side.scenario } : { date: side.scenario }),
    ...(side.basis === 'promised' && { basis: 'promised' as const }),
    ...(side.with.length > 0 && { with: side.with }),
    ...(side.without.length > 0 && { without: side.without }),
    ...(Object.keys(assume).length > 0 && { assume }),
  }
}

/** The address changes that put `state` on `side` (null clears a parameter). */
export function sideParams(side: Side, state: SideState): Record<string, string | null> {
  return {
    [side]: state.scenario === DEFAULT_SIDE[side] ? null : state.scenario,
    [`${side}-basis`]: state.basis === 'promised' ? 'promised' : null,
    [`${side}-with`]: state.with.length ? [...state.with].sort().join(',') : null,
    [`${side}-without`]: state.without.length ? [...state.without].sort().join(',') : null,
  }
}
