/**
 * Tour travel
 * ===========
 * The travel minutes of a visiting order and what a move would change them by, in constant time:
 * moving a segment (Or-opt), reversing one (2-opt, with the reversed legs read from running sums, so
 * one-way or asymmetric times are right) and swapping two stops. The heuristic day solver uses the
 * change to skip moves that cannot finish earlier (`DayTour`); `tour-travel.test.ts` checks every
 * change against the order's travel recomputed.
 */

/** Travel minutes between stops `0 … n − 1`, the start `n` and the end `n + 1`. */
export type LegMinutes = (from: number, to: number) => number

export class TourTravel {
  /** `forward[k]`: minutes along the order from position 0 to k; `backward[k]`: the same walked from k back to 0. */
  private readonly forward: Float64Array
  private readonly backward: Float64Array
  private order: ArrayLike<number> = []
  private length = 0
  /** Travel of the whole order, start to end. */
  total = 0

  constructor(
    private readonly n: number,
    private readonly t: LegMinutes,
  ) {
    this.forward = new Float64Array(Math.max(1, n))
    this.backward = new Float64Array(Math.max(1, n))
  }

  /** Reads `order[0 … length)` (kept by reference: call again after every change of it). */
  refresh(order: ArrayLike<number>, length: number): void {
    const f = this.forward,
      b = this.backward,
      t = this.t
    this.order = order
    this.length = length
    for (let k = 1; k < length; k++) {
      f[k] = f[k - 1]! + t(order[k - 1]!, order[k]!)
      b[k] = b[k - 1]! + t(order[k]!, order[k - 1]!)
    }
    this.total =
      length === 0 ? t(this.n, this.n + 1) : t(this.n, order[0]!) + f[length - 1]! + t(order[length - 1]!, this.n + 1)
  }

  /** The stop at position `k`, the start before the order and the end after it. */
  private node(k: number): number {
    return k < 0 ? this.n : k >= this.length ? this.n + 1 : this.order[k]!
  }

  /** Change of moving `order[i … i+len)` to start at position `to` of the order without it. */
  relocate(i: number, len: number, to: number): number {
    const t = this.t
    const first = this.order[i]!,
      last = this.order[i + len - 1]!,
      before = this.node(i - 1),
      after = this.node(i + len),
      // The stops the segment goes between, in the order without the segment.
      x = this.node(to - 1 < i ? to - 1 : to - 1 + len),
      y = this.node(to < i ? to : to + len)
    return t(before, after) - t(before, first) - t(last, after) + t(x, first) + t(last, y) - t(x, y)
  }

  /** Change of reversing `order[i … j]`. */
  reverse(i: number, j: number): number {
    const t = this.t,
      o = this.order
    const before = this.node(i - 1),
      after = this.node(j + 1)
    const reversed = this.backward[j]! - this.backward[i]!,
      kept = this.forward[j]! - this.forward[i]!
    return t(before, o[j]!) + reversed + t(o[i]!, after) - t(before, o[i]!) - kept - t(o[j]!, after)
  }

  /** Change of swapping the stops at positions `i` and `j`. */
  swap(i: number, j: number): number {
    if (i > j) return this.swap(j, i)
    if (i === j) return 0
    const t = this.t
    const a = this.order[i]!,
      b = this.order[j]!,
      before = this.node(i - 1),
      after = this.node(j + 1)
    if (j === i + 1) return t(before, b) + t(b, a) + t(a, after) - t(before, a) - t(a, b) - t(b, after)
    const nextA = this.node(i + 1),
      prevB = this.node(j - 1)
    return (
      t(before, b) + t(b, nextA) + t(prevB, a) + t(a, after) - t(before, a) - t(a, nextA) - t(prevB, b) - t(b, after)
    )
  }
}
