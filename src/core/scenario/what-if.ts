/**
 * What-ifs
 * ========
 * Hypotheses a planner adds to the data: an assumed opening date for a project that has none
 * (`assume`), and a delay in months for one that has a date (`delay`). Applied to a copy of the
 * dataset, so every answer computed on it (scenarios, timelines, comparisons) sees the same dates;
 * an assumed date is marked as such (`assumed: true`) wherever it is shown.
 */
import type { ProjectId } from '../model/ids.ts'
import { projectOf } from '../dataset/lookup.ts'
import { firstDayOf, isRealPartialDate, PARTIAL_DATE_PATTERN } from '../model/common.ts'
import type { Dataset, Project } from '../dataset/dataset.ts'
import { UnknownProjectError, refuse } from '../errors.ts'
import { suggestIds } from '../model/suggest-ids.ts'

export interface WhatIf {
  /** Project id → assumed opening date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), for projects without a date. */
  readonly assume?: Readonly<Record<string, string>>
  /** Project id → months its expected (or opening) date moves; negative is earlier. */
  readonly delay?: Readonly<Record<string, number>>
}

/** An assumption or a delay applied to a scenario, for its label and its JSON. */
export interface AppliedWhatIf {
  readonly assumed: ReadonlyArray<{ readonly project: ProjectId; readonly date: string }>
  readonly delayed: ReadonlyArray<{ readonly project: ProjectId; readonly months: number }>
}

function knownProject(dataset: Dataset, id: string, field: string): Project {
  const p = projectOf(dataset, id)
  if (!p)
    throw new UnknownProjectError(
      id,
      suggestIds(id, dataset.projectById.keys(), (k) => {
        const n = projectOf(dataset, k)?.name
        return n ? [n.vi, n.en] : []
      }),
      field,
    )
  return p
}

const cache = new WeakMap<Dataset, Map<string, Dataset>>()

/** The keys of a what-if in a stable order, for caching and labels. */
function keyOf(whatIf: WhatIf): string {
  const a = Object.entries(whatIf.assume ?? {}).sort(([x], [y]) => (x < y ? -1 : 1))
  const d = Object.entries(whatIf.delay ?? {}).sort(([x], [y]) => (x < y ? -1 : 1))
  return JSON.stringify([a, d])
}

/** What a what-if changes, checked (unknown project, a malformed date, an assumption on a dated project). */
export function checkWhatIf(dataset: Dataset, whatIf: WhatIf): AppliedWhatIf {
  const assumed = Object.entries(whatIf.assume ?? {})
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([id, date]) => {
      const p = knownProject(dataset, id, 'assume')
      if (!PARTIAL_DATE_PATTERN.test(date) || !isRealPartialDate(date))
        throw refuse(
          'INVALID_DATE',
          'assume',
          `"${date}" for "${id}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`,
        )
      const dated = p.opened ?? (p.expected && !p.expected.assumed ? p.expected : undefined)
      if (dated)
        throw refuse(
          'INVALID_OPTION',
          'assume',
          `"${id}" already has a date (${p.opened ? 'opened' : 'expected'} ${dated.date}); move it with a delay instead`,
        )
      return { project: p.id, date }
    })
  const delayed = Object.entries(whatIf.delay ?? {})
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([id, months]) => ({ project: knownProject(dataset, id, 'delay').id, months }))
  return { assumed, delayed }
}

/**
 * The dataset with the what-if applied: assumed dates become `expected` claims marked `assumed`
 * (confidence low), then delays move expected and opening dates. The same what-if on the same dataset
 * returns the same object (cached), so callers can compare by identity.
 */
export function applyWhatIf(dataset: Dataset, whatIf: WhatIf): Dataset {
  const { assumed, delayed } = checkWhatIf(dataset, whatIf)
  if (assumed.length === 0 && delayed.length === 0) return dataset
  const key = keyOf(whatIf)
  let byKey = cache.get(dataset)
  if (!byKey) cache.set(dataset, (byKey = new Map()))
  const hit = byKey.get(key)
  if (hit) return hit
  let out = dataset
  if (assumed.length > 0) {
    const dates = new Map(assumed.map((a) => [a.project, a.date]))
    const projects = dataset.projects.map((p): Project => {
      const date = dates.get(p.id)
      return date === undefined
        ? p
        : { ...p, expected: { date, confidence: 'low', assumed: true, note: 'assumed in this what-if, not announced' } }
    })
    out = { ...dataset, projects, projectById: new Map(projects.map((p) => [p.id, p])) }
  }
  for (const d of delayed) out = delayProject(out, d.project, d.months)
  byKey.set(key, out)
  return out
}

function shift(date: string, months: number): string {
  const [y, m = 1, d] = firstDayOf(date).split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const text = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
  return date.length > 7 ? `${text}-${String(d).padStart(2, '0')}` : text
}

/** Longest delay (or advance) a what-if may move a project by, in months: twenty years. */
export const MAX_DELAY_MONTHS = 240

/**
 * A copy of the dataset with a project's expected and opening dates moved by `months` (what-if). A
 * project with neither date cannot be delayed: assume a date for it first.
 */
export function delayProject(dataset: Dataset, id: string, months: number): Dataset {
  if (!Number.isInteger(months) || Math.abs(months) > MAX_DELAY_MONTHS)
    throw refuse(
      'INVALID_OPTION',
      'delay',
      `${String(months)} must be a whole number of months between -${MAX_DELAY_MONTHS} and ${MAX_DELAY_MONTHS}`,
    )
  const project = knownProject(dataset, id, 'delay')
  if (!project.expected && !project.opened)
    throw refuse(
      'INVALID_OPTION',
      'delay',
      `"${id}" has no expected or opening date to move; assume one first (assume ${id}=YYYY-MM)`,
    )
  const moved: Project = {
    ...project,
    ...(project.expected && { expected: { ...project.expected, date: shift(project.expected.date, months) } }),
    ...(project.opened && { opened: { ...project.opened, date: shift(project.opened.date, months) } }),
  }
  const projects = dataset.projects.map((p) => (p.id === moved.id ? moved : p))
  return { ...dataset, projects, projectById: new Map(projects.map((p) => [p.id, p])) }
}
