/**
 * Timeline and delays
 * ===================
 * Travel time year by year on three clocks (the dates the 2023 agreement promised, the real and
 * expected dates, and those dates with one project delayed), and what a late project costs while it
 * is late: the trips it would have made faster, by how many minutes, for how many months.
 *
 * Every figure is over the trips between a list of places (every pair, or one pair), so "minutes per
 * trip" is the mean over those trips; trips with no route at some point are left out of the mean and
 * counted apart.
 */
import type { Dataset } from '../dataset/dataset.ts'
import { projectOf } from '../dataset/lookup.ts'
import type { PlaceId, ProjectId } from '../model/ids.ts'
import { firstDayOf, monthsBetween } from '../model/common.ts'
import { resolveScenario, projectOpeningDay, type DateBasis, type Scenario } from '../scenario/scenario.ts'
import { applyWhatIf, delayProject, type WhatIf } from '../scenario/what-if.ts'
import { buildScenarioNetwork, type RoutingOptions, type ScenarioNetwork } from '../routing/scenario-network.ts'
import { travelMatrix, type TravelMatrix } from '../routing/travel-matrix.ts'
import { refuse } from '../errors.ts'
import { pairMinutes, pairsBetween, type PairChange } from './compare-pairs.ts'
import { summarizeChanges, type ChangeSummary } from './change.ts'
import { singleProjectImpact, type NoEffectReason } from './project-impact.ts'

/** First and last year of timelines (the agreement's horizon and a margin). */
export const TIMELINE_FIRST_YEAR = 2023
export const TIMELINE_LAST_YEAR = 2035
/** Timelines sample the network every this many months. */
export const TIMELINE_STEP_MONTHS = 3

export interface TimelinePoint {
  /** `YYYY-MM-DD`, the first day of a quarter. */
  readonly date: string
  /** Mean minutes per trip, projects opening on the promised dates. */
  readonly promisedMinutes: number | null
  /** On the real and expected dates (with the what-if's assumptions). */
  readonly expectedMinutes: number | null
  /** On the expected dates with the delay applied; absent when no delay was asked for. */
  readonly delayedMinutes?: number | null
}

export interface Timeline {
  readonly places: readonly PlaceId[]
  readonly points: readonly TimelinePoint[]
  /** Trips in the means: routes at every point on every clock. */
  readonly trips: number
  /** Trips without a route at some point (left out of the means). */
  readonly tripsWithoutRouteSometimes: number
}

/** Networks and matrices by set of open projects: a timeline revisits the same few networks. */
class NetworkMemo {
  private readonly matrices = new Map<string, TravelMatrix>()
  constructor(
    private readonly dataset: Dataset,
    private readonly template: Scenario,
    private readonly options: RoutingOptions,
    private readonly places: readonly string[],
  ) {}
  network(open: readonly ProjectId[]): ScenarioNetwork {
    const openProjects = [...new Set(open)].sort()
    return buildScenarioNetwork(
      this.dataset,
      { ...this.template, label: openProjects.join(', ') || 'no projects', openProjects },
      this.options,
    )
  }
  matrix(open: readonly ProjectId[]): TravelMatrix {
    const key = [...new Set(open)].sort().join(',')
    let m = this.matrices.get(key)
    if (!m) this.matrices.set(key, (m = travelMatrix(this.network(open), this.places)))
    return m
  }
}

function openOn(dataset: Dataset, date: string, basis: DateBasis, today: string): readonly ProjectId[] {
  return resolveScenario(dataset, { date, basis }, today).openProjects
}

/** Dates from the first to the last year, every `TIMELINE_STEP_MONTHS`. */
function timelineDates(fromYear: number, toYear: number): string[] {
  const dates: string[] = []
  for (let y = fromYear; y <= toYear; y++)
    for (let m = 1; m <= 12; m += TIMELINE_STEP_MONTHS) dates.push(`${y}-${String(m).padStart(2, '0')}-01`)
  return dates
}

export interface TimelineOptions {
  readonly whatIf?: WhatIf
  /** A delay to draw as a third line: project id and months (negative: brought forward). */
  readonly delay?: { readonly project: string; readonly months: number }
  readonly fromYear?: number
  readonly toYear?: number
}

/** Mean minutes per trip between `places` over time, on the promised, expected and (optionally) delayed dates. */
export function travelTimeline(
  original: Dataset,
  places: readonly string[],
  today: string,
  options: RoutingOptions = {},
  timeline: TimelineOptions = {},
): Timeline {
  const unique = [...new Set(places)]
  if (unique.length < 2) throw refuse('INVALID_OPTION', 'places', 'a timeline needs at least two places')
  const dataset = applyWhatIf(original, timeline.whatIf ?? {})
  const delayed = timeline.delay ? delayProject(dataset, timeline.delay.project, timeline.delay.months) : null
  const memo = new NetworkMemo(dataset, resolveScenario(dataset, {}, today), options, unique)
  const dates = timelineDates(timeline.fromYear ?? TIMELINE_FIRST_YEAR, timeline.toYear ?? TIMELINE_LAST_YEAR)
  const rows = dates.map((date) => ({
    date,
    promised: memo.matrix(openOn(dataset, date, 'promised', today)),
    expected: memo.matrix(openOn(dataset, date, 'expected', today)),
    delayed: delayed ? memo.matrix(openOn(delayed, date, 'expected', today)) : null,
  }))
  // Trips with a route at every point on every clock.
  const n = unique.length
  const kept: Array<[number, number]> = []
  let dropped = 0
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const always = rows.every((r) =>
        [r.promised, r.expected, r.delayed].every((m) => m === null || pairMinutes(m, i, j) !== null),
      )
      if (always) kept.push([i, j])
      else dropped++
    }
  const meanOf = (m: TravelMatrix | null) =>
    m === null || kept.length === 0 ? null : kept.reduce((s, [i, j]) => s + pairMinutes(m, i, j)!, 0) / kept.length
  return {
    places: unique as PlaceId[],
    trips: kept.length,
    tripsWithoutRouteSometimes: dropped,
    points: rows.map((r) => ({
      date: r.date,
      promisedMinutes: meanOf(r.promised),
      expectedMinutes: meanOf(r.expected),
      ...(delayed && { delayedMinutes: meanOf(r.delayed) }),
    })),
  }
}

/** One stretch of a late period during which the rest of the network stays the same. */
export interface LatePeriod {
  /** `YYYY-MM-DD`, inclusive, and `until` exclusive. */
  readonly from: string
  readonly until: string
  readonly months: number
  /** The network on time (project open) against the network while late (project closed). */
  readonly summary: ChangeSummary
}

/** What a project's lateness costs over a window, month-weighted over the periods inside it. */
export interface LateCost {
  readonly project: ProjectId
  /** When it opens on time, and when it opens late. */
  readonly onTime: string
  readonly late: string
  readonly months: number
  readonly periods: readonly LatePeriod[]
  /** Trips slower or cut off at some point while the project is late. */
  readonly tripsAffected: number
  /** Of those, trips with no route at all at some point. */
  readonly tripsCutOff: number
  /** Extra minutes summed over the trips (every trip made once), averaged over the months. */
  readonly extraTripMinutes: number
  /** Extra minutes per slower trip, averaged over the months. */
  readonly extraMinutesPerAffectedTrip: number
  /** The trips that lose most (largest extra minutes in any period), cut off first. */
  readonly worst: readonly PairChange[]
}

/**
 * The cost of `project` being closed from `onTime` until `late` (a delay) on the expected dates
 * of `dataset`, month by month: in each month, the network with the project against without it.
 */
export function lateCost(
  dataset: Dataset,
  project: ProjectId,
  onTime: string,
  late: string,
  places: readonly string[],
  today: string,
  options: RoutingOptions = {},
): LateCost {
  const unique = [...new Set(places)]
  const memo = new NetworkMemo(dataset, resolveScenario(dataset, {}, today), options, unique)
  const months = Math.max(0, monthsBetween(onTime, late))
  const periods: Array<LatePeriod & { pairs: PairChange[] }> = []
  let start = firstDayOf(onTime).slice(0, 8) + '01'
  for (let k = 0; k < Math.max(1, months); k++) {
    const [y, m] = start.split('-').map(Number) as [number, number]
    const next = `${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-01`
    const open = openOn(dataset, start, 'expected', today).filter((p) => p !== project)
    const pairs = pairsBetween(dataset, memo.matrix([...open, project]), memo.matrix(open))
    const summary = summarizeChanges(pairs)
    const last = periods[periods.length - 1]
    if (last && sameChange(last.pairs, pairs))
      periods[periods.length - 1] = { ...last, until: next, months: last.months + 1 }
    else periods.push({ from: start, until: next, months: 1, summary, pairs })
    start = next
  }
  const affected = new Set<string>(),
    cut = new Set<string>()
  const worst = new Map<string, PairChange>()
  let tripMinutes = 0,
    perTrip = 0
  const total = periods.reduce((s, p) => s + p.months, 0) || 1
  for (const p of periods) {
    tripMinutes += ((p.summary.minutesLostOnSlower - p.summary.minutesSavedOnFaster) * p.months) / total
    perTrip += (p.summary.meanMinutesLostPerSlowerTrip * p.months) / total
    for (const pair of p.pairs) {
      if (pair.kind !== 'slower' && pair.kind !== 'disconnected') continue
      const key = `${pair.from}|${pair.to}`
      affected.add(key)
      if (pair.kind === 'disconnected') cut.add(key)
      const seen = worst.get(key)
      if (!seen || -(pair.savedMinutes ?? -Infinity) > -(seen.savedMinutes ?? -Infinity)) worst.set(key, pair)
    }
  }
  return {
    project,
    onTime: firstDayOf(onTime),
    late: firstDayOf(late),
    months,
    periods: periods.map(({ pairs: _pairs, ...rest }) => rest),
    tripsAffected: affected.size,
    tripsCutOff: cut.size,
    extraTripMinutes: tripMinutes,
    extraMinutesPerAffectedTrip: perTrip,
    worst: [...worst.values()]
      .sort(
        (x, y) =>
          (x.kind === 'disconnected' ? 0 : 1) - (y.kind === 'disconnected' ? 0 : 1) ||
          (x.savedMinutes ?? 0) - (y.savedMinutes ?? 0),
      )
      .slice(0, 5),
  }
}

function sameChange(a: readonly PairChange[], b: readonly PairChange[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (p, i) =>
        p.beforeMinutes === b[i]!.beforeMinutes &&
        p.afterMinutes === b[i]!.afterMinutes &&
        p.from === b[i]!.from &&
        p.to === b[i]!.to,
    )
  )
}

/** A delay what-if: the timeline with the delayed line, and what the delay costs. */
export interface DelayImpact {
  readonly project: ProjectId
  readonly months: number
  /** The date it opens as expected (or as assumed), and the date it opens delayed. */
  readonly opens: string
  readonly opensDelayed: string
  /** True when `opens` is an assumption of the what-if rather than an announced date. */
  readonly assumed: boolean
  readonly timeline: Timeline
  /** What the delay costs (a negative delay: what bringing it forward gains, as a negative cost). */
  readonly cost: LateCost
  /** When the delay costs nothing: why the project changes no trip on the day it was to open. */
  readonly noCostReason: NoEffectReason | null
}

/**
 * What delaying `project` by `months` costs, on the dates of the data with `whatIf` applied. A project
 * with no date needs an assumed one first (`whatIf.assume`).
 */
export function delayImpact(
  original: Dataset,
  project: string,
  months: number,
  places: readonly string[],
  today: string,
  options: RoutingOptions = {},
  whatIf: WhatIf = {},
): DelayImpact {
  const dataset = applyWhatIf(original, whatIf)
  const delayed = delayProject(dataset, project, months)
  const p = projectOf(dataset, project)!
  const opens = projectOpeningDay(p, 'expected')!
  const opensDelayed = projectOpeningDay(delayed.projectById.get(p.id)!, 'expected')!
  const timeline = travelTimeline(dataset, places, today, options, { delay: { project, months } })
  const forward = opensDelayed < opens
  const cost = lateCost(
    forward ? delayed : dataset,
    p.id,
    forward ? opensDelayed : opens,
    forward ? opens : opensDelayed,
    places,
    today,
    options,
  )
  const sign = forward ? -1 : 1
  const noCostReason =
    cost.tripsAffected > 0
      ? null
      : singleProjectImpact(
          dataset,
          resolveScenario(dataset, { date: opens, without: [p.id] }, today),
          p.id,
          [...new Set(places)] as PlaceId[],
          options,
        ).reason
  return {
    noCostReason,
    project: p.id,
    months,
    opens,
    opensDelayed,
    assumed: p.expected?.assumed === true && !p.opened,
    timeline,
    cost: forward
      ? {
          ...cost,
          extraTripMinutes: sign * cost.extraTripMinutes,
          extraMinutesPerAffectedTrip: sign * cost.extraMinutesPerAffectedTrip,
        }
      : cost,
  }
}

/** For every project that opened (or is expected) later than promised: what the lateness cost. */
export function lateProjects(
  original: Dataset,
  places: readonly string[],
  today: string,
  options: RoutingOptions = {},
  whatIf: WhatIf = {},
): LateCost[] {
  const dataset = applyWhatIf(original, whatIf)
  const out: LateCost[] = []
  for (const p of dataset.projects) {
    const promised = p.promised ? firstDayOf(p.promised.date) : null
    const real = projectOpeningDay(p, 'expected')
    if (!promised || !real || real <= promised) continue
    out.push(lateCost(dataset, p.id, promised, real, places, today, options))
  }
  return out
}
