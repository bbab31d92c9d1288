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
    visit: stops.map((id) => Math.round(dataset.placeById.get(id)!.visitMinutes * ctx.req.pace)),
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
  }
}

function planDays(ctx: Context, lodging: readonly PlaceId[]): { days: PlannedDay[]; exact: boolean } {
  const { req } = ctx
  let remaining = [...req.must, ...req.optional]
  let from = req.start
  let exact = true
  const days: PlannedDay[] = []
  for (let d = 0; d < req.days; d++) {
    const date = addDays(req.date, d)
    const departAt = d === 0 ? req.departAt : req.window[0]
    const finalDay = d === req.days - 1
    // Can the trip end today? Then it does: on the last day it must.
    const ending = dayProblem(ctx, date, from, req.end, remaining, true, departAt)
    const endToday = solveDay(ending)
    if (finalDay || (endToday.schedule && endToday.schedule.order.length === remaining.length)) {
      const chosen =
        endToday.schedule ??
        solveDay({
          ...ending,
          must: ending.must.map(() => false),
          value: ending.value.map((v, i) => v * (ending.must[i] ? MUST_SEE_BOOST : 1)),
        }).schedule
      exact &&= endToday.method === 'exact'
      days.push({ date, from, to: req.end, problem: ending, schedule: chosen, stops: remaining })
      return { days, exact }
    }
    // Otherwise end the day at the overnight base that lets it see the most, then finish earliest,
    // counting the drive from the base to the nearest place still to see.
    let best: { base: PlaceId; schedule: DaySchedule; problem: DayProblem; score: [number, number] } | null = null
    for (const base of lodging) {
      const problem = dayProblem(ctx, date, from, base, remaining, false, departAt)
      const { schedule, method } = solveDay(problem)
      exact &&= method === 'exact'
      if (!schedule) continue
      const left = remaining.filter((id) => !schedule.order.map((i) => remaining[i]).includes(id))
      const fromBase = ctx.minutes[ctx.index.get(base)!]!
      const onward =
        left.length > 0
          ? Math.min(...left.map((id) => fromBase[ctx.index.get(id)!]!))
          : fromBase[ctx.index.get(req.end)!]!
      const score: [number, number] = [schedule.value, -(schedule.finish + (Number.isFinite(onward) ? onward : 1e6))]
      if (
        !best ||
        score[0] > best.score[0] + 1e-9 ||
        (Math.abs(score[0] - best.score[0]) <= 1e-9 && score[1] > best.score[1])
      )
        best = { base, schedule, problem, score }
    }
    if (!best) {
      // No base is reachable within the day: end the trip where it can.
      days.push({ date, from, to: req.end, problem: ending, schedule: endToday.schedule, stops: remaining })
      return { days, exact }
    }
    days.push({ date, from, to: best.base, problem: best.problem, schedule: best.schedule, stops: remaining })
    const visited = new Set(best.schedule.order.map((i) => remaining[i]!))
    remaining = remaining.filter((id) => !visited.has(id))
    from = best.base
  }
  return { days, exact }
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
  const ids = [...new Set([...stops, req.start, req.end, ...lodging])]
  const matrix = travelMatrix(network, ids)
  const ctx: Context = {
    network,
    req,
    index: new Map(ids.map((id, i) => [id as PlaceId, i])),
    minutes: matrix.minutes.map((row) => row.map((x) => (x === null ? Infinity : x))),
  }
  const { days, exact } = planDays(ctx, lodging)
  return assembleItinerary(network, req, days, exact ? 'exact' : 'heuristic', ctx.minutes, ctx.index)
}
