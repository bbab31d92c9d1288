/**
 * Heuristic day solver
 * ====================
 * For more stops than the exact solver takes: greedy insertion (must-see first, then optional stops by
 * value), then local search with relocation (Or-opt), segment reversal (2-opt) and swaps, from several
 * starting orders, then iterated local search: remove a few stops, re-insert, improve, keep the best.
 * The random choices come from a seeded generator, so the same problem always gets the same plan.
 * Every candidate is checked with `simulateDay`.
 */
import { isBetter, mustCount, simulateDay, type DayProblem, type DaySchedule } from './day-problem.ts'

function insertBest(p: DayProblem, order: number[], stop: number): number[] | null {
  let best: DaySchedule | null = null
  for (let at = 0; at <= order.length; at++) {
    const trial = [...order.slice(0, at), stop, ...order.slice(at)]
    const s = simulateDay(p, trial)
    if (
      s &&
      (!best || s.finish < best.finish - 1e-9 || (Math.abs(s.finish - best.finish) <= 1e-9 && s.travel < best.travel))
    )
      best = s
  }
  return best ? [...best.order] : null
}

function neighbours(order: readonly number[]): number[][] {
  const out: number[][] = []
  const n = order.length
  for (let i = 0; i < n; i++) {
    for (let len = 1; len <= 3 && i + len <= n; len++) {
      const segment = order.slice(i, i + len)
      const rest = [...order.slice(0, i), ...order.slice(i + len)]
      for (let at = 0; at <= rest.length; at++)
        if (at !== i) out.push([...rest.slice(0, at), ...segment, ...rest.slice(at)])
    }
    for (let j = i + 1; j < n; j++) {
      out.push([...order.slice(0, i), ...order.slice(i, j + 1).reverse(), ...order.slice(j + 1)])
      const swapped = [...order]
      swapped[i] = order[j]!
      swapped[j] = order[i]!
      out.push(swapped)
    }
  }
  return out
}

function improve(p: DayProblem, start: DaySchedule): DaySchedule {
  let best = start
  for (let round = 0; round < 50; round++) {
    let improved = false
    // Try to add a stop that is not yet in the plan.
    for (let stop = 0; stop < p.n; stop++) {
      if (best.order.includes(stop)) continue
      const inserted = insertBest(p, [...best.order], stop)
      const s = inserted && simulateDay(p, inserted)
      if (s && isBetter(p, s, best)) {
        best = s
        improved = true
      }
    }
    for (const candidate of neighbours(best.order)) {
      const s = simulateDay(p, candidate)
      if (s && isBetter(p, s, best)) {
        best = s
        improved = true
      }
    }
    // Swap a visited optional stop for an unvisited one of more value.
    for (const out of best.order.filter((s) => !p.must[s])) {
      for (let stop = 0; stop < p.n; stop++) {
        if (best.order.includes(stop) || p.value[stop]! <= p.value[out]!) continue
        const inserted = insertBest(
          p,
          best.order.filter((s) => s !== out),
          stop,
        )
        const s = inserted && simulateDay(p, inserted)
        if (s && isBetter(p, s, best)) {
          best = s
          improved = true
        }
      }
    }
    if (!improved) break
  }
  return best
}

function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Rebuilds a plan after removing some stops: must-see first, then optional by value. */
function recreate(p: DayProblem, kept: number[], removed: number[], random: () => number): number[] {
  let order = kept
  const shuffled = [...removed].filter((s) => !kept.includes(s)).sort(() => random() - 0.5)
  for (const stop of shuffled.filter((s) => p.must[s])) order = insertBest(p, order, stop) ?? order
  // Optional stops by value, with noise so that rounds try different insertion orders.
  const optional = [...Array(p.n).keys()].filter((s) => !p.must[s] && !order.includes(s))
  const key = new Map(optional.map((s) => [s, p.value[s]! * (0.5 + random())]))
  for (const stop of optional.sort((a, b) => key.get(b)! - key.get(a)!)) order = insertBest(p, order, stop) ?? order
  return order
}

/** Iterations of ruin-and-recreate: many for small problems (cheap), fewer for large ones. */
export function perturbationRounds(n: number): number {
  return n <= 12 ? 60 : Math.max(8, 48 - n)
}

/** A good schedule for any number of stops; null when the must-see stops cannot all be visited. */
export function solveDayHeuristic(p: DayProblem): DaySchedule | null {
  const need = mustCount(p)
  const stops = [...Array(p.n).keys()]
  const seeds: number[][] = [
    stops.filter((s) => p.must[s]).sort((a, b) => p.travel[p.n]![a]! - p.travel[p.n]![b]!),
    stops.filter((s) => p.must[s]).sort((a, b) => p.travel[p.n]![b]! - p.travel[p.n]![a]!),
    stops
      .filter((s) => p.must[s])
      .sort((a, b) => (p.hours[a]!.intervals.at(-1)?.[1] ?? 0) - (p.hours[b]!.intervals.at(-1)?.[1] ?? 0)),
  ]
  let best: DaySchedule | null = null
  for (const seed of seeds) {
    let order: number[] = []
    for (const stop of seed) order = insertBest(p, order, stop) ?? order
    for (const stop of stops.filter((s) => !p.must[s]).sort((a, b) => p.value[b]! - p.value[a]! || a - b))
      order = insertBest(p, order, stop) ?? order
    const start = simulateDay(p, order)
    if (!start) continue
    const s = improve(p, start)
    if (isBetter(p, s, best)) best = s
  }
  const random = seeded(p.n * 7919 + 17)
  for (let round = 0; best && round < perturbationRounds(p.n); round++) {
    const current: number[] = [...best.order]
    const removeCount = 1 + Math.floor(random() * Math.min(4, Math.max(1, current.length)))
    const removed: number[] = []
    for (let k = 0; k < removeCount && current.length > 0; k++)
      removed.push(current.splice(Math.floor(random() * current.length), 1)[0]!)
    // Also try starting the day at a random stop, which escapes orders stuck by the travel limit.
    if (p.n > 0 && random() < 0.3) {
      const first = Math.floor(random() * p.n)
      if (!current.includes(first)) current.unshift(first)
    }
    const rebuilt = simulateDay(p, recreate(p, current, removed, random))
    if (!rebuilt) continue
    const s = improve(p, rebuilt)
    if (isBetter(p, s, best)) best = s
  }
  return best && best.order.filter((s) => p.must[s]).length === need ? best : null
}
