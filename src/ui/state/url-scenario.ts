/**
 * Scenario in the URL
 * ===================
 * Reads the scenario parameters of any page (`date`, `scenario`, `basis`, `with`, `without`, and the
 * what-if `assume=ID@YYYY-MM,…`) and turns them into a core scenario. A bad value never breaks the
 * page: it is dropped with a notice.
 */
import type { Messages } from '../i18n/messages.ts'
import {
  CoreError,
  PARTIAL_DATE_PATTERN,
  isRealPartialDate,
  resolveScenario,
  type Dataset,
  type Scenario,
  type ScenarioRequest,
  projectOf,
} from '../../core/index.ts'
import { repeatedKeyNotices } from './url-notices.ts'

export interface UrlNotice {
  readonly key: `errors.${keyof Messages['errors'] & string}`
  readonly values: Readonly<Partial<Record<'id' | 'field' | 'value', string>>>
}

export const SCENARIO_PARAMS = ['date', 'scenario', 'basis', 'with', 'without', 'assume'] as const

const list = (value: string | null) =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : []

/** True when a project has an announced date (an assumption for it would be refused). */
export function hasAnnouncedDate(dataset: Dataset, id: string): boolean {
  const p = projectOf(dataset, id)
  return !!p && (p.opened !== undefined || (p.expected !== undefined && !p.expected.assumed))
}

/**
 * Assumed opening dates from `assume=ID@YYYY-MM,ID@YYYY-MM`: unknown projects, bad dates and
 * projects that already have a date are dropped with a notice.
 */
export function assumeFromParam(dataset: Dataset, value: string | null, notices: UrlNotice[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const item of list(value)) {
    const [id = '', date = ''] = item.split('@')
    if (projectOf(dataset, id) === undefined)
      notices.push({ key: 'errors.badProject', values: { value: id.slice(0, 80) } })
    else if (!PARTIAL_DATE_PATTERN.test(date) || !isRealPartialDate(date))
      notices.push({ key: 'errors.badOption', values: { value: item.slice(0, 80), field: 'assume' } })
    else if (hasAnnouncedDate(dataset, id)) notices.push({ key: 'errors.assumeDated', values: { value: id } })
    else if (Object.hasOwn(out, id)) notices.push({ key: 'errors.duplicatePlace', values: { id, field: 'assume' } })
    else out[id] = date
  }
  return out
}

/** The `assume` parameter for a set of assumed dates (sorted, so the address is stable). */
export function assumeParam(assume: Readonly<Record<string, string>>): string | null {
  const items = Object.entries(assume)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, date]) => `${id}@${date}`)
  return items.length ? items.join(',') : null
}

/** The scenario the URL asks for, with a notice for every value that had to be dropped. */
export function scenarioFromSearch(
  dataset: Dataset,
  params: URLSearchParams,
  today: string,
): { scenario: Scenario; request: ScenarioRequest; notices: UrlNotice[] } {
  const notices: UrlNotice[] = repeatedKeyNotices(params, SCENARIO_PARAMS)
  const request: {
    preset?: string
    date?: string
    basis?: 'expected' | 'promised'
    with?: string[]
    without?: string[]
    assume?: Record<string, string>
  } = {}
  const date = params.get('date')
  const preset = params.get('scenario')
  if (preset) request.preset = preset
  if (date) request.date = date
  const basis = params.get('basis')
  if (basis === 'promised' || basis === 'expected') request.basis = basis
  else if (basis) notices.push({ key: 'errors.badOption', values: { value: basis, field: 'basis' } })
  const keep = (ids: string[]) =>
    ids.filter((id) => {
      if (projectOf(dataset, id) !== undefined) return true
      notices.push({ key: 'errors.badProject', values: { value: id } })
      return false
    })
  const withIds = keep(list(params.get('with')))
  const withoutIds = keep(list(params.get('without'))).filter((id) => !withIds.includes(id))
  if (withIds.length) request.with = withIds
  if (withoutIds.length) request.without = withoutIds
  const assume = assumeFromParam(dataset, params.get('assume'), notices)
  if (Object.keys(assume).length) request.assume = assume

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return { scenario: resolveScenario(dataset, request, today), request, notices }
    } catch (error) {
      if (!(error instanceof CoreError)) throw error
      if (error.code === 'INVALID_DATE' && request.date) {
        notices.push({ key: 'errors.badDate', values: { value: request.date } })
        delete request.date
      } else if (error.code === 'UNKNOWN_SCENARIO' && request.preset) {
        notices.push({ key: 'errors.badPreset', values: { value: request.preset } })
        delete request.preset
      } else if (error.code === 'INVALID_OPTION' && request.preset && request.date) {
        notices.push({ key: 'errors.badOption', values: { value: request.date, field: 'date' } })
        delete request.date
      } else throw error
    }
  }
  return { scenario: resolveScenario(dataset, {}, today), request: {}, notices }
}
