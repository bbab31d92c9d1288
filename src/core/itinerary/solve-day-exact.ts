/**
 * Exact day solver
 * ================
 * Dynamic programming over subsets of stops (up to 12): for every set of visited stops and last stop,
 * the schedules that are not beaten on finish time, travel time and lunch (a schedule that has had
 * lunch beats one that has not, at the same time). Waiting is allowed, and an earlier arrival never
 * finishes a visit later, so keeping the earliest finishes is exact. Lunch is one more step, taken on
 * arrival at a stop or after its visit, exactly as `simulateDay` places it.
 *
 * Labels live in flat typed arrays (a pool that doubles when full), chained per (subset, last stop);
 * a dominated label is unlinked in place, so the search allocates nothing per label.
 */
import { mustCount, needsLunch, simulateDay, visitStart, type DayProblem, type DaySchedule } from './day-problem.ts'

/** Largest number of stops the exact solver takes. */
export const EXACT_LIMIT = 12

const EPS = 1e-9
const NONE = -1

/** The label pool: label i ends at `time[i]` after `travel[i]` minutes of driving, at stop `stop[i]`. */
class LabelPool {
  size = 0
  time = new Float64Array(1024)
  travel = new Float64Array(1024)
  prev = new Int32Array(1024)
  next = new Int32Array(1024)
  stop = new Uint8Array(1024)
  lunched = new Uint8Array(1024)

  push(time: number, travel: number, prev: number, stop: number, lunched: boolean): number {
    if (this.size === this.time.length) this.grow()
    const i = this.size++
    this.time[i] = time
    this.travel[i] = travel
    this.prev[i] = prev
    this.stop[i] = stop
    this.lunched[i] = lunched ? 1 : 0
    this.next[i] = NONE
    return i
  }

  private grow() {
    const double = <T extends Float64Array | Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2)
      b.set(a)
      return b
    }
    this.time = double(this.time)
    this.travel = double(this.travel)
    this.prev = double(this.prev)
    this.next = double(this.next)
    this.stop = double(this.stop)
    this.lunched = double(this.lunched)
  }
}

/**
 * The best schedule (all must-see stops, then most value, earliest finish, least travel), or null when
 * the must-see stops cannot all be visited.
 */
export function solveDayExact(p: DayProblem): DaySchedule | null {
  const n = p.n
  if (n > EXACT_LIMIT) throw new Error(`solveDayExact: ${n} stops is over the exact limit of ${EXACT_LIMIT}`)
  const drive = p.drive ?? p.travel
  const size = 1 << n
  const pool = new LabelPool()
  // head[mask * n + stop]: first label of that bucket, or NONE.
  const head = new Int32Array(size * n).fill(NONE)

  // Adds a label unless one already there is at least as early, as short and as fed; unlinks those it beats.
  const add = (mask: number, stop: number, time: number, travel: number, prev: number, lunched: boolean) => {
    const bucket = mask * n + stop
    const fed = lunched ? 1 : 0
    for (let l = head[bucket]!; l !== NONE; l = pool.next[l]!) {
      if (pool.time[l]! <= time + EPS && pool.travel[l]! <= travel + EPS && pool.lunched[l]! >= fed) return
    }
    let before = NONE
    for (let l = head[bucket]!; l !== NONE; l = pool.next[l]!) {
      if (time <= pool.time[l]! + EPS && travel <= pool.travel[l]! + EPS && fed >= pool.lunched[l]!) {
        if (before === NONE) head[bucket] = pool.next[l]!
        else pool.next[before] = pool.next[l]!
      } else before = l
    }
    const label = pool.push(time, travel, prev, stop, lunched)
    pool.next[label] = head[bucket]!
    head[bucket] = label
  }
  const lunch = p.lunch && p.departAt < p.lunch.latest ? p.lunch : null
  /** Lunch starting at `time` or as soon as the window opens: when it ends, or -1 past its latest start. */
  const eat = (time: number) => {
    if (!lunch) return -1
    const from = Math.max(time, lunch.earliest)
    return from > lunch.latest + EPS ? -1 : from + lunch.minutes
  }
  const finishVisit = (
    mask: number,
    next: number,
    from: number,
    index: number,
    travel: number,
    prev: number,
    fed: boolean,
  ) => {
    const begin = visitStart(p, next, from, index)
    if (begin === null || begin + p.visit[next]! > p.latestEnd) return
    const end = begin + p.visit[next]!
    const into = mask | (1 << next)
    add(into, next, end, travel, prev, fed)
    if (!fed) {
      const after = eat(end)
      if (after >= 0 && after <= p.latestEnd) add(into, next, after, travel, prev, true)
    }
  }
  /** Visits `next` arriving at `arrival` as the `index`-th visit, with the lunch choices still open. */
  const visitFrom = (
    mask: number,
    next: number,
    arrival: number,
    index: number,
    travel: number,
    prev: number,
    lunched: boolean,
  ) => {
    finishVisit(mask, next, arrival, index, travel, prev, lunched)
    if (!lunched) {
      const after = eat(arrival)
      if (after >= 0) finishVisit(mask, next, after, index, travel, prev, true)
    }
  }
  for (let s = 0; s < n; s++) {
    const leg = p.travel[n]![s]!,
      driven = drive[n]![s]!
    if (leg === Infinity || driven > p.maxTravel) continue
    visitFrom(0, s, p.departAt + leg, 1, driven, NONE, false)
  }
  const popcount = new Uint8Array(size)
  for (let mask = 1; mask < size; mask++) popcount[mask] = popcount[mask & (mask - 1)]! + 1
  for (let mask = 1; mask < size; mask++) {
    const index = popcount[mask]! + 1
    for (let last = 0; last < n; last++) {
      const row = p.travel[last]!,
        driveRow = drive[last]!
      for (let l = head[mask * n + last]!; l !== NONE; l = pool.next[l]!) {
        const time = pool.time[l]!,
          travel = pool.travel[l]!,
          fed = pool.lunched[l] === 1
        for (let next = 0; next < n; next++) {
          if (mask & (1 << next)) continue
          const leg = row[next]!,
            driven = travel + driveRow[next]!
          if (leg === Infinity || driven > p.maxTravel + EPS) continue
          visitFrom(mask, next, time + leg, index, driven, l, fed)
        }
      }
    }
  }
  // Pick the best complete plan from the labels without re-simulating them: value from the mask,
  // finish = last visit + the drive to the end. Only the winner is rebuilt (and checked) at the end.
  let mustMask = 0
  for (let s = 0; s < n; s++) if (p.must[s]) mustMask |= 1 << s
  const valueOf = new Float64Array(size)
  for (let mask = 1; mask < size; mask++) {
    const low = 31 - Math.clz32(mask & -mask)
    valueOf[mask] = valueOf[mask & (mask - 1)]! + p.value[low]!
  }
  let bestLabel = NONE,
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
    if (value < bestValue - EPS) continue
    for (let last = 0; last < n; last++) {
      const back = p.travel[last]![n + 1]!
      if (back === Infinity) continue
      const backDrive = drive[last]![n + 1]!
      for (let l = head[mask * n + last]!; l !== NONE; l = pool.next[l]!) {
        const finish = pool.time[l]! + back,
          travel = pool.travel[l]! + backDrive
        if (finish > p.latestEnd + EPS || travel > p.maxTravel + EPS) continue
        if (pool.lunched[l] === 0 && needsLunch(p, finish)) continue
        const better =
          value > bestValue + EPS ||
          (Math.abs(value - bestValue) <= EPS &&
            (finish < bestFinish - EPS || (Math.abs(finish - bestFinish) <= EPS && travel < bestTravel - EPS)))
        if (better) {
          bestLabel = l
          bestValue = value
          bestFinish = finish
          bestTravel = travel
        }
      }
    }
  }
  if (bestValue < 0) return null
  const order: number[] = []
  for (let l = bestLabel; l !== NONE; l = pool.prev[l]!) order.push(pool.stop[l]!)
  const best = simulateDay(p, order.reverse())
  if (!best || best.order.filter((s) => p.must[s]).length !== mustCount(p)) return null
  return best
}
