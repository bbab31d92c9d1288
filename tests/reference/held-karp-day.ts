/**
 * Reference day solver: Held–Karp with time windows
 * =================================================
 * The textbook dynamic programme over (visited set, last stop), keeping one number per state: the
 * earliest time the last visit can end (with a second state per pair once lunch is eaten). Earliest is
 * enough because waiting is allowed and every rule (opening hours, locks, lunch window) lets an earlier
 * arrival do whatever a later one does. It ignores the daily driving limit and the least-travel
 * tie-break, so it is a reference only where the limit cannot bind: tests and benchmarks give it such
 * instances and compare value and finish time with `solveDayExact`.
 */
import { needsLunch, visitStart, type DayProblem } from '../../src/core/itinerary/day-problem.ts'

/** The best value and its earliest finish, or null when the must-see stops cannot all be visited. */
export function heldKarpDay(p: DayProblem): { value: number; finish: number } | null {
  const n = p.n
  const size = 1 << n
  // best[((mask * n) + last) * 2 + fed]: earliest end of the last visit (or of lunch after it).
  const best = new Float64Array(size * n * 2).fill(Infinity)
  const lunch = p.lunch && p.departAt < p.lunch.latest ? p.lunch : null
  const eat = (time: number) => {
    if (!lunch) return Infinity
    const from = Math.max(time, lunch.earliest)
    return from > lunch.latest ? Infinity : from + lunch.minutes
  }
  const relax = (mask: number, stop: number, fed: number, time: number) => {
    const i = (mask * n + stop) * 2 + fed
    if (time < best[i]!) best[i] = time
  }
  // Visits `stop` starting no earlier than `from`, with lunch eaten (`isFed`) or still to come.
  const tryFrom = (mask: number, stop: number, from: number, index: number, isFed: number) => {
    const begin = visitStart(p, stop, from, index)
    if (begin === null || begin + p.visit[stop]! > p.latestEnd) return
    const end = begin + p.visit[stop]!
    relax(mask | (1 << stop), stop, isFed, end)
    if (!isFed) {
      const after = eat(end)
      if (after <= p.latestEnd) relax(mask | (1 << stop), stop, 1, after)
    }
  }
  const visit = (mask: number, stop: number, arrival: number, index: number, fed: number) => {
    tryFrom(mask, stop, arrival, index, fed)
    if (!fed) {
      const after = eat(arrival)
      if (after < Infinity) tryFrom(mask, stop, after, index, 1)
    }
  }
  for (let s = 0; s < n; s++) if (p.travel[n]![s]! < Infinity) visit(0, s, p.departAt + p.travel[n]![s]!, 1, 0)
  let count = 0
  for (let mask = 1; mask < size; mask++) {
    count = 0
    for (let m = mask; m; m &= m - 1) count++
    for (let last = 0; last < n; last++) {
      if (!(mask & (1 << last))) continue
      for (let fed = 0; fed < 2; fed++) {
        const time = best[(mask * n + last) * 2 + fed]!
        if (time === Infinity) continue
        for (let next = 0; next < n; next++) {
          const leg = p.travel[last]![next]!
          if (mask & (1 << next) || leg === Infinity) continue
          visit(mask, next, time + leg, count + 1, fed)
        }
      }
    }
  }
  let mustMask = 0
  for (let s = 0; s < n; s++) if (p.must[s]) mustMask |= 1 << s
  let answer: { value: number; finish: number } | null = null
  const offer = (value: number, finish: number) => {
    if (
      !answer ||
      value > answer.value + 1e-9 ||
      (Math.abs(value - answer.value) <= 1e-9 && finish < answer.finish - 1e-9)
    )
      answer = { value, finish }
  }
  if (mustMask === 0 && p.departAt + p.travel[n]![n + 1]! <= p.latestEnd) offer(0, p.departAt + p.travel[n]![n + 1]!)
  for (let mask = 1; mask < size; mask++) {
    if ((mask & mustMask) !== mustMask) continue
    let value = 0
    for (let s = 0; s < n; s++) if (mask & (1 << s)) value += p.value[s]!
    for (let last = 0; last < n; last++) {
      const back = p.travel[last]![n + 1]!
      for (let fed = 0; fed < 2; fed++) {
        const finish = best[(mask * n + last) * 2 + fed]! + back
        if (finish > p.latestEnd || (!fed && needsLunch(p, finish))) continue
        offer(value, finish)
      }
    }
  }
  return answer
}
