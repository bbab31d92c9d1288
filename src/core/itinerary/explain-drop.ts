/**
 * Explain drop
 * ============
 * Why a place did not make it into the plan, in a few words: no route, closed, or what it would cost
 * (the extra minutes, and the limit it would break).
 */
import type { PlaceId } from '../model/ids.ts'
import type { ScenarioNetwork } from '../routing/scenario-network.ts'
import { formatClock, weekdayOf } from './clock.ts'
import type { CheckedRequest } from './check-request.ts'
import { simulateDay } from './day-problem.ts'
import { hoursOn } from './opening-hours.ts'
import type { PlannedDay } from './assemble-itinerary.ts'

export function explainDrop(
  network: ScenarioNetwork, req: CheckedRequest, planned: readonly PlannedDay[], id: PlaceId,
  minutes: ReadonlyArray<ReadonlyArray<number>>, index: ReadonlyMap<PlaceId, number>,
): string {
  const place = network.dataset.placeById.get(id)!
  if (minutes[index.get(req.start)!]![index.get(id)!] === Infinity) return 'no route in this scenario'
  const hours = planned.map((p) => hoursOn(place, p.date, req.window))
  if (hours.every((h) => h.intervals.length === 0)) return `closed on ${[...new Set(planned.map((p) => weekdayOf(p.date)))].join(', ')}`
  const visit = Math.round(place.visitMinutes * req.pace)
  if (hours.every((h) => h.intervals.every(([o, c]) => c - o < visit))) return `open too briefly for a ${visit}-min visit`
  let best: { extra: number; finish: number; travel: number; day: PlannedDay } | null = null
  for (const day of planned) {
    if (!day.schedule) continue
    const k = day.stops.indexOf(id)
    if (k < 0) continue
    // Relax the day window, the travel limit and unknown hours: what remains is the real obstacle.
    const relaxed = {
      ...day.problem, latestEnd: Infinity, maxTravel: Infinity,
      hours: day.problem.hours.map((h) => (h.known ? h : { ...h, intervals: [[0, 2880] as const] })),
    }
    for (let at = 0; at <= day.schedule.order.length; at++) {
      const trial = [...day.schedule.order.slice(0, at), k, ...day.schedule.order.slice(at)]
      const s = simulateDay(relaxed, trial)
      if (s && (!best || s.finish - day.schedule.finish < best.extra)) best = { extra: s.finish - day.schedule.finish, finish: s.finish, travel: s.travel, day }
    }
  }
  if (!best) {
    const close = hours.flatMap((h) => h.intervals.map(([, c]) => c))
    const last = hours.find((h) => h.lastEntry !== null)?.lastEntry
    return close.length ? `closes at ${formatClock(Math.max(...close))}${last ? ` (last entry ${formatClock(last)})` : ''}, before it can be reached` : 'cannot be fitted on any day'
  }
  const extra = Math.round(best.extra)
  if (best.finish > req.window[1]) return `would add ${extra} min: the day would end at ${formatClock(best.finish)}${best.finish >= 1440 ? ' the next day' : ''}, after ${formatClock(req.window[1])}`
  if (best.travel > req.maxTravel) return `would add ${extra} min, over the ${req.maxTravel}-min daily travel limit`
  return `would add ${extra} min; other places were worth more in the time`
}
