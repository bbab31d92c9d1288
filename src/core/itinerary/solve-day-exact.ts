/**
 * Exact day solver
 * ================
 * Dynamic programming over subsets of stops (up to 12): for every set of visited stops and last stop,
 * the schedules that are not beaten on both finish time and travel time. Waiting is allowed, and an
 * earlier arrival never finishes a visit later, so keeping the earliest finishes is exact.
 */
import { isBetter, mustCount, simulateDay, type DayProblem, type DaySchedule } from './day-problem.ts'
import { earliestVisitStart } from './opening-hours.ts'

/** Largest number of stops the exact solver takes. */
export const EXACT_LIMIT = 12

interface Label { time: number; travel: number; prev: Label | null; stop: number }

/**
 * The best schedule (all must-see stops, then most value, earliest finish, least travel), or null when
 * the must-see stops cannot all be visited.
 */
export function solveDayExact(p: DayProblem): DaySchedule | null {
  const n = p.n
  if (n > EXACT_LIMIT) throw new Error(`solveDayExact: ${n} stops is over the exact limit of ${EXACT_LIMIT}`)
  const size = 1 << n
  const labels: Array<Array<Label[] | undefined>> = Array.from({ length: size }, () => Array.from<Label[] | undefined>({ length: n }))
  const add = (mask: number, stop: number, label: Label) => {
    const list = (labels[mask]![stop] ??= [])
    if (list.some((l) => l.time <= label.time + 1e-9 && l.travel <= label.travel + 1e-9)) return
    for (let i = list.length - 1; i >= 0; i--) if (label.time <= list[i]!.time + 1e-9 && label.travel <= list[i]!.travel + 1e-9) list.splice(i, 1)
    list.push(label)
  }
  for (let s = 0; s < n; s++) {
    const leg = p.travel[n]![s]!
    if (leg === Infinity || leg > p.maxTravel) continue
    const begin = earliestVisitStart(p.hours[s]!, p.departAt + leg, p.visit[s]!)
    if (begin !== null && begin + p.visit[s]! <= p.latestEnd) add(1 << s, s, { time: begin + p.visit[s]!, travel: leg, prev: null, stop: s })
  }
  for (let mask = 1; mask < size; mask++) {
    for (let last = 0; last < n; last++) {
      const list = labels[mask]![last]
      if (!list) continue
      for (const label of list) {
        for (let next = 0; next < n; next++) {
          if (mask & (1 << next)) continue
          const leg = p.travel[last]![next]!
          if (leg === Infinity || label.travel + leg > p.maxTravel + 1e-9) continue
          const begin = earliestVisitStart(p.hours[next]!, label.time + leg, p.visit[next]!)
          if (begin === null || begin + p.visit[next]! > p.latestEnd) continue
          add(mask | (1 << next), next, { time: begin + p.visit[next]!, travel: label.travel + leg, prev: label, stop: next })
        }
      }
    }
  }
  const need = mustCount(p)
  let best: DaySchedule | null = null
  const consider = (order: number[]) => {
    const schedule = simulateDay(p, order)
    if (schedule && schedule.order.filter((s) => p.must[s]).length === need && isBetter(p, schedule, best)) best = schedule
  }
  consider([])
  for (let mask = 1; mask < size; mask++) {
    for (let last = 0; last < n; last++) {
      for (const label of labels[mask]![last] ?? []) {
        const order: number[] = []
        for (let l: Label | null = label; l; l = l.prev) order.push(l.stop)
        consider(order.reverse())
      }
    }
  }
  return best
}
