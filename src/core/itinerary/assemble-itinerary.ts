/**
 * Assemble itinerary
 * ==================
 * Turns the solved days into the answer: stops with clock times, drives from the routing engine, the
 * dropped places with their causes, and warnings as data. The English sentences are derived from the
 * same data (`describe-note.ts`), so the command line and the web app never say different things.
 */
import type { PlaceId } from '../model/ids.ts'
import type { ScenarioNetwork } from '../routing/scenario-network.ts'
import { findRoute } from '../routing/find-route.ts'
import type { FoundRoute } from '../routing/route.ts'
import { projectOpeningDay } from '../scenario/scenario.ts'
import { festivalsOn } from '../calendar/festival-dates.ts'
import { formatClock } from './clock.ts'
import type { CheckedRequest } from './check-request.ts'
import type { DayProblem, DaySchedule } from './day-problem.ts'
import { earliestVisitStart, hoursOn } from './opening-hours.ts'
import { explainDrop } from './explain-drop.ts'
import { describeDrop, describeNote } from './describe-note.ts'
import type { DroppedPlace, Itinerary, ItineraryDay, ItineraryLeg, ItineraryNote, ItineraryStop } from './itinerary.ts'

export interface PlannedDay {
  readonly date: string
  readonly from: PlaceId
  readonly to: PlaceId
  readonly problem: DayProblem
  readonly schedule: DaySchedule | null
  /** The candidate stops of the day; `schedule.order` indexes into this. */
  readonly stops: readonly PlaceId[]
}

/** Notes in the order they were found, each once. */
class NoteList {
  readonly notes: ItineraryNote[] = []
  private readonly seen = new Set<string>()
  add(note: ItineraryNote): void {
    const key = JSON.stringify(note)
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.notes.push(note)
  }
}

/**
 * Whole minutes, rounded down: shown times never contradict each other or the hours. A sum of
 * minutes that should be whole but came out a hair under it (1011.9999999999 for 1012, from adding
 * the legs in another order) counts as whole.
 */
const wholeMinutes = (minutes: number) => Math.floor(minutes + 1e-9)
const clock = (minutes: number) => formatClock(wholeMinutes(minutes))

function buildStops(network: ScenarioNetwork, req: CheckedRequest, p: PlannedDay, notes: NoteList): ItineraryStop[] {
  const { dataset } = network
  const schedule = p.schedule
  if (!schedule) return []
  const festivals = festivalsOn(dataset, p.date)
  return schedule.order.map((i, k) => {
    const id = p.stops[i]!
    const hours = hoursOn(dataset.placeById.get(id)!, p.date, req.window)
    const arrive = schedule.arrive[k]!,
      start = schedule.start[k]!,
      visit = p.problem.visit[i]!
    const festival = festivals.find((f) => f.place.id === id)
    if (festival)
      notes.add({
        kind: 'festival',
        place: id,
        festival: festival.festival.name,
        start: festival.start,
        end: festival.end,
        date: p.date,
      })
    // A lunch taken on arrival is not a wait: the wait is what is left after it.
    const lunchHere = schedule.lunch?.index === k && schedule.lunch.when === 'before' ? schedule.lunch : null
    const waitMinutes = wholeMinutes(start) - wholeMinutes(lunchHere ? lunchHere.end : arrive)
    // A visit locked to a time waits for that time, unless the place itself was not open earlier.
    const lockedAt = req.lockedAt.get(id)
    const openAtArrival = earliestVisitStart(hours, lunchHere ? lunchHere.end : arrive, visit)
    const waitFor =
      waitMinutes <= 0
        ? null
        : lockedAt !== undefined && Math.abs(start - lockedAt) < 1e-9 && openAtArrival !== null && openAtArrival < start
          ? 'lock'
          : 'opening'
    if (waitFor && waitMinutes > 30)
      notes.add({
        kind: 'wait',
        place: id,
        arrive: clock(lunchHere ? lunchHere.end : arrive),
        minutes: waitMinutes,
        reason: waitFor,
      })
    return {
      place: id,
      arrive: clock(arrive),
      start: clock(start),
      // The schedule's own time (visits may last fractions of a minute): the drive on leaves then.
      depart: clock(schedule.depart[k]!),
      waitMinutes,
      waitFor,
      visitMinutes: visit,
      hoursVerified: hours.known && hours.verified,
      festival: festival ? festival.festival.name : null,
    }
  })
}

/** Warnings a route gives: services to catch, projects not open in reality on that day. */
function routeNotes(network: ScenarioNetwork, route: FoundRoute, date: string, notes: NoteList): void {
  const { dataset } = network
  for (const leg of route.legs) {
    if (leg.kind !== 'wait' || leg.mode === 'road') continue
    const service = dataset.linkById.get(leg.link)?.service
    notes.add({
      kind: 'service',
      mode: leg.mode,
      from: leg.from,
      headwayMinutes: service?.headwayMinutes ?? null,
      waitMinutes: Math.round(leg.minutes),
      hours: service?.hours ?? [],
    })
  }
  for (const projectId of route.projects) {
    const opens = projectOpeningDay(dataset.projectById.get(projectId)!, 'expected')
    if (opens === null || opens > date) notes.add({ kind: 'unopened', project: projectId, date })
  }
}

function buildLegs(
  network: ScenarioNetwork,
  req: CheckedRequest,
  p: PlannedDay,
  d: number,
  notes: NoteList,
): { legs: ItineraryLeg[]; arrive: number } {
  const schedule = p.schedule
  const visited = schedule ? schedule.order.map((i) => p.stops[i]!) : []
  const path = [p.from, ...visited, p.to]
  const legs: ItineraryLeg[] = []
  let now = d === 0 ? req.departAt : req.window[0]
  for (let k = 0; k + 1 < path.length; k++) {
    const a = path[k]!,
      b = path[k + 1]!
    if (a === b) continue
    const route = findRoute(network, a, b)
    if (!route.reachable) {
      notes.add({ kind: 'no-route', from: a, to: b })
      continue
    }
    const arrive = k < visited.length ? schedule!.arrive[k]! : now + route.minutes
    legs.push({
      links: route.legs.filter((l) => l.kind === 'travel').map((l) => l.link),
      steps: route.legs,
      from: a,
      to: b,
      depart: clock(now),
      arrive: clock(arrive),
      minutes: route.minutes,
      drivingMinutes: route.legs.reduce(
        (sum, l) => sum + (l.kind === 'travel' && l.mode === 'road' ? l.minutes : 0),
        0,
      ),
      km: route.km,
      modes: [...new Set(route.legs.map((l) => l.mode))],
      projects: route.projects,
      estimated: route.estimatedMinutes > route.minutes / 2,
    })
    routeNotes(network, route, p.date, notes)
    now = k < visited.length ? schedule!.leave[k]! : arrive
  }
  return { legs, arrive: schedule ? schedule.finish : now }
}

function tripNotes(
  network: ScenarioNetwork,
  req: CheckedRequest,
  days: readonly ItineraryDay[],
  notes: NoteList,
): void {
  const { dataset } = network
  const order = days.flatMap((d) => d.stops.map((s) => s.place))
  const unverified = order.filter((id) => {
    const h = hoursOn(dataset.placeById.get(id)!, req.date, req.window)
    return !(h.known && h.verified)
  })
  if (unverified.length) notes.add({ kind: 'unverified', places: unverified })
  const legs = days.flatMap((d) => d.legs)
  const travel = legs.reduce((s, l) => s + l.minutes, 0)
  const estimated = legs.filter((l) => l.estimated).reduce((s, l) => s + l.minutes, 0)
  if (estimated > travel / 2)
    notes.add({ kind: 'estimates', estimatedMinutes: Math.round(estimated), travelMinutes: Math.round(travel) })
}

export function assembleItinerary(
  network: ScenarioNetwork,
  req: CheckedRequest,
  planned: readonly PlannedDay[],
  method: 'exact' | 'heuristic',
  minutes: ReadonlyArray<ReadonlyArray<number>>,
  index: ReadonlyMap<PlaceId, number>,
): Itinerary {
  const { dataset, scenario } = network
  const notes = new NoteList()
  let finalArrive = req.departAt
  const days: ItineraryDay[] = planned.map((p, d) => {
    const stops = buildStops(network, req, p, notes)
    const { legs, arrive } = buildLegs(network, req, p, d, notes)
    finalArrive = d * 1440 + arrive
    return {
      day: d + 1,
      date: p.date,
      from: p.from,
      to: p.to,
      depart: clock(d === 0 ? req.departAt : req.window[0]),
      arrive: clock(arrive),
      stops,
      legs,
      travelMinutes: legs.reduce((s, l) => s + l.minutes, 0),
      drivingMinutes: legs.reduce((s, l) => s + l.drivingMinutes, 0),
      lunch:
        p.schedule?.lunch != null
          ? {
              place: p.stops[p.schedule.order[p.schedule.lunch.index]!]!,
              when: p.schedule.lunch.when,
              start: clock(p.schedule.lunch.start),
              end: clock(p.schedule.lunch.end),
            }
          : null,
    }
  })
  const order = days.flatMap((d) => d.stops.map((s) => s.place))
  const visitedAll = new Set(order)
  const dropped: DroppedPlace[] = [...req.must, ...req.optional]
    .filter((id) => !visitedAll.has(id))
    .map((id) => {
      const cause = explainDrop(network, req, planned, id, minutes, index)
      return { place: id, mustSee: req.must.includes(id), reason: describeDrop(cause, dataset), cause }
    })
  tripNotes(network, req, days, notes)
  if (days.length < req.days && dropped.length === 0)
    notes.add({ kind: 'fewer-days', asked: req.days, planned: days.length })
  const missing = dropped.filter((x) => x.mustSee)
  const all = missing.length
    ? [{ kind: 'missing' as const, places: missing.map((m) => m.place) }, ...notes.notes]
    : notes.notes
  return {
    feasible: missing.length === 0,
    order,
    days,
    travelMinutes: days.reduce((s, d) => s + d.travelMinutes, 0),
    totalMinutes: finalArrive - req.departAt,
    dropped,
    warnings: all.map((n) => describeNote(n, dataset, scenario.label)),
    notes: all,
    method,
    scenario,
  }
}
