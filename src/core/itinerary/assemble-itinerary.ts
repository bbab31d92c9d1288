/**
 * Assemble itinerary
 * ==================
 * Turns the solved days into the answer: stops with clock times, legs from the routing engine, the
 * dropped places with reasons, and warnings in the style of a careful travel agent.
 */
import type { PlaceId } from '../model/ids.ts'
import type { ScenarioNetwork } from '../routing/scenario-network.ts'
import { findRoute, describeProjectTiming } from '../routing/find-route.ts'
import { projectOpeningDay } from '../scenario/scenario.ts'
import { festivalsOn } from '../calendar/festival-dates.ts'
import { formatClock } from './clock.ts'
import type { CheckedRequest } from './check-request.ts'
import type { DayProblem, DaySchedule } from './day-problem.ts'
import { hoursOn } from './opening-hours.ts'
import { explainDrop } from './explain-drop.ts'
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

export function assembleItinerary(
  network: ScenarioNetwork,
  req: CheckedRequest,
  planned: readonly PlannedDay[],
  method: 'exact' | 'heuristic',
  minutes: ReadonlyArray<ReadonlyArray<number>>,
  index: ReadonlyMap<PlaceId, number>,
): Itinerary {
  const { dataset, scenario } = network
  const name = (id: string) => dataset.placeById.get(id as PlaceId)?.name.en ?? id
  const warnings: string[] = []
  const notes: ItineraryNote[] = []
  const seen = new Set<string>()
  const note = (text: string, data: ItineraryNote) => {
    if (!seen.has(text)) {
      seen.add(text)
      warnings.push(text)
      notes.push(data)
    }
  }
  const days: ItineraryDay[] = []
  const order: PlaceId[] = []
  let travelTotal = 0
  let finalArrive = req.departAt

  planned.forEach((p, d) => {
    const schedule = p.schedule
    const visited = schedule ? schedule.order.map((i) => p.stops[i]!) : []
    order.push(...visited)
    const festivals = festivalsOn(dataset, p.date)
    const stops: ItineraryStop[] = visited.map((id, k) => {
      const place = dataset.placeById.get(id)!
      const hours = hoursOn(place, p.date, req.window)
      const festival = festivals.find((f) => f.place.id === id)
      if (festival)
        note(
          `${festival.festival.name.en} at ${name(id)} runs ${festival.start} to ${festival.end}: expect crowds on ${p.date}.`,
          {
            kind: 'festival',
            place: id,
            festival: festival.festival.name,
            start: festival.start,
            end: festival.end,
            date: p.date,
          },
        )
      const wait = schedule!.start[k]! - schedule!.arrive[k]!
      if (wait > 30)
        note(
          `Arrives at ${name(id)} at ${formatClock(schedule!.arrive[k]!)} and waits ${Math.round(wait)} min for it to open.`,
          { kind: 'wait', place: id, arrive: formatClock(schedule!.arrive[k]!), minutes: Math.round(wait) },
        )
      return {
        // Whole minutes, rounded down and the end taken as start + visit, so the shown times never
        // contradict each other or the opening hours (open and close are whole minutes).
        place: id,
        arrive: formatClock(Math.floor(schedule!.arrive[k]!)),
        start: formatClock(Math.floor(schedule!.start[k]!)),
        depart: formatClock(Math.floor(schedule!.start[k]!) + p.problem.visit[schedule!.order[k]!]!),
        waitMinutes: Math.floor(schedule!.start[k]!) - Math.floor(schedule!.arrive[k]!),
        visitMinutes: p.problem.visit[schedule!.order[k]!]!,
        hoursVerified: hours.known && hours.verified,
        festival: festival ? festival.festival.name.en : null,
      }
    })
    const path = [p.from, ...visited, p.to]
    const legs: ItineraryLeg[] = []
    let clock = d === 0 ? req.departAt : req.window[0]
    for (let k = 0; k + 1 < path.length; k++) {
      const a = path[k]!,
        b = path[k + 1]!
      if (a === b) continue
      const route = findRoute(network, a, b)
      if (!route.reachable) {
        note(`No route from ${name(a)} to ${name(b)} in this scenario.`, { kind: 'no-route', from: a, to: b })
        continue
      }
      const arrive = k < visited.length ? schedule!.arrive[k]! : clock + route.minutes
      legs.push({
        links: route.legs.filter((l) => l.kind === 'travel').map((l) => l.link),
        from: a,
        to: b,
        depart: formatClock(clock),
        arrive: formatClock(arrive),
        minutes: route.minutes,
        km: route.km,
        modes: [...new Set(route.legs.map((l) => l.mode))],
        projects: route.projects,
        estimated: route.estimatedMinutes > route.minutes / 2,
      })
      for (const leg of route.legs.filter((l) => l.kind === 'wait' && l.mode !== 'road')) {
        const headway = dataset.linkById.get(leg.link)?.service?.headwayMinutes ?? null
        note(
          `${leg.mode === 'rail' ? 'Train' : 'Boat'} from ${name(leg.from)}: ${leg.note ?? 'a scheduled service'} (estimate); the plan counts an average wait of ${Math.round(leg.minutes)} min — check the timetable before you go.`,
          {
            kind: 'service',
            mode: leg.mode === 'rail' ? 'rail' : 'waterway',
            from: leg.from,
            headwayMinutes: headway,
            waitMinutes: Math.round(leg.minutes),
          },
        )
      }
      for (const projectId of route.projects) {
        const opens = projectOpeningDay(dataset.projectById.get(projectId)!, 'expected')
        if (opens === null || opens > p.date)
          note(
            `Uses ${describeProjectTiming(dataset, projectId).name} (${describeProjectTiming(dataset, projectId).when}), not open on ${p.date} in reality: this plan is for the scenario "${scenario.label}".`,
            { kind: 'unopened', project: projectId, date: p.date },
          )
      }
      travelTotal += route.minutes
      clock = k < visited.length ? schedule!.depart[k]! : arrive
    }
    finalArrive = d * 1440 + (schedule ? schedule.finish : clock)
    days.push({
      day: d + 1,
      date: p.date,
      from: p.from,
      to: p.to,
      depart: formatClock(d === 0 ? req.departAt : req.window[0]),
      arrive: formatClock(schedule ? schedule.finish : clock),
      stops,
      legs,
      travelMinutes: legs.reduce((s, l) => s + l.minutes, 0),
    })
  })

  const visitedAll = new Set(order)
  const dropped: DroppedPlace[] = [...req.must, ...req.optional]
    .filter((id) => !visitedAll.has(id))
    .map((id) => ({
      place: id,
      mustSee: req.must.includes(id),
      ...explainDrop(network, req, planned, id, minutes, index),
    }))
  const unverified = order.filter((id) => {
    const h = hoursOn(dataset.placeById.get(id)!, req.date, req.window)
    return !(h.known && h.verified)
  })
  if (unverified.length)
    note(`Opening hours not verified for ${unverified.map(name).join(', ')}: treated as open within the day window.`, {
      kind: 'unverified',
      places: unverified,
    })
  const estimated = days
    .flatMap((d) => d.legs)
    .filter((l) => l.estimated)
    .reduce((s, l) => s + l.minutes, 0)
  if (estimated > travelTotal / 2)
    note(
      `${Math.round(estimated)} of ${Math.round(travelTotal)} travel minutes are on links whose length or speed is our estimate.`,
      { kind: 'estimates', estimatedMinutes: Math.round(estimated), travelMinutes: Math.round(travelTotal) },
    )
  const missing = dropped.filter((x) => x.mustSee)
  if (missing.length) {
    warnings.unshift(
      `Not every must-see place fits: ${missing.map((m) => `${name(m.place)} (${m.reason})`).join('; ')}.`,
    )
    notes.unshift({ kind: 'missing', places: missing.map((m) => m.place) })
  }
  return {
    feasible: missing.length === 0,
    order,
    days,
    travelMinutes: travelTotal,
    totalMinutes: finalArrive - req.departAt,
    dropped,
    warnings,
    notes,
    method,
    scenario,
  }
}
