import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { TourTravel } from './tour-travel.ts'

/** Travel of an order from the start `n` to the end `n + 1`, leg by leg. */
function travelOf(order: readonly number[], n: number, t: (a: number, b: number) => number): number {
  let total = 0,
    at = n
  for (const stop of order) {
    total += t(at, stop)
    at = stop
  }
  return total + t(at, n + 1)
}

/** A random asymmetric travel matrix over n stops plus start and end, and an order of some stops. */
const problemArb = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    matrix: fc.array(fc.array(fc.integer({ min: 0, max: 120 }), { minLength: n + 2, maxLength: n + 2 }), {
      minLength: n + 2,
      maxLength: n + 2,
    }),
    order: fc.shuffledSubarray([...Array(n).keys()], { minLength: 1 }),
  }),
)

describe('tour travel', () => {
  it('knows what moving a segment changes (Or-opt)', () => {
    fc.assert(
      fc.property(problemArb, fc.nat(), fc.nat(), fc.nat(), ({ n, matrix, order }, ri, rl, rt) => {
        const t = (a: number, b: number) => matrix[a]![b]!
        const len = 1 + (rl % Math.min(3, order.length))
        const i = ri % (order.length - len + 1)
        const to = rt % (order.length - len + 1)
        const tt = new TourTravel(n, t)
        tt.refresh(Int32Array.from(order), order.length)
        expect(tt.total).toBe(travelOf(order, n, t))
        const rest = [...order.slice(0, i), ...order.slice(i + len)]
        const moved = [...rest.slice(0, to), ...order.slice(i, i + len), ...rest.slice(to)]
        if (to === i) return // the same order: the solver never asks
        expect(tt.relocate(i, len, to)).toBeCloseTo(travelOf(moved, n, t) - travelOf(order, n, t), 9)
      }),
      { numRuns: 500 },
    )
  })

  it('knows what reversing a segment changes (2-opt), one-way times included', () => {
    fc.assert(
      fc.property(problemArb, fc.nat(), fc.nat(), ({ n, matrix, order }, ra, rb) => {
        const t = (a: number, b: number) => matrix[a]![b]!
        const i = Math.min(ra % order.length, rb % order.length),
          j = Math.max(ra % order.length, rb % order.length)
        const tt = new TourTravel(n, t)
        tt.refresh(order, order.length)
        const reversed = [...order.slice(0, i), ...order.slice(i, j + 1).reverse(), ...order.slice(j + 1)]
        expect(tt.reverse(i, j)).toBeCloseTo(travelOf(reversed, n, t) - travelOf(order, n, t), 9)
      }),
      { numRuns: 500 },
    )
  })

  it('knows what swapping two stops changes, neighbours or not, either way round', () => {
    fc.assert(
      fc.property(problemArb, fc.nat(), fc.nat(), ({ n, matrix, order }, ra, rb) => {
        const t = (a: number, b: number) => matrix[a]![b]!
        const i = ra % order.length,
          j = rb % order.length
        const tt = new TourTravel(n, t)
        tt.refresh(order, order.length)
        const swapped = [...order]
        swapped[i] = order[j]!
        swapped[j] = order[i]!
        expect(tt.swap(i, j)).toBeCloseTo(travelOf(swapped, n, t) - travelOf(order, n, t), 9)
      }),
      { numRuns: 500 },
    )
  })

  it('measures an empty order as the drive from the start to the end', () => {
    const tt = new TourTravel(2, (a, b) => (a === 2 && b === 3 ? 42 : 1))
    tt.refresh([], 0)
    expect(tt.total).toBe(42)
  })
})
