/**
 * Day evaluator
 * =============
 * The times of a visiting order, as `simulateDay` decides them, computed without allocating and
 * incrementally: the state after each visit is kept, so a candidate that changes an order from
 * position k on is evaluated from k only, and stops early once it can be no better.
 *
 * The state after a visit is two times: the earliest leave without lunch yet (`plain`) and the earliest
 * leave with lunch eaten (`fed`, before or after any visit so far). Every rule is monotone (an earlier
 * arrival never makes anything later), so the best lunch slot of `simulateDay` is the `fed` time.
 * `day-evaluator.test.ts` checks this against `simulateDay` on random orders.
 */
import { needsLunch, visitStart, type DayProblem } from './day-problem.ts'

const EPS = 1e-9

/** Finish, driving and value of an order, or `feasible: false`. */
export interface DayResult {
  feasible: boolean
  finish: number
  travel: number
  value: number
  must: number
}

export const infeasible = (): DayResult => ({ feasible: false, finish: Infinity, travel: Infinity, value: 0, must: 0 })

/** True when `a` beats `b`: more must-see stops, more value, earlier finish, less driving. */
export function resultBetter(a: DayResult, b: DayResult): boolean {
  if (!a.feasible) return false
  if (!b.feasible) return true
  if (a.must !== b.must) return a.must > b.must
  if (Math.abs(a.value - b.value) > EPS) return a.value > b.value
  if (Math.abs(a.finish - b.finish) > EPS) return a.finish < b.finish
  return a.travel < b.travel - EPS
}

export class DayEvaluator {
  readonly n: number
  private readonly size: number
  private readonly travel: Float64Array
  private readonly drive: Float64Array
  /** States after position i (index i + 1; index 0 is the start): plain and fed leave times, driving, value, must-see count. */
  readonly plain: Float64Array
  readonly fed: Float64Array
  readonly driven: Float64Array
  readonly gained: Float64Array
  readonly musts: Int32Array
  private readonly lunch: { earliest: number; latest: number; minutes: number } | null

  constructor(readonly p: DayProblem) {
    const n = p.n,
      m = n + 2
    this.n = n
    this.size = m
    this.travel = new Float64Array(m * m)
    this.drive = new Float64Array(m * m)
    const drive = p.drive ?? p.travel
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++) {
        this.travel[a * m + b] = p.travel[a]![b]!
        this.drive[a * m + b] = drive[a]![b]!
      }
    this.plain = new Float64Array(n + 1)
    this.fed = new Float64Array(n + 1)
    this.driven = new Float64Array(n + 1)
    this.gained = new Float64Array(n + 1)
    this.musts = new Int32Array(n + 1)
    this.lunch = p.lunch && p.departAt < p.lunch.latest ? p.lunch : null
    this.plain[0] = p.departAt
    this.fed[0] = Infinity
  }

  legMinutes(a: number, b: number): number {
    return this.travel[a * this.size + b]!
  }

  private eat(time: number): number {
    const l = this.lunch!
    const from = time > l.earliest ? time : l.earliest
    return from > l.latest + EPS ? Infinity : from + l.minutes
  }

  /**
   * Evaluates `order[0 … length)` from position `from` (the states up to `from` are those stored, so
   * `order` must agree with the stored order before `from`), storing states when `store` is true.
   * With `bound` (the stored order's result) and `sameFrom` (positions from which `order` equals the
   * stored order, same length), returns null as soon as the candidate can no longer beat `bound`.
   */
  evaluate(
    order: Int32Array | readonly number[],
    length: number,
    from: number,
    store: boolean,
    bound: DayResult | null = null,
    sameFrom = Infinity,
  ): DayResult | null {
    const p = this.p,
      m = this.size,
      lunch = this.lunch
    let at = from === 0 ? this.n : order[from - 1]!
    let plain = this.plain[from]!,
      fed = this.fed[from]!,
      driven = this.driven[from]!,
      value = this.gained[from]!,
      musts = this.musts[from]!
    for (let k = from; k < length; k++) {
      const stop = order[k]!
      const leg = this.travel[at * m + stop]!
      if (leg === Infinity) return store ? this.fail(k) : null
      driven += this.drive[at * m + stop]!
      if (driven > p.maxTravel + EPS) return store ? this.fail(k) : null
      const arrive = plain + leg
      const begin = visitStart(p, stop, arrive, k + 1)
      if (begin === null) return store ? this.fail(k) : null
      const visit = p.visit[stop]!
      const end = begin + visit
      if (end > p.latestEnd + EPS) return store ? this.fail(k) : null
      let nextFed = Infinity
      if (lunch) {
        if (fed !== Infinity) {
          const b = visitStart(p, stop, fed + leg, k + 1)
          if (b !== null) nextFed = b + visit
        }
        const ate = this.eat(arrive)
        if (ate !== Infinity) {
          const b = visitStart(p, stop, ate, k + 1)
          if (b !== null && b + visit < nextFed) nextFed = b + visit
        }
        const after = this.eat(end)
        if (after < nextFed) nextFed = after
      }
      plain = end
      fed = nextFed
      value += p.value[stop]!
      if (p.must[stop]) musts++
      at = stop
      if (store) {
        this.plain[k + 1] = plain
        this.fed[k + 1] = fed
        this.driven[k + 1] = driven
        this.gained[k + 1] = value
        this.musts[k + 1] = musts
      } else if (bound && k >= sameFrom) {
        // From here on the candidate visits what the stored order visits: no earlier, no better.
        const storedPlain = this.plain[k + 1]!,
          storedFed = this.fed[k + 1]!
        if (plain >= storedPlain - EPS && fed >= storedFed - EPS) {
          const extra = driven - this.driven[k + 1]!
          if (extra >= -EPS) return null
          if (Math.abs(plain - storedPlain) <= EPS && (fed === storedFed || Math.abs(fed - storedFed) <= EPS))
            return {
              feasible: true,
              finish: bound.finish,
              travel: bound.travel + extra,
              value: bound.value,
              must: bound.must,
            }
        }
      }
    }
    const back = this.travel[at * m + this.n + 1]!
    if (back === Infinity) return store ? this.fail(length) : null
    driven += this.drive[at * m + this.n + 1]!
    const plainFinish = plain + back
    if (plainFinish > p.latestEnd + EPS || driven > p.maxTravel + EPS) return store ? this.fail(length) : null
    let finish = plainFinish
    if (lunch && length > 0 && needsLunch(p, plainFinish)) {
      finish = fed + back
      if (finish > p.latestEnd + EPS) return store ? this.fail(length) : null
    }
    return { feasible: true, finish, travel: driven, value, must: musts }
  }

  private fail(_k: number): DayResult {
    return infeasible()
  }
}
