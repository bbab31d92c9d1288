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
import type { DropCause } from './itinerary.ts'

export function explainDrop(
  network: ScenarioNetwork,
  req: CheckedRequest,
  planned: readonly PlannedDay[],
  id: PlaceId,
  minutes: ReadonlyArray<ReadonlyArray<number>>,
  index: ReadonlyMap<PlaceId, number>,
): { reason: string; cause: DropCause } {
  const place = network.dataset.placeById.get(id)!
  if (minutes[index.get(req.start)!]![index.get(id)!] === Infinity)
    return { reason: 'no route in this scenario', cause: { kind: 'no-route' } }
  const hours = planned.map((p) => hoursOn(place, p.date, req.window))
  if (hours.every((h) => h.intervals.length === 0)) {
    const weekdays = [...new Set(planned.map((p) => weekdayOf(p.date)))]
    return { reason: `closed on ${weekdays.join(', ')}`, cause: { kind: 'closed', weekdays } }
  }
  const visit = Math.round(place.visitMinutes * req.pace)
  if (hours.every((h) => h.intervals.every(([o, c]) => c - o < visit)))
    return { reason: `open too briefly for a ${visit}-min visit`, cause: { kind: 'too-short', visitMinutes: visit } }
  let best: { extra: number; finish: number; travel: number; day: PlannedDay } | null = null
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
        best = { extra: s.finish - day.schedule.finish, finish: s.finish, travel: s.travel, day }
    }
  }
  if (!best) {
    const close = hours.flatMap((h) => h.intervals.map(([, c]) => c))
    const last = hours.find((h) => h.lastEntry !== null)?.lastEntry
    if (!close.length) return { reason: 'cannot be fitted on any day', cause: { kind: 'no-day' } }
    const closeText = formatClock(Math.max(...close)),
      lastText = last ? formatClock(last) : null
    return {
      reason: `closes at ${closeText}${lastText ? ` (last entry ${lastText})` : ''}, before it can be reached`,
      cause: { kind: 'closes', close: closeText, lastEntry: lastText },
    }
  }
  const extra = Math.round(best.extra)
  if (best.finish > req.window[1]) {
    const endsAt = formatClock(best.finish),
      nextDay = best.finish >= 1440,
      windowEnd = formatClock(req.window[1])
    return {
      reason: `would add ${extra} min: the day would end at ${endsAt}${nextDay ? ' the next day' : ''}, after ${windowEnd}`,
      cause: { kind: 'ends-late', extraMinutes: extra, endsAt, nextDay, windowEnd },
    }
  }
  if (best.travel > req.maxTravel)
    return {
      reason: `would add ${extra} min, over the ${req.maxTravel}-min daily travel limit`,
      cause: { kind: 'travel-limit', extraMinutes: extra, limitMinutes: req.maxTravel },
    }
  return {
    reason: `would add ${extra} min; other places were worth more in the time`,
    cause: { kind: 'worth-less', extraMinutes: extra },
  }
}
