/**
 * Day tour
 * ========
 * The heuristic day solver's working order (`solve-day-heuristic.ts`) and its moves: insert a stop
 * where the day ends earliest, relocate a segment of 1–3 stops (Or-opt), reverse a segment (2-opt),
 * swap two stops, trade a visited optional stop for a better one, and local search with these moves
 * over each stop's nearest stops (granular neighbourhoods, don't-look bits).
 *
 * A move of the same stops whose travel grows by more than the day's waiting and lunch cannot finish
 * earlier: it is rejected from its travel change alone (`TourTravel`, constant time). Every other
 * candidate is scored by `DayEvaluator` from the first position it changes, and abandoned as soon as
 * it can be no better (delta evaluation); nothing is allocated per candidate.
 */
import type { DayProblem } from './day-problem.ts'
import { infeasible, resultBetter, type DayEvaluator, type DayResult } from './day-evaluator.ts'
import { TourTravel } from './tour-travel.ts'

/** A working order, its length and its evaluation, as kept by the search. */
export interface TourSnapshot {
  readonly order: Int32Array
  readonly length: number
  readonly result: DayResult
}

/** How many nearest stops each stop's moves look at (granular neighbourhoods). */
const NEAR = 10

/**
 * A working order with the evaluator's stored states kept in step. `scratch` always equals `order`
 * between moves: a move writes only the positions it changes, and puts them back when rejected.
 */
export class DayTour {
  order: Int32Array
  length = 0
  result: DayResult = infeasible()
  readonly inTour: Uint8Array
  /** Position of each stop in the order (valid for stops in the tour). */
  readonly position: Int32Array
  private scratch: Int32Array
  /** Don't-look bits: only stops near a change are looked at in the next pass. */
  readonly active: Uint8Array
  private readonly look: Uint8Array
  /** `near[s * k …]`: the k stops nearest to s (by the shorter travel time either way). */
  private readonly near: Int32Array
  private readonly k: number
  private readonly travel: TourTravel
  /**
   * Minutes of the day that are neither travel nor visits (waiting for an opening, lunch). A move that
   * keeps the same stops finishes no earlier than the day's finish plus its travel change minus this
   * slack, so a move whose travel grows by more than the slack is rejected without evaluating it.
   */
  private slack = Infinity

  constructor(
    private readonly ev: DayEvaluator,
    private readonly p: DayProblem,
  ) {
    const n = ev.n
    this.order = new Int32Array(n)
    this.scratch = new Int32Array(n)
    this.inTour = new Uint8Array(n)
    this.position = new Int32Array(n)
    this.active = new Uint8Array(n).fill(1)
    this.look = new Uint8Array(n)
    this.k = Math.min(NEAR, Math.max(0, n - 1))
    this.near = new Int32Array(n * this.k)
    this.travel = new TourTravel(n, (a, b) => ev.legMinutes(a, b))
    const gap = (a: number, b: number) => Math.min(p.travel[a]![b]!, p.travel[b]![a]!)
    for (let s = 0; s < n; s++) {
      const others = [...Array(n).keys()].filter((t) => t !== s).sort((a, b) => gap(s, a) - gap(s, b) || a - b)
      for (let j = 0; j < this.k; j++) this.near[s * this.k + j] = others[j]!
    }
  }

  set(order: ArrayLike<number>, length: number): boolean {
    this.inTour.fill(0)
    for (let i = 0; i < length; i++) {
      this.order[i] = order[i]!
      this.scratch[i] = order[i]!
      this.inTour[order[i]!] = 1
      this.position[order[i]!] = i
    }
    this.length = length
    this.active.fill(1)
    this.result = this.ev.evaluate(this.order, length, 0, true) ?? infeasible()
    this.refresh()
    return this.result.feasible
  }

  /** Recomputes the travel and the slack of the current order (after every change of it). */
  private refresh() {
    this.travel.refresh(this.order, this.length)
    let visits = 0
    for (let k = 0; k < this.length; k++) visits += this.p.visit[this.order[k]!]!
    this.slack = this.result.feasible ? this.result.finish - this.p.departAt - visits - this.travel.total : Infinity
  }

  /** True when a move of the same stops that changes travel by `delta` minutes cannot finish earlier. */
  private cannotGain(delta: number): boolean {
    return delta > this.slack + 1e-6
  }

  /** Marks the stops at positions [from − 1, to] to be looked at again. */
  private wake(from: number, to: number) {
    for (let i = Math.max(0, from - 1); i <= to && i < this.length; i++) this.active[this.order[i]!] = 1
  }

  /** Keeps the scratch order (changed in [from, to)) when it beats the tour; else restores it. */
  private settle(from: number, to: number): boolean {
    const r = this.ev.evaluate(this.scratch, this.length, from, false, this.result, to)
    if (r && resultBetter(r, this.result)) {
      for (let i = from; i < to; i++) {
        this.order[i] = this.scratch[i]!
        this.position[this.order[i]!] = i
      }
      this.result = this.ev.evaluate(this.order, this.length, from, true) ?? infeasible()
      this.refresh()
      this.wake(from, to)
      return true
    }
    for (let i = from; i < to; i++) this.scratch[i] = this.order[i]!
    return false
  }

  /** Inserts `stop` where the day ends earliest; false when it fits nowhere (or, with `mustImprove`, is no better). */
  insertBest(stop: number, mustImprove: boolean): boolean {
    if (this.inTour[stop]) return false
    const len = this.length,
      s = this.scratch,
      o = this.order
    // Slide the new stop from the front to the back, one position per step.
    s[0] = stop
    for (let i = 0; i < len; i++) s[i + 1] = o[i]!
    let bestAt = -1
    let best: DayResult | null = null
    for (let at = 0; at <= len; at++) {
      if (at > 0) {
        s[at - 1] = o[at - 1]!
        s[at] = stop
      }
      const r = this.ev.evaluate(s, len + 1, at, false)
      if (
        r &&
        (!best || r.finish < best.finish - 1e-9 || (Math.abs(r.finish - best.finish) <= 1e-9 && r.travel < best.travel))
      ) {
        best = r
        bestAt = at
      }
    }
    if (!best || (mustImprove && !resultBetter(best, this.result))) {
      for (let i = 0; i < len; i++) s[i] = o[i]!
      return false
    }
    for (let i = len; i > bestAt; i--) o[i] = o[i - 1]!
    o[bestAt] = stop
    this.length = len + 1
    for (let i = 0; i < this.length; i++) {
      s[i] = o[i]!
      this.position[o[i]!] = i
    }
    this.inTour[stop] = 1
    this.result = this.ev.evaluate(o, this.length, bestAt, true) ?? infeasible()
    this.refresh()
    this.wake(bestAt, bestAt + 1)
    return true
  }

  /** Takes out the stop at position `i`. */
  removeAt(i: number) {
    const o = this.order,
      s = this.scratch
    this.inTour[o[i]!] = 0
    for (let j = i; j + 1 < this.length; j++) o[j] = o[j + 1]!
    this.length--
    for (let j = 0; j < this.length; j++) {
      s[j] = o[j]!
      this.position[o[j]!] = j
    }
    this.result = this.ev.evaluate(o, this.length, Math.min(i, this.length), true) ?? infeasible()
    this.refresh()
  }

  /** Moves `order[i … i+len)` to start at position `to` of the order without it (Or-opt). */
  private relocate(i: number, len: number, to: number): boolean {
    if (to === i || to < 0 || to > this.length - len) return false
    const o = this.order,
      s = this.scratch
    if (this.cannotGain(this.travel.relocate(i, len, to))) return false
    const from = Math.min(i, to),
      end = Math.max(i, to) + len
    // Positions [from, end): the segment and the stops it jumps over, in their new order.
    let w = from
    if (to < i) {
      for (let q = 0; q < len; q++) s[w++] = o[i + q]!
      for (let k = to; k < i; k++) s[w++] = o[k]!
    } else {
      for (let k = i + len; k < to + len; k++) s[w++] = o[k]!
      for (let q = 0; q < len; q++) s[w++] = o[i + q]!
    }
    return this.settle(from, end)
  }

  private reverse(i: number, j: number): boolean {
    const o = this.order,
      s = this.scratch
    if (this.cannotGain(this.travel.reverse(i, j))) return false
    for (let k = i; k <= j; k++) s[k] = o[i + j - k]!
    return this.settle(i, j + 1)
  }

  private swap(i: number, j: number): boolean {
    const s = this.scratch
    if (this.cannotGain(this.travel.swap(i, j))) return false
    s[i] = this.order[j]!
    s[j] = this.order[i]!
    return this.settle(Math.min(i, j), Math.max(i, j) + 1)
  }

  /** Replaces the stop at `i` by `stop` at its best place; true when the day is better for it. */
  private trade(i: number, stop: number): boolean {
    const before = this.snapshot()
    this.removeAt(i)
    if (this.insertBest(stop, false) && resultBetter(this.result, before.result)) return true
    this.set(before.order, before.length)
    return false
  }

  /** The stop itself and up to `count - 1` stops nearest to it. */
  nearest(stop: number, count: number): number[] {
    const out = [stop]
    for (let j = 0; j < this.k && out.length < count; j++) out.push(this.near[stop * this.k + j]!)
    return out
  }

  snapshot(): TourSnapshot {
    return { order: this.order.slice(0, this.length), length: this.length, result: this.result }
  }

  /** One pass of every move around each stop's nearest stops; true when something improved. */
  private pass(): boolean {
    const p = this.p,
      k = this.k,
      near = this.near
    let improved = false
    const look = this.look
    look.set(this.active)
    this.active.fill(0)
    for (let stop = 0; stop < p.n; stop++) if (!this.inTour[stop] && this.insertBest(stop, true)) improved = true
    for (let len = 1; len <= 3; len++)
      for (let i = 0; i + len <= this.length; i++) {
        const first = this.order[i]!,
          last = this.order[i + len - 1]!
        if (!look[first] && !look[last]) continue
        for (let j = 0; j < k; j++) {
          // Put the segment right after a stop near its first stop, or right before one near its last.
          const a = near[first * k + j]!
          if (this.inTour[a]) {
            const pa = this.position[a]!
            if (pa < i && this.relocate(i, len, pa + 1)) improved = true
            else if (pa >= i + len && this.relocate(i, len, pa - len + 1)) improved = true
          }
          if (i + len > this.length) break
          const b = near[this.order[Math.min(i + len - 1, this.length - 1)]! * k + j]!
          if (b !== last && this.inTour[b]) {
            const pb = this.position[b]!
            if (pb < i && this.relocate(i, len, pb)) improved = true
            else if (pb >= i + len && this.relocate(i, len, pb - len)) improved = true
          }
          if (i + len > this.length) break
        }
      }
    for (let i = 0; i < this.length; i++) {
      // 2-opt: make the stop before position i adjacent to one of its near stops, by reversing [i, j].
      const before = i === 0 ? -1 : this.order[i - 1]!
      if (!look[this.order[i]!] && (before < 0 || !look[before])) continue
      for (let j = 0; j < k; j++) {
        const a = before < 0 ? this.order[Math.min(this.length - 1, i + j)]! : near[before * k + j]!
        if (!this.inTour[a]) continue
        const pa = this.position[a]!
        if (pa > i && (this.reverse(i, pa) || this.swap(i, pa))) improved = true
      }
    }
    for (let i = 0; i < this.length; i++) {
      const out = this.order[i]!
      if (p.must[out]) continue
      for (let stop = 0; stop < p.n; stop++) {
        if (this.inTour[stop] || p.value[stop]! <= p.value[out]!) continue
        if (this.trade(i, stop)) {
          improved = true
          break
        }
      }
    }
    return improved
  }

  /** Local search to a local optimum (first improvement). */
  improve() {
    for (let round = 0; round < 200 && this.pass(); round++);
  }
}
