/**
 * Plan itinerary
 * ==============
 * Orders the stops of a trip to finish earliest within opening hours, the daily window and the daily
 * travel limit; keeps every must-see site and drops optional ones when they do not fit, saying why;
 * splits a trip of several days at overnight bases (places with lodging), day by day.
 */
import type { PlaceId } from '../model/ids.ts'
import type { ScenarioNetwork } from '../routing/scenario-network.ts'
import { travelMatrix } from '../routing/travel-matrix.ts'
import { addDays } from './clock.ts'
import { checkRequest, type CheckedRequest } from './check-request.ts'
import type { DayProblem, DaySchedule } from './day-problem.ts'
import { hoursOn } from './opening-hours.ts'
import { heritageValue } from './heritage-value.ts'
import { solveDay } from './solve-day.ts'
import { assembleItinerary, type PlannedDay } from './assemble-itinerary.ts'
import type { Itinerary, ItineraryRequest } from './itinerary.ts'

/** A must-see site counts this many times its value on days that are not the last, so it is not put off. */
const MUST_SEE_BOOST = 100

interface Context {
  readonly network: ScenarioNetwork
  readonly req: CheckedRequest
  readonly index: ReadonlyMap<PlaceId, number>
  readonly minutes: ReadonlyArray<ReadonlyArray<number>>
  /** Driving minutes between the same places (what the daily limit counts). */
  readonly driving: ReadonlyArray<ReadonlyArray<number>>
}

function dayProblem(
  ctx: Context,
  date: string,
  from: PlaceId,
  to: PlaceId,
  stops: readonly PlaceId[],
  lastDay: boolean,
  departAt: number,
): DayProblem {
  const { dataset } = ctx.network
  const nodes = [...stops, from, to]
  const at = nodes.map((id) => ctx.index.get(id)!)
  return {
    n: stops.length,
    travel: at.map((a) => at.map((b) => ctx.minutes[a]![b]!)),
    drive: at.map((a) => at.map((b) => ctx.driving[a]![b]!)),
    visit: stops.map(
      (id) => ctx.req.visitMinutes.get(id) ?? Math.round(dataset.placeById.get(id)!.visitMinutes * ctx.req.pace),
    ),
    hours: stops.map((id) => hoursOn(dataset.placeById.get(id)!, date, ctx.req.window)),
    must: stops.map((id) => lastDay && ctx.req.must.includes(id)),
    value: stops.map(
      (id) => heritageValue(dataset.placeById.get(id)!) * (!lastDay && ctx.req.must.includes(id) ? MUST_SEE_BOOST : 1),
    ),
    departAt,
    latestEnd: ctx.req.window[1],
    maxTravel: ctx.req.maxTravel,
    fixedStart: stops.map((id) => ctx.req.lockedAt.get(id) ?? null),
    position: stops.map((id) => ctx.req.lockedPosition.get(id) ?? null),
    lunch: ctx.req.lunch,
  }
}

/** Partial plans kept per day while choosing overnight bases (a beam search over base sequences). */
const BEAM_WIDTH = 4

interface PartialPlan {
  readonly days: readonly PlannedDay[]
  readonly from: PlaceId
  readonly remaining: readonly PlaceId[]
  /** Heritage value visited so far (without the must-see boost). */
  readonly value: number
  /** Minutes since the first midnight at the end of the last planned day. */
  readonly endsAt: number
  /** For ranking unfinished plans: the drive from the base to the nearest place still to see. */
  readonly onward: number
  readonly exact: boolean
}

interface PlannedTrip {
  readonly days: PlannedDay[]
  readonly exact: boolean
}

function visitedOf(day: PlannedDay): PlaceId[] {
  return day.schedule ? day.schedule.order.map((i) => day.stops[i]!) : []
}

/** Better complete trip: more must-see places, more value, back earlier, fewer days. */
function betterTrip(ctx: Context, a: PartialPlan, b: PartialPlan | null): boolean {
  if (!b) return true
  const must = (p: PartialPlan) => p.days.flatMap(visitedOf).filter((id) => ctx.req.must.includes(id)).length
  if (must(a) !== must(b)) return must(a) > must(b)
  if (Math.abs(a.value - b.value) > 1e-9) return a.value > b.value
  if (Math.abs(a.endsAt - b.endsAt) > 1e-9) return a.endsAt < b.endsAt
  return a.days.length < b.days.length
}

function valueOf(ctx: Context, ids: readonly PlaceId[]): number {
  return ids.reduce((sum, id) => sum + heritageValue(ctx.network.dataset.placeById.get(id)!), 0)
}

/**
 * Splits the trip into days: each day ends at the trip's end if everything left fits (so a trip that
 * fits in fewer days takes fewer), else at an overnight base. Bases are chosen by a small beam search
 * over whole trips (most value, then back earliest), not one day at a time, so a network with more
 * links open does not end up with a worse trip because of an early greedy choice.
 */
function planDays(ctx: Context, lodging: readonly PlaceId[]): PlannedTrip {
  const { req } = ctx
  let beam: PartialPlan[] = [
    {
      days: [],
      from: req.start,
      remaining: [...req.must, ...req.optional],
      value: 0,
      endsAt: 0,
      onward: 0,
      exact: true,
    },
  ]
  let best: PartialPlan | null = null
  const finish = (plan: PartialPlan) => {
    if (betterTrip(ctx, plan, best)) best = plan
  }
  for (let d = 0; d < req.days && beam.length > 0; d++) {
    const date = addDays(req.date, d)
    const departAt = d === 0 ? req.departAt : req.window[0]
    const finalDay = d === req.days - 1
    const next = new Map<string, PartialPlan>()
    for (const state of beam) {
      const remaining = state.remaining
      const ending = dayProblem(ctx, date, state.from, req.end, remaining, true, departAt)
      const endToday = solveDay(ending)
      const day = (to: PlaceId, problem: DayProblem, schedule: DaySchedule | null): PlannedDay => ({
        date,
        from: state.from,
        to,
        problem,
        schedule,
        stops: remaining,
      })
      const extend = (planned: PlannedDay, exact: boolean, onward: number): PartialPlan => {
        const visited = visitedOf(planned)
        return {
          days: [...state.days, planned],
          from: planned.to,
          remaining: remaining.filter((id) => !visited.includes(id)),
          value: state.value + valueOf(ctx, visited),
          endsAt: d * 1440 + (planned.schedule ? planned.schedule.finish : departAt),
          onward,
          exact: state.exact && exact,
        }
      }
      // Can the trip end today? Then it does (unless the user chose tonight's base): on the last day it must.
      const chosenBase = finalDay ? null : (req.nights[d] ?? null)
      if (finalDay || (!chosenBase && endToday.schedule && endToday.schedule.order.length === remaining.length)) {
        const relaxed = endToday.schedule
          ? null
          : solveDay({
              ...ending,
              must: ending.must.map(() => false),
              value: ending.value.map((v, i) => v * (ending.must[i] ? MUST_SEE_BOOST : 1)),
            })
        finish(extend(day(req.end, ending, endToday.schedule ?? relaxed!.schedule), endToday.method === 'exact', 0))
        continue
      }
      let anyBase = false
      for (const base of chosenBase ? [chosenBase] : lodging) {
        const problem = dayProblem(ctx, date, state.from, base, remaining, false, departAt)
        const { schedule, method } = solveDay(problem)
        if (!schedule) continue
        anyBase = true
        const left = remaining.filter((id) => !schedule.order.map((i) => remaining[i]).includes(id))
        const fromBase = ctx.minutes[ctx.index.get(base)!]!
        const onward =
          left.length > 0
            ? left.reduce((m, id) => Math.min(m, fromBase[ctx.index.get(id)!]!), Infinity)
            : fromBase[ctx.index.get(req.end)!]!
        const plan = extend(day(base, problem, schedule), method === 'exact', Number.isFinite(onward) ? onward : 1e6)
        // Two plans at the same base with the same places left: keep the better one.
        const key = `${base}|${plan.remaining.join(',')}`
        const seen = next.get(key)
        if (
          !seen ||
          plan.value > seen.value + 1e-9 ||
          (Math.abs(plan.value - seen.value) <= 1e-9 && plan.endsAt < seen.endsAt)
        )
          next.set(key, plan)
      }
      // No base is reachable within the day: end the trip where it can.
      if (!anyBase) finish(extend(day(req.end, ending, endToday.schedule), endToday.method === 'exact', 0))
    }
    // Rank unfinished plans by value, then by how close tonight's base is to what is left: the next day
    // starts at the window's opening whenever today ends, so an earlier evening buys nothing.
    beam = [...next.values()]
      .sort((a, b) => b.value - a.value || a.onward - b.onward || a.endsAt - b.endsAt)
      .slice(0, BEAM_WIDTH)
  }
  const chosen = best as PartialPlan | null
  return chosen ? { days: [...chosen.days], exact: chosen.exact } : { days: [], exact: true }
}

/**
 * Plans a trip on a scenario network. Throws CoreError (UnknownPlaceError, INVALID_REQUEST,
 * INVALID_OPTION) for a bad request; an impossible trip is an answer with `feasible: false`.
 */
export function planItinerary(network: ScenarioNetwork, request: ItineraryRequest): Itinerary {
  const req = checkRequest(network.dataset, request)
  const stops = [...req.must, ...req.optional]
  const lodging =
    req.days > 1 ? network.dataset.places.filter((p) => p.lodging && !stops.includes(p.id)).map((p) => p.id) : []
  const chosen = req.nights.filter((id): id is PlaceId => id !== null)
  const ids = [...new Set([...stops, req.start, req.end, ...lodging, ...chosen])]
  const matrix = travelMatrix(network, ids)
  const ctx: Context = {
    network,
    req,
    index: new Map(ids.map((id, i) => [id as PlaceId, i])),
    minutes: matrix.minutes.map((row) => row.map((x) => (x === null ? Infinity : x))),
    driving: matrix.drivingMinutes.map((row) => row.map((x) => (x === null ? Infinity : x))),
  }
  let { days, exact } = planDays(ctx, lodging)
  // Optional places never cost a must-see. The beam over several days ranks partial trips by value,
  // so an optional place can crowd out the only partial trip that keeps every must-see; when that
  // happens, the must-sees are planned alone and each optional place is added back if all still fit.
  const keepsMustSees = (planned: readonly PlannedDay[]) => {
    const visited = new Set(planned.flatMap(visitedOf))
    return req.must.every((id) => visited.has(id))
  }
  if (req.optional.length > 0 && !keepsMustSees(days)) {
    const withOptional = (optional: readonly PlaceId[]) => planDays({ ...ctx, req: { ...req, optional } }, lodging)
    const mustOnly = withOptional([])
    if (keepsMustSees(mustOnly.days)) {
      ;({ days, exact } = mustOnly)
      const added: PlaceId[] = []
      for (const id of req.optional) {
        const trial = withOptional([...added, id])
        if (!keepsMustSees(trial.days)) continue
        ;({ days, exact } = trial)
        added.push(id)
      }
    }
  }
  // Assembled against the whole request: optional places not planned are reported as left out.
  return assembleItinerary(network, req, days, exact ? 'exact' : 'heuristic', ctx.minutes, ctx.index)
}
