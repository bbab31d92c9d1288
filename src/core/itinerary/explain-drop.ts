/**
 * Explain drop
 * ============
 * Why a place did not make it into the plan, as the real cause: no route, closed that day, a lock
 * that cannot be kept, its own closing time, another visit it would push out of its hours, or what
 * it would cost (the extra minutes, and the limit it would break).
 */
import type { PlaceId } from '../model/ids.ts'
import type { ScenarioNetwork } from '../routing/scenario-network.ts'
import { formatClock, weekdayOf } from './clock.ts'
import type { CheckedRequest } from './check-request.ts'
import { diagnoseDay, simulateDay, type DayProblem } from './day-problem.ts'
import { earliestVisitStart, hoursOn, type DayHours } from './opening-hours.ts'
import type { PlannedDay } from './assemble-itinerary.ts'
import type { DropCause } from './itinerary.ts'

/** The latest minute a visit of `visit` minutes may start on a day, or null when it cannot. */
function latestStart(hours: DayHours, visit: number): number | null {
  let latest: number | null = null
  for (const [open, close] of hours.intervals) {
    const end = Math.min(close - visit, hours.lastEntry ?? Infinity)
    if (end >= open) latest = Math.max(latest ?? -Infinity, end)
  }
  return latest
}

/** Explains a lock (a time or a place in the order) that no day can keep; null when some day can. */
function explainLock(
  req: CheckedRequest,
  planned: readonly PlannedDay[],
  id: PlaceId,
  hours: readonly DayHours[],
  visit: number,
  direct: number,
): DropCause | null {
  const at = req.lockedAt.get(id)
  if (at === undefined) return null
  const atText = formatClock(at)
  if (hours.every((h) => earliestVisitStart(h, at, visit) !== at)) {
    return { kind: 'lock-closed', at: atText, visitMinutes: visit }
  }
  const earliest = planned.reduce(
    (m, _day, d) => Math.min(m, (d === 0 ? req.departAt : req.window[0]) + direct),
    Infinity,
  )
  if (earliest > at + 1e-9) {
    const earliestText = formatClock(earliest)
    return { kind: 'lock-unreachable', at: atText, earliest: earliestText }
  }
  return null
}

/** The visit that inserting `k` pushes out of its hours or lock, over the best insertion point. */
function conflict(problem: DayProblem, order: readonly number[], k: number, stops: readonly PlaceId[]) {
  let found: { place: PlaceId; why: 'hours' | 'lock' } | null = null
  for (let at = 0; at <= order.length; at++) {
    const trial = [...order.slice(0, at), k, ...order.slice(at)]
    const failure = diagnoseDay(problem, trial)
    if (!failure || failure.index >= trial.length) continue
    const stop = trial[failure.index]!
    if (stop === k || (failure.why !== 'hours' && failure.why !== 'lock')) continue
    found = { place: stops[stop]!, why: failure.why }
    break
  }
  return found
}

export function explainDrop(
  network: ScenarioNetwork,
  req: CheckedRequest,
  planned: readonly PlannedDay[],
  id: PlaceId,
  minutes: ReadonlyArray<ReadonlyArray<number>>,
  index: ReadonlyMap<PlaceId, number>,
): DropCause {
  const place = network.dataset.placeById.get(id)!
  const direct = minutes[index.get(req.start)!]![index.get(id)!]!
  if (direct === Infinity) return { kind: 'no-route' }
  const hours = planned.map((p) => hoursOn(place, p.date, req.window))
  if (hours.every((h) => h.intervals.length === 0)) {
    const weekdays = [...new Set(planned.map((p) => weekdayOf(p.date)))]
    return { kind: 'closed', weekdays }
  }
  const visit = req.visitMinutes.get(id) ?? Math.round(place.visitMinutes * req.pace)
  if (hours.every((h) => h.intervals.every(([o, c]) => c - o < visit)))
    return { kind: 'too-short', visitMinutes: visit }
  const lock = explainLock(req, planned, id, hours, visit, direct)
  if (lock) return lock
  // Its own closing time: even straight from the start of a day, the visit cannot begin in time.
  const reachable = planned.some((_day, d) => {
    const latest = latestStart(hours[d]!, visit)
    return latest !== null && (d === 0 ? req.departAt : req.window[0]) + direct <= latest + 1e-9
  })
  if (!reachable) {
    const close = hours.flatMap((h) => h.intervals.map(([, c]) => c))
    const last = hours.find((h) => h.lastEntry !== null)?.lastEntry
    const closeText = formatClock(close.reduce((m, c) => Math.max(m, c), 0)),
      lastText = last ? formatClock(last) : null
    return { kind: 'closes', close: closeText, lastEntry: lastText }
  }
  let best: { extra: number; finish: number; travel: number } | null = null
  let pushed: { place: PlaceId; why: 'hours' | 'lock' } | null = null
  let fitsWithoutLunch = false
  for (const day of planned) {
    if (!day.schedule) continue
    const k = day.stops.indexOf(id)
    if (k < 0) continue
    // Relax the day window, the travel limit and unknown hours: what remains is the real obstacle.
    const relaxed = {
      ...day.problem,
      latestEnd: Infinity,
      maxTravel: Infinity,
      hours: day.problem.hours.map((h) => (h.known ? h : { ...h, intervals: [[0, 2880] as const] })),
    }
    for (let at = 0; at <= day.schedule.order.length; at++) {
      const trial = [...day.schedule.order.slice(0, at), k, ...day.schedule.order.slice(at)]
      const s = simulateDay(relaxed, trial)
      if (s && (!best || s.finish - day.schedule.finish < best.extra))
        best = { extra: s.finish - day.schedule.finish, finish: s.finish, travel: s.travel }
      if (!s && relaxed.lunch && simulateDay({ ...relaxed, lunch: null }, trial)) fitsWithoutLunch = true
    }
    pushed ??= conflict(relaxed, day.schedule.order, k, day.stops)
  }
  if (!best) {
    if (pushed) return { kind: 'conflicts', place: pushed.place, why: pushed.why }
    if (fitsWithoutLunch && req.lunch)
      return { kind: 'lunch', from: formatClock(req.lunch.earliest), to: formatClock(req.lunch.latest) }
    return { kind: 'no-day' }
  }
  const extra = Math.round(best.extra)
  if (best.finish > req.window[1]) {
    const endsAt = formatClock(best.finish),
      nextDay = best.finish >= 1440,
      windowEnd = formatClock(req.window[1])
    return { kind: 'ends-late', extraMinutes: extra, endsAt, nextDay, windowEnd }
  }
  if (best.travel > req.maxTravel) return { kind: 'travel-limit', extraMinutes: extra, limitMinutes: req.maxTravel }
  return { kind: 'worth-less', extraMinutes: extra }
}
