/**
 * Scenario
 * ========
 * Which projects are open. A scenario is built from a request (a date and a basis, a preset, and
 * explicit with/without lists) and always carries its own description, so every answer can say
 * which network it was computed on.
 */
import type { ProjectId } from '../model/ids.ts'
import { projectOf } from '../dataset/lookup.ts'
import type { Dataset, Project } from '../dataset/dataset.ts'
import { firstDayOf } from '../model/common.ts'
import { refuse, UnknownProjectError } from '../errors.ts'
import { suggestIds } from '../model/suggest-ids.ts'
import { applyWhatIf, checkWhatIf, type AppliedWhatIf, type WhatIf } from './what-if.ts'

/** Which of a project's dates a date scenario reads. */
export type DateBasis = 'expected' | 'promised'

export const SCENARIO_PRESETS = {
  'agreement-2023': {
    date: '2023-12-31',
    description: 'the network when the 2023 agreement was signed (as of 31 Dec 2023)',
    name: { en: 'Agreement signed (2023)', vi: 'Khi ký thỏa thuận (2023)' },
  },
  today: { date: null, description: 'the network as of today', name: { en: 'Today', vi: 'Hôm nay' } },
  committed: {
    date: null,
    description: 'every project completed, under construction or approved',
    name: { en: 'Every approved project', vi: 'Các dự án đã được phê duyệt' },
  },
  'full-vision': {
    date: null,
    description: 'every project of the agreement open',
    name: { en: 'Every project built', vi: 'Khi hoàn thành mọi dự án' },
  },
} as const
export type ScenarioPreset = keyof typeof SCENARIO_PRESETS

/**
 * What the caller asks for; every field optional. Without a preset or date, the scenario is `today`.
 * `assume` and `delay` are what-ifs on the projects' dates (see `what-if.ts`).
 */
export interface ScenarioRequest extends WhatIf {
  readonly preset?: string
  /** `YYYY-MM-DD`: open the projects whose (basis) date is on or before this day. */
  readonly date?: string
  readonly basis?: DateBasis
  readonly with?: readonly string[]
  readonly without?: readonly string[]
}

/** A resolved scenario. */
export interface Scenario {
  /** Short name for people, e.g. `today (2026-11-28)` or `2025-01-01, promised dates + luc-nam-bridge`. */
  readonly label: string
  readonly preset: ScenarioPreset | null
  /** The day the network is taken at, or null for presets that ignore dates. */
  readonly date: string | null
  readonly basis: DateBasis
  readonly with: readonly ProjectId[]
  readonly without: readonly ProjectId[]
  /** Open projects, sorted by id. */
  readonly openProjects: readonly ProjectId[]
  /** Assumed opening dates and delays the scenario was computed with (shown as assumptions). */
  readonly whatIf: AppliedWhatIf
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Throws INVALID_DATE unless `text` is a real `YYYY-MM-DD` day. */
export function checkDay(text: string, field = 'date'): string {
  const m = DAY.exec(text)
  const probe = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null
  if (!m || !probe || probe.toISOString().slice(0, 10) !== text) {
    throw refuse('INVALID_DATE', field, `"${text}" is not a date written YYYY-MM-DD`)
  }
  return text
}

/** The day a project opens under a basis, or null when it has no such date (then it stays closed). */
export function projectOpeningDay(project: Project, basis: DateBasis): string | null {
  if (basis === 'promised') return project.promised ? firstDayOf(project.promised.date) : null
  const claim = project.opened ?? project.expected
  return claim ? firstDayOf(claim.date) : null
}

function isOpenOn(project: Project, day: string, basis: DateBasis): boolean {
  const opens = projectOpeningDay(project, basis)
  return opens !== null && opens <= day
}

function checkProjectIds(dataset: Dataset, ids: readonly string[] | undefined, field: string): ProjectId[] {
  return [...new Set(ids ?? [])].map((id) => {
    if (projectOf(dataset, id) === undefined) {
      throw new UnknownProjectError(
        id,
        suggestIds(id, dataset.projectById.keys(), (p) => {
          const n = projectOf(dataset, p)?.name
          return n ? [n.vi, n.en] : []
        }),
        field,
      )
    }
    return id as ProjectId
  })
}

/**
 * Resolves a request into a scenario. `today` is the current day (`YYYY-MM-DD`), passed in so the core
 * stays pure and tests are repeatable. Throws CoreError for an unknown preset, project or bad date.
 */
export function resolveScenario(original: Dataset, request: ScenarioRequest, today: string): Scenario {
  checkDay(today, 'today')
  const whatIf = checkWhatIf(original, request)
  const dataset = applyWhatIf(original, request)
  const basis: DateBasis = request.basis ?? 'expected'
  if (basis !== 'expected' && basis !== 'promised')
    throw refuse('INVALID_OPTION', 'basis', `"${String(basis)}" must be expected or promised`)
  let preset: ScenarioPreset | null = null
  if (request.preset !== undefined) {
    if (!Object.prototype.hasOwnProperty.call(SCENARIO_PRESETS, request.preset)) {
      throw refuse(
        'UNKNOWN_SCENARIO',
        'scenario',
        `unknown preset "${request.preset}"; presets are ${Object.keys(SCENARIO_PRESETS).join(', ')}`,
        suggestIds(request.preset, Object.keys(SCENARIO_PRESETS)),
      )
    }
    preset = request.preset as ScenarioPreset
  }
  if (request.date !== undefined) checkDay(request.date)
  // Every preset fixes its own day (or ignores dates): a date beside it contradicts it.
  if (preset !== null && request.date !== undefined) {
    const why = preset === 'committed' || preset === 'full-vision' ? 'does not depend on a date' : 'sets its own day'
    throw refuse('INVALID_OPTION', 'date', `the preset "${preset}" ${why}; give one or the other`)
  }
  const withIds = checkProjectIds(dataset, request.with, 'with')
  const withoutIds = checkProjectIds(dataset, request.without, 'without')
  const both = withIds.filter((id) => withoutIds.includes(id))
  if (both.length > 0) throw refuse('INVALID_OPTION', 'with/without', `"${both[0]}" is in both lists`)

  const effectivePreset = preset ?? (request.date === undefined ? 'today' : null)
  const date =
    request.date ??
    (effectivePreset === 'today'
      ? today
      : effectivePreset === 'agreement-2023'
        ? SCENARIO_PRESETS['agreement-2023'].date
        : null)
  const open = new Set<ProjectId>()
  for (const project of dataset.projects) {
    const base =
      effectivePreset === 'full-vision'
        ? true
        : effectivePreset === 'committed'
          ? ['completed', 'under-construction', 'approved'].includes(project.status ?? '')
          : isOpenOn(project, date!, basis)
    if (base) open.add(project.id)
  }
  for (const id of withIds) open.add(id)
  for (const id of withoutIds) open.delete(id)

  const parts = [effectivePreset ?? date!]
  if (effectivePreset === 'today' || (effectivePreset === null && date))
    parts[0] = effectivePreset === 'today' ? `today (${date})` : date!
  if (date !== null && basis === 'promised') parts.push('promised dates')
  if (withIds.length) parts.push(`+ ${withIds.join(', ')}`)
  if (withoutIds.length) parts.push(`− ${withoutIds.join(', ')}`)
  for (const a of whatIf.assumed) parts.push(`assuming ${a.project} opens ${a.date}`)
  for (const d of whatIf.delayed)
    parts.push(`${d.project} ${d.months >= 0 ? 'delayed' : 'brought forward'} ${Math.abs(d.months)} months`)
  return {
    label: parts.join(', '),
    preset: effectivePreset,
    date,
    basis,
    with: withIds,
    without: withoutIds,
    openProjects: [...open].sort(),
    whatIf,
  }
}
