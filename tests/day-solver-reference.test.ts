// The exact day solver against an independent reference: Held–Karp over (visited set, last stop)
// with one earliest time per state (src/test-support/held-karp-day.ts), on instances where the daily
// driving limit cannot bind, so both answer the same question.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DayProblem } from '../src/core/itinerary/day-problem.ts'
import type { DayHours } from '../src/core/itinerary/opening-hours.ts'
import { solveDayExact } from '../src/core/itinerary/solve-day-exact.ts'
import { heldKarpDay } from './reference/held-karp-day.ts'
import { pathLowerBound } from './reference/one-tree-bound.ts'

const hoursArb: fc.Arbitrary<DayHours> = fc.oneof(
  fc.constant<DayHours>({ intervals: [[0, 1440]], lastEntry: null, verified: false, known: false }),
  fc.tuple(fc.integer({ min: 360, max: 720 }), fc.integer({ min: 120, max: 600 })).map(([open, length]): DayHours => ({
    intervals: [[open, open + length]],
    lastEntry: null,
    verified: true,
    known: true,
  })),
  fc
    .tuple(fc.integer({ min: 360, max: 600 }), fc.integer({ min: 60, max: 180 }), fc.integer({ min: 60, max: 120 }))
    .map(([open, morning, pause]): DayHours => ({
      intervals: [
        [open, open + morning],
        [open + morning + pause, open + morning + pause + 240],
      ],
      lastEntry: open + morning + pause + 200,
      verified: true,
      known: true,
    })),
)

const problemArb: fc.Arbitrary<DayProblem> = fc.integer({ min: 0, max: 10 }).chain((n) =>
  fc
    .record({
      points: fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })), {
        minLength: n + 2,
        maxLength: n + 2,
      }),
      visit: fc.array(fc.integer({ min: 20, max: 120 }), { minLength: n, maxLength: n }),
      hours: fc.array(hoursArb, { minLength: n, maxLength: n }),
      must: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      value: fc.array(fc.constantFrom(0.5, 1, 2, 3, 4), { minLength: n, maxLength: n }),
      departAt: fc.integer({ min: 360, max: 600 }),
      latestEnd: fc.integer({ min: 900, max: 1260 }),
      lunch: fc.option(fc.constant({ earliest: 660, latest: 810, minutes: 60 }), { nil: null }),
    })
    .map(({ points, ...rest }) => ({
      n,
      ...rest,
      travel: points.map(([x1, y1]) => points.map(([x2, y2]) => Math.round(Math.hypot(x1 - x2, y1 - y2) * 1.5))),
      maxTravel: Infinity,
    })),
)

describe('the exact day solver against Held–Karp', () => {
  it('finds the same value and finish time, with and without lunch (up to 10 stops)', () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        const e = solveDayExact(p),
          r = heldKarpDay(p)
        expect(e === null).toBe(r === null)
        if (e && r) {
          expect(e.value).toBeCloseTo(r.value, 9)
          expect(e.finish).toBeCloseTo(r.finish, 9)
        }
      }),
      { numRuns: 200, seed: 20261129 },
    )
  })
})

describe('the 1-tree lower bound the benchmarks use', () => {
  const permutations = (items: number[]): number[][] =>
    items.length <= 1
      ? [items]
      : items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((r) => [x, ...r]))
  it('never exceeds the shortest path through every node (brute force, up to 8 nodes)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })), {
          minLength: 2,
          maxLength: 8,
        }),
        (points) => {
          const m = points.map(([x1, y1]) => points.map(([x2, y2]) => Math.hypot(x1 - x2, y1 - y2)))
          const start = 0,
            end = points.length - 1
          const middle = [...points.keys()].slice(1, -1)
          let best = Infinity
          for (const order of permutations(middle)) {
            let at = start,
              length = 0
            for (const v of [...order, end]) {
              length += m[at]![v]!
              at = v
            }
            best = Math.min(best, length)
          }
          const bound = pathLowerBound(m, start, end)
          expect(bound).toBeLessThanOrEqual(best + 1e-6)
          // And it is a real bound, not zero: at least the longest single hop from start or to end.
          expect(bound).toBeGreaterThanOrEqual(
            Math.max(...middle.map((v) => Math.min(m[start]![v]!, m[v]![end]!)), 0) - 1e-6,
          )
        },
      ),
      { numRuns: 300, seed: 7 },
    )
  })
})
