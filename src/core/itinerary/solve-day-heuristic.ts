/**
 * Heuristic day solver
 * ====================
 * For more stops than the exact solver takes: greedy insertion (must-see first, then optional stops by
 * value) from three seed orders, local search, then iterated local search (ruin a few stops, recreate,
 * improve, keep the better plan, record-to-record travel). The order and its moves are `DayTour`
 * (`day-tour.ts`). The random choices come from a seeded generator, so the same problem always gets
 * the same plan. The winner is rebuilt with `simulateDay`, the one rule for a day's times.
 */
import { simulateDay, mustCount, type DayProblem, type DaySchedule } from './day-problem.ts'
import { DayEvaluator, resultBetter } from './day-evaluator.ts'
import { DayTour, type TourSnapshot } from './day-tour.ts'

function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Iterations of ruin-and-recreate: many for small problems (cheap), fewer for large ones. */
export function perturbationRounds(n: number): number {
  return n <= 12 ? 150 : Math.max(30, 110 - n)
}

/** Takes a few stops out of `order` (a stop and its nearest, a run of neighbours, or scattered ones). */
function ruin(order: Int32Array, tour: DayTour, random: () => number): { ruined: number[]; removed: number[] } {
  const ruined = Array.from(order)
  const removeCount = 1 + Math.floor(random() * Math.min(5, Math.max(1, Math.ceil(ruined.length / 4))))
  const removed: number[] = []
  const mode = random()
  if (mode < 0.4 && ruined.length > removeCount) {
    // A stop and the stops nearest to it, wherever they are in the order.
    const centre = ruined[Math.floor(random() * ruined.length)]!
    for (const s of tour.nearest(centre, removeCount)) {
      const at = ruined.indexOf(s)
      if (at >= 0) removed.push(ruined.splice(at, 1)[0]!)
    }
  } else if (mode < 0.7 && ruined.length > removeCount) {
    const at = Math.floor(random() * (ruined.length - removeCount + 1))
    for (const s of ruined.splice(at, removeCount)) removed.push(s)
  } else
    for (let k = 0; k < removeCount && ruined.length > 0; k++)
      removed.push(ruined.splice(Math.floor(random() * ruined.length), 1)[0]!)
  return { ruined, removed }
}

/** A good schedule for any number of stops; null when the must-see stops cannot all be visited. */
export function solveDayHeuristic(p: DayProblem): DaySchedule | null {
  const need = mustCount(p)
  const ev = new DayEvaluator(p)
  const tour = new DayTour(ev, p)
  const stops = [...Array(p.n).keys()]
  const fromStart = (s: number) => p.travel[p.n]![s]!
  const closing = (s: number) => p.hours[s]!.intervals.at(-1)?.[1] ?? 0
  const musts = stops.filter((s) => p.must[s])
  const optional = stops.filter((s) => !p.must[s]).sort((a, b) => p.value[b]! - p.value[a]! || a - b)
  const seeds = [
    [...musts].sort((a, b) => fromStart(a) - fromStart(b)),
    [...musts].sort((a, b) => fromStart(b) - fromStart(a)),
    [...musts].sort((a, b) => closing(a) - closing(b)),
  ]
  let best: TourSnapshot | null = null
  for (const seed of seeds) {
    tour.set([], 0)
    for (const stop of seed) tour.insertBest(stop, false)
    for (const stop of optional) tour.insertBest(stop, false)
    if (!tour.result.feasible) continue
    tour.improve()
    if (!best || resultBetter(tour.result, best.result)) best = tour.snapshot()
  }
  const random = seeded(p.n * 7919 + 17)
  // Record-to-record travel: ruin the current plan, and keep the new one as current when it is within a
  // small margin of the best (a margin that shrinks to nothing), so the search can cross small hills.
  let current = best
  const rounds = perturbationRounds(p.n)
  for (let round = 0; best && current && round < rounds; round++) {
    // Ruin: take out a few stops, then recreate and improve.
    const { ruined, removed } = ruin(current.order, tour, random)
    // Sometimes start the day at a random stop, which escapes orders stuck by the driving limit.
    if (p.n > 0 && random() < 0.3) {
      const first = Math.floor(random() * p.n)
      if (!ruined.includes(first)) ruined.unshift(first)
    }
    if (!tour.set(ruined, ruined.length) && !tour.set(ruined.slice(1), ruined.length - 1)) continue
    // Look again only where the plan changed: around the gaps the removed stops left, and where they go back.
    tour.active.fill(0)
    for (const stop of removed) {
      const at = current.order.indexOf(stop)
      for (const s of [current.order[at - 1], current.order[at + 1], ruined[0]]) if (s !== undefined) tour.active[s] = 1
    }
    const back = removed.sort(() => random() - 0.5)
    for (const stop of back) if (p.must[stop]) tour.insertBest(stop, false)
    for (const stop of musts) if (!tour.inTour[stop]) tour.insertBest(stop, false)
    const keys = optional.map((s) => [s, p.value[s]! * (0.5 + random())] as const).sort((a, b) => b[1] - a[1])
    for (const [stop] of keys) if (!tour.inTour[stop]) tour.insertBest(stop, false)
    if (!tour.result.feasible) continue
    tour.improve()
    const r = tour.result
    if (resultBetter(r, best.result)) best = current = tour.snapshot()
    else if (
      r.must === best.result.must &&
      Math.abs(r.value - best.result.value) <= 1e-9 &&
      r.finish - best.result.finish <= (0.02 * (best.result.finish - p.departAt) * (rounds - round)) / rounds
    )
      current = tour.snapshot()
  }
  if (!best || best.result.must !== need) return null
  const schedule = simulateDay(p, Array.from(best.order))
  return schedule && schedule.order.filter((s) => p.must[s]).length === need ? schedule : null
}
