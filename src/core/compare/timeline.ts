/**
 * Timeline
 * ========
 * Travel time between two places year by year, once on the dates the 2023 agreement promised and once
 * on the real and expected ones; and what each late project cost meanwhile.
 */
import type { Dataset, Project } from '../dataset/dataset.ts'
import type { ProjectId } from '../model/ids.ts'
import { firstDayOf, monthsBetween } from '../model/common.ts'
import { resolveScenario, projectOpeningDay } from '../scenario/scenario.ts'
import { buildScenarioNetwork, type RoutingOptions } from '../routing/scenario-network.ts'
import { findRoute } from '../routing/find-route.ts'
import { CoreError } from '../errors.ts'

export interface TimelinePoint {
  readonly date: string
  readonly promisedMinutes: number | null
  readonly expectedMinutes: number | null
}

export interface DelayCost {
  readonly project: ProjectId
  readonly promised: string
  readonly opened: string
  readonly monthsLate: number
  /** Extra minutes per trip while the project was late (expected minus promised, mid-delay). */
  readonly extraMinutesPerTrip: number
}

function minutesOn(
  dataset: Dataset,
  from: string,
  to: string,
  date: string,
  basis: 'expected' | 'promised',
  today: string,
  options: RoutingOptions,
): number | null {
  const r = findRoute(
    buildScenarioNetwork(dataset, resolveScenario(dataset, { date, basis }, today), options),
    from,
    to,
  )
  return r.reachable ? r.minutes : null
}

/** Minutes on 1 January of each year from `fromYear` to `toYear`, on both bases. */
export function travelTimeline(
  dataset: Dataset,
  from: string,
  to: string,
  today: string,
  options: RoutingOptions = {},
  fromYear = 2023,
  toYear = 2035,
): TimelinePoint[] {
  const points: TimelinePoint[] = []
  for (let year = fromYear; year <= toYear; year++) {
    const date = `${year}-01-01`
    points.push({
      date,
      promisedMinutes: minutesOn(dataset, from, to, date, 'promised', today, options),
      expectedMinutes: minutesOn(dataset, from, to, date, 'expected', today, options),
    })
  }
  return points
}

/** For every project that opened (or is expected) later than promised: months late and the extra minutes per trip meanwhile. */
export function delayCosts(
  dataset: Dataset,
  from: string,
  to: string,
  today: string,
  options: RoutingOptions = {},
): DelayCost[] {
  const out: DelayCost[] = []
  for (const p of dataset.projects) {
    const promised = p.promised ? firstDayOf(p.promised.date) : null
    const real = projectOpeningDay(p, 'expected')
    if (!promised || !real || real <= promised) continue
    const mid = new Date((Date.parse(promised) + Date.parse(real)) / 2).toISOString().slice(0, 10)
    const late = minutesOn(dataset, from, to, mid, 'expected', today, options)
    const onTime = minutesOn(dataset, from, to, mid, 'promised', today, options)
    out.push({
      project: p.id,
      promised,
      opened: real,
      monthsLate: monthsBetween(promised, real),
      extraMinutesPerTrip: late !== null && onTime !== null ? late - onTime : 0,
    })
  }
  return out
}

function shift(date: string, months: number): string {
  const [y, m = 1, d] = firstDayOf(date).split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const text = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
  return date.length > 7 ? `${text}-${String(d).padStart(2, '0')}` : text
}

/**
 * A copy of the dataset with a project's expected and opening dates moved by `months` (what-if). A
 * project with neither date cannot be delayed.
 */
/** Longest delay (or advance) a what-if may move a project by, in months: twenty years. */
export const MAX_DELAY_MONTHS = 240

export function delayProject(dataset: Dataset, id: string, months: number): Dataset {
  if (!Number.isInteger(months) || Math.abs(months) > MAX_DELAY_MONTHS)
    throw new CoreError(
      'INVALID_OPTION',
      `delay: ${String(months)} must be a whole number of months between -${MAX_DELAY_MONTHS} and ${MAX_DELAY_MONTHS}`,
    )
  const project = dataset.projectById.get(id as ProjectId)
  if (!project) throw new CoreError('UNKNOWN_PROJECT', `delay: unknown project "${id}"`)
  if (!project.expected && !project.opened)
    throw new CoreError('INVALID_OPTION', `delay: "${id}" has no expected or opening date to move`)
  const moved: Project = {
    ...project,
    ...(project.expected && { expected: { ...project.expected, date: shift(project.expected.date, months) } }),
    ...(project.opened && { opened: { ...project.opened, date: shift(project.opened.date, months) } }),
  }
  const projects = dataset.projects.map((p) => (p.id === moved.id ? moved : p))
  return { ...dataset, projects, projectById: new Map(projects.map((p) => [p.id, p])) }
}
