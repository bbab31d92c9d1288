/**
 * Exact day solver
 * ================
 * Dynamic programming over subsets of stops (up to 12): for every set of visited stops and last stop,
 * the schedules that are not beaten on finish time, travel time and lunch (a schedule that has had
 * lunch beats one that has not, at the same time). Waiting is allowed, and an earlier arrival never
 * finishes a visit later, so keeping the earliest finishes is exact. Lunch is one more step, taken on
 * arrival at a stop or after its visit, exactly as `simulateDay` places it.
 */
import { mustCount, needsLunch, simulateDay, visitStart, type DayProblem, type DaySchedule } from './day-problem.ts'

function popcount(x: number): number {
  let n = 0
  for (let v = x; v; v &= v - 1) n++
  return n
}

/** Largest number of stops the exact solver takes. */
export const EXACT_LIMIT = 12

interface Label {
  time: number
  travel: number
  prev: Label | null
  stop: number
  lunched: boolean
}

/**
 * The best schedule (all must-see stops, then most value, earliest finish, least travel), or null when
 * the must-see stops cannot all be visited.
 */
export function solveDayExact(p: DayProblem): DaySchedule | null {
  const n = p.n
  const drive = p.drive ?? p.travel
  if (n > EXACT_LIMIT) throw new Error(`solveDayExact: ${n} stops is over the exact limit of ${EXACT_LIMIT}`)
  const size = 1 << n
  const labels: Array<Array<Label[] | undefined>> = Array.from({ length: size }, () =>
    Array.from<Label[] | undefined>({ length: n }),
  )
  // Adds a label unless one already there is at least as early, as short and as fed; checked before allocating.
  const add = (mask: number, stop: number, time: number, travel: number, prev: Label | null, lunched: boolean) => {
    let list = labels[mask]![stop]
    if (list === undefined) {
      labels[mask]![stop] = [{ time, travel, prev, stop, lunched }]
      return
    }
    for (let i = 0; i < list.length; i++) {
      const l = list[i]!
      if (l.time <= time + 1e-9 && l.travel <= travel + 1e-9 && (l.lunched || !lunched)) return
    }
    list = list.filter((l) => !(time <= l.time + 1e-9 && travel <= l.travel + 1e-9 && (lunched || !l.lunched)))
    list.push({ time, travel, prev, stop, lunched })
    labels[mask]![stop] = list
  }
  const lunch = p.lunch && p.departAt < p.lunch.latest ? p.lunch : null
  /** Lunch starting at `time` or as soon as the window opens: when it ends, or null past its latest start. */
  const eat = (time: number) => {
    if (!lunch) return null
    const from = Math.max(time, lunch.earliest)
    return from > lunch.latest + 1e-9 ? null : from + lunch.minutes
  }
  /** Visits `next` arriving at `arrival` as the `index`-th visit, with the lunch choices still open. */
  const visitFrom = (
    mask: number,
    next: number,
    arrival: number,
    index: number,
    travel: number,
    prev: Label | null,
    lunched: boolean,
  ) => {
    const finishVisit = (from: number, fed: boolean) => {
      const begin = visitStart(p, next, from, index)
      if (begin === null || begin + p.visit[next]! > p.latestEnd) return
      const end = begin + p.visit[next]!
      add(mask | (1 << next), next, end, travel, prev, fed)
      if (!fed) {
        const after = eat(end)
        if (after !== null && after <= p.latestEnd) add(mask | (1 << next), next, after, travel, prev, true)
      }
    }
    finishVisit(arrival, lunched)
    if (!lunched) {
      const after = eat(arrival)
      if (after !== null) finishVisit(after, true)
    }
  }
  for (let s = 0; s < n; s++) {
    const leg = p.travel[n]![s]!,
      driven = drive[n]![s]!
    if (leg === Infinity || driven > p.maxTravel) continue
    visitFrom(0, s, p.departAt + leg, 1, driven, null, false)
  }
  for (let mask = 1; mask < size; mask++) {
    for (let last = 0; last < n; last++) {
      const list = labels[mask]![last]
      if (!list) continue
      for (const label of list) {
        for (let next = 0; next < n; next++) {
          if (mask & (1 << next)) continue
          const leg = p.travel[last]![next]!,
            driven = drive[last]![next]!
          if (leg === Infinity || label.travel + driven > p.maxTravel + 1e-9) continue
          visitFrom(mask, next, label.time + leg, popcount(mask) + 1, label.travel + driven, label, label.lunched)
        }
      }
    }
  }
  // Pick the best complete plan from the labels without re-simulating them: value from the mask,
  // finish = last visit + the drive to the end. Only the winner is rebuilt (and checked) at the end.
  const mustMask = p.must.reduce((m, isMust, s) => (isMust ? m | (1 << s) : m), 0)
  const valueOf = new Float64Array(size)
  for (let mask = 1; mask < size; mask++) {
    const low = 31 - Math.clz32(mask & -mask)
    valueOf[mask] = valueOf[mask & (mask - 1)]! + p.value[low]!
  }
  let bestLabel: Label | null = null,
    bestValue = -1,
    bestFinish = Infinity,
    bestTravel = Infinity
  const direct = p.travel[n]![n + 1]!,
    directDrive = drive[n]![n + 1]!
  if (mustMask === 0 && direct !== Infinity && p.departAt + direct <= p.latestEnd && directDrive <= p.maxTravel) {
    bestValue = 0
    bestFinish = p.departAt + direct
    bestTravel = directDrive
  }
  for (let mask = 1; mask < size; mask++) {
    if ((mask & mustMask) !== mustMask) continue
    const value = valueOf[mask]!
    if (value < bestValue - 1e-9) continue
    for (let last = 0; last < n; last++) {
      const back = p.travel[last]![n + 1]!
      if (back === Infinity) continue
      for (const label of labels[mask]![last] ?? []) {
        const finish = label.time + back,
          travel = label.travel + drive[last]![n + 1]!
        if (finish > p.latestEnd + 1e-9 || travel > p.maxTravel + 1e-9) continue
        if (!label.lunched && needsLunch(p, finish)) continue
        const better =
          value > bestValue + 1e-9 ||
          (Math.abs(value - bestValue) <= 1e-9 &&
            (finish < bestFinish - 1e-9 || (Math.abs(finish - bestFinish) <= 1e-9 && travel < bestTravel - 1e-9)))
        if (better) {
          bestLabel = label
          bestValue = value
          bestFinish = finish
          bestTravel = travel
        }
      }
    }
  }
  if (bestValue < 0) return null
  const order: number[] = []
  for (let l: Label | null = bestLabel; l; l = l.prev) order.push(l.stop)
  const best = simulateDay(p, order.reverse())
  if (!best || best.order.filter((s) => p.must[s]).length !== mustCount(p)) return null
  return best
}
