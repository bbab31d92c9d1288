import type { DayProblem } from '../src/core/itinerary/day-problem.ts'
import type { DayHours } from '../src/core/itinerary/opening-hours.ts'
import { seededRandom } from './synthetic-network.ts'
/** A seeded one-day problem: stops on a plane (travel = distance), hours, must-see and values. */
export function dayProblemOf(n: number, seed: number): DayProblem {
  const random = seededRandom(seed)
  const points = Array.from({ length: n + 2 }, () => [random() * 60, random() * 60] as const)
  const hours = (): DayHours => {
    const r = random()
    if (r < 0.3) return { intervals: [[0, 1440]], lastEntry: null, verified: false, known: false }
    const open = 360 + Math.floor(random() * 180)
    return {
      intervals: [[open, open + 300 + Math.floor(random() * 360)]],
      lastEntry: null,
      verified: true,
      known: true,
    }
  }
  return {
    n,
    travel: points.map(([x1, y1]) => points.map(([x2, y2]) => Math.round(Math.hypot(x1 - x2, y1 - y2) * 1.2))),
    visit: Array.from({ length: n }, () => 20 + Math.floor(random() * 60)),
    hours: Array.from({ length: n }, hours),
    must: Array.from({ length: n }, (_, i) => i < 2),
    value: Array.from({ length: n }, () => [0.5, 1, 2, 3, 4][Math.floor(random() * 5)]!),
    departAt: 420,
    latestEnd: 1140,
    maxTravel: 420,
  }
}

/**
 * A seeded long-window problem where every stop fits (so the figures measure large tours): a 60-hour
 * window, most sites always open, some from 08:00 on, no driving limit, every stop must be seen.
 */
export function longWindowProblemOf(n: number, seed: number): DayProblem {
  const base = dayProblemOf(n, seed)
  const random = seededRandom(seed + 1)
  const latestEnd = 420 + 3600
  return {
    ...base,
    hours: base.hours.map(() =>
      random() < 0.7
        ? { intervals: [[0, latestEnd]], lastEntry: null, verified: true, known: true }
        : { intervals: [[480, latestEnd]], lastEntry: null, verified: true, known: true },
    ),
    must: base.must.map(() => true),
    latestEnd,
    maxTravel: Infinity,
  }
}
