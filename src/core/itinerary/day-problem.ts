/**
 * Day problem
 * ===========
 * One day of visiting, reduced to numbers: stops with travel times, visit durations, opening hours,
 * must-see flags and values. Node `n` is the day's start, node `n + 1` its end. `simulateDay` is the
 * one place that decides whether an order works and when it ends; every solver uses it.
 */
import { earliestVisitStart, type DayHours } from './opening-hours.ts'

export interface DayProblem {
  /** Number of candidate stops (nodes 0 … n-1). */
  readonly n: number
  /** `travel[a][b]` minutes between nodes (stops, then start = n, end = n + 1); Infinity = no route. */
  readonly travel: ReadonlyArray<ReadonlyArray<number>>
  /**
   * Minutes of driving between nodes (road links only: a boat, a train or a cable car is not driving),
   * counted against `maxTravel`; the travel times when absent.
   */
  readonly drive?: ReadonlyArray<ReadonlyArray<number>>
  readonly visit: readonly number[]
  readonly hours: readonly DayHours[]
  readonly must: readonly boolean[]
  readonly value: readonly number[]
  /** Departure from the start, minutes since midnight. */
  readonly departAt: number
  /** Latest arrival at the end, minutes since midnight. */
  readonly latestEnd: number
  /** Most minutes of driving allowed in the day. */
  readonly maxTravel: number
  /** Per stop, a visit start it is locked to (minutes since midnight), or null. */
  readonly fixedStart?: ReadonlyArray<number | null>
  /** Per stop, its locked place in the day's order (1 = first visit), or null. */
  readonly position?: ReadonlyArray<number | null>
  /** A lunch break to fit between visits (never during one); none when absent or null. */
  readonly lunch?: LunchBreak | null
}

/**
 * A lunch break: `minutes` long, starting between `earliest` and `latest` (minutes since midnight),
 * taken at a stop, on arrival or after the visit. A day that starts after `latest`, or ends back at
 * its end place by `latest`, needs none (lunch is eaten there).
 */
export interface LunchBreak {
  readonly earliest: number
  readonly latest: number
  readonly minutes: number
}

/** Where the lunch of a schedule is: at `order[index]`, before its visit or after it. */
export interface LunchSlot {
  readonly index: number
  readonly when: 'before' | 'after'
  readonly start: number
  readonly end: number
}

/**
 * When a visit can start, arriving at `arrival` as the `index`-th visit (1-based), honouring locks:
 * a time lock starts the visit exactly then (waiting if early; impossible if late or closed), a
 * position lock allows only that place in the order.
 */
export function visitStart(p: DayProblem, stop: number, arrival: number, index: number): number | null {
  const position = p.position?.[stop] ?? null
  if (position !== null && position !== index) return null
  const fixed = p.fixedStart?.[stop] ?? null
  if (fixed === null) return earliestVisitStart(p.hours[stop]!, arrival, p.visit[stop]!)
  if (arrival > fixed + 1e-9) return null
  return earliestVisitStart(p.hours[stop]!, fixed, p.visit[stop]!) === fixed ? fixed : null
}

export interface DaySchedule {
  /** Stops in visiting order. */
  readonly order: readonly number[]
  readonly arrive: readonly number[]
  /** When each visit starts (after any wait, and after lunch when lunch is taken on arrival). */
  readonly start: readonly number[]
  /** When each visit ends. */
  readonly depart: readonly number[]
  /** When the drive on from each stop starts (after lunch when lunch is taken after the visit). */
  readonly leave: readonly number[]
  readonly lunch: LunchSlot | null
  /** Arrival at the end node. */
  readonly finish: number
  /** Minutes of driving (what `maxTravel` limits). */
  readonly travel: number
  readonly value: number
}

/** Lunch slots of an order: 2k is on arrival at `order[k]`, 2k + 1 after its visit. */
const slotOf = (slot: number): { index: number; when: 'before' | 'after' } => ({
  index: slot >> 1,
  when: slot & 1 ? 'after' : 'before',
})

/** The order's times with lunch at `slot` (or none), or null when something does not fit. */
function runDay(p: DayProblem, order: readonly number[], slot: number | null): DaySchedule | null {
  let at = p.n,
    time = p.departAt,
    travel = 0,
    value = 0
  let lunch: LunchSlot | null = null
  const arrive: number[] = [],
    start: number[] = [],
    depart: number[] = [],
    leave: number[] = []
  const eat = (k: number, when: 'before' | 'after') => {
    const b = p.lunch!
    const from = Math.max(time, b.earliest)
    if (from > b.latest + 1e-9) return false
    lunch = { index: k, when, start: from, end: from + b.minutes }
    time = from + b.minutes
    return true
  }
  for (let k = 0; k < order.length; k++) {
    const stop = order[k]!
    const leg = p.travel[at]![stop]!
    if (leg === Infinity) return null
    time += leg
    travel += (p.drive ?? p.travel)[at]![stop]!
    arrive.push(time)
    if (slot === 2 * k && !eat(k, 'before')) return null
    const begin = visitStart(p, stop, time, k + 1)
    if (begin === null) return null
    start.push(begin)
    time = begin + p.visit[stop]!
    depart.push(time)
    if (slot === 2 * k + 1 && !eat(k, 'after')) return null
    leave.push(time)
    value += p.value[stop]!
    at = stop
  }
  const last = p.travel[at]![p.n + 1]!
  if (last === Infinity) return null
  time += last
  travel += (p.drive ?? p.travel)[at]![p.n + 1]!
  if (time > p.latestEnd + 1e-9 || travel > p.maxTravel + 1e-9) return null
  return { order, arrive, start, depart, leave, lunch, finish: time, travel, value }
}

/** True when a day with these times needs a lunch break in its plan (see `LunchBreak`). */
export function needsLunch(p: DayProblem, finish: number): boolean {
  return !!p.lunch && p.departAt < p.lunch.latest && finish > p.lunch.latest + 1e-9
}

/**
 * Times of a visiting order, or null when it breaks opening hours, the window, the travel limit or
 * leaves no slot for lunch. With a lunch break, the slot that finishes earliest is taken (the first
 * such slot on a tie); only slots reached by the lunch window's latest start are tried.
 */
export function simulateDay(p: DayProblem, order: readonly number[]): DaySchedule | null {
  if (new Set(order).size !== order.length) return null
  const plain = runDay(p, order, null)
  // Lunch only delays what follows, so an order that fails without it fails with it; a day with no
  // visit has nowhere to stop for lunch, and is accepted as it is.
  if (!plain || !p.lunch || order.length === 0 || !needsLunch(p, plain.finish)) return plain
  let best: DaySchedule | null = null
  for (let slot = 0; slot < 2 * order.length; slot++) {
    // Times before the lunch slot are the same as without lunch: past the latest start, stop.
    const { index, when } = slotOf(slot)
    const reached = when === 'before' ? plain.arrive[index]! : plain.depart[index]!
    if (reached > p.lunch.latest + 1e-9) break
    const s = runDay(p, order, slot)
    if (s && (!best || s.finish < best.finish - 1e-9)) best = s
  }
  return best
}

/** Where and why a visiting order fails: the position in `order` (or `order.length` for the drive home). */
export interface DayFailure {
  readonly index: number
  readonly why: 'no-route' | 'position' | 'lock' | 'hours' | 'late' | 'travel' | 'lunch'
}

/**
 * Why an order does not work, for explanations (not for solving): the first visit that cannot happen
 * and whether its opening hours, a lock or a missing route stops it; or the end of the day (window or
 * travel limit). Null when `simulateDay` accepts the order.
 */
export function diagnoseDay(p: DayProblem, order: readonly number[]): DayFailure | null {
  if (simulateDay(p, order)) return null
  let at = p.n,
    time = p.departAt,
    travel = 0
  for (let k = 0; k < order.length; k++) {
    const stop = order[k]!
    const leg = p.travel[at]![stop]!
    if (leg === Infinity) return { index: k, why: 'no-route' }
    time += leg
    travel += (p.drive ?? p.travel)[at]![stop]!
    const begin = visitStart(p, stop, time, k + 1)
    if (begin === null) {
      const position = p.position?.[stop] ?? null
      if (position !== null && position !== k + 1) return { index: k, why: 'position' }
      return { index: k, why: (p.fixedStart?.[stop] ?? null) !== null ? 'lock' : 'hours' }
    }
    time = begin + p.visit[stop]!
    at = stop
  }
  const last = p.travel[at]![p.n + 1]!
  if (last === Infinity) return { index: order.length, why: 'no-route' }
  if (time + last > p.latestEnd + 1e-9) return { index: order.length, why: 'late' }
  if (travel > p.maxTravel + 1e-9) return { index: order.length, why: 'travel' }
  // Everything fits except a lunch break.
  return { index: order.length, why: 'lunch' }
}

/** True when schedule `a` is better than `b`: every must-see, more value, earlier finish, less travel, smaller order. */
export function isBetter(p: DayProblem, a: DaySchedule, b: DaySchedule | null): boolean {
  if (!b) return true
  const mustA = a.order.filter((s) => p.must[s]).length,
    mustB = b.order.filter((s) => p.must[s]).length
  if (mustA !== mustB) return mustA > mustB
  if (Math.abs(a.value - b.value) > 1e-9) return a.value > b.value
  if (Math.abs(a.finish - b.finish) > 1e-9) return a.finish < b.finish
  if (Math.abs(a.travel - b.travel) > 1e-9) return a.travel < b.travel
  for (let i = 0; i < Math.min(a.order.length, b.order.length); i++)
    if (a.order[i] !== b.order[i]) return a.order[i]! < b.order[i]!
  return a.order.length < b.order.length
}

/** Number of must-see stops in the problem. */
export function mustCount(p: DayProblem): number {
  return p.must.filter(Boolean).length
}
