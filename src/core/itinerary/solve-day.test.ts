// The exact day solver against brute force over every subset and order (up to 7 stops), and the
// heuristic against the exact solver: same value, same finish time, on every instance.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isBetter, needsLunch, simulateDay, type DayProblem, type DaySchedule } from './day-problem.ts'
import { solveDayExact } from './solve-day-exact.ts'
import { solveDayHeuristic } from './solve-day-heuristic.ts'
import { solveDay } from './solve-day.ts'
import type { DayHours } from './opening-hours.ts'
import { DayEvaluator } from './day-evaluator.ts'

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items]
  return items.flatMap((x, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]),
  )
}

function bruteForce(p: DayProblem): DaySchedule | null {
  let best: DaySchedule | null = null
  const need = p.must.filter(Boolean).length
  for (let mask = 0; mask < 1 << p.n; mask++) {
    const stops = [...Array(p.n).keys()].filter((s) => mask & (1 << s))
    if (stops.filter((s) => p.must[s]).length !== need) continue
    for (const order of permutations(stops)) {
      const s = simulateDay(p, order)
      if (s && isBetter(p, s, best)) best = s
    }
  }
  return best
}

const hoursArb: fc.Arbitrary<DayHours> = fc.oneof(
  fc.constant<DayHours>({ intervals: [[0, 1440]], lastEntry: null, verified: false, known: false }),
  fc
    .tuple(
      fc.integer({ min: 360, max: 720 }),
      fc.integer({ min: 120, max: 600 }),
      fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
    )
    .map(([open, length, early]): DayHours => ({
      intervals: [[open, open + length]],
      lastEntry: early === null ? null : open + length - early,
      verified: true,
      known: true,
    })),
  fc
    .tuple(
      fc.integer({ min: 360, max: 600 }),
      fc.integer({ min: 60, max: 180 }),
      fc.integer({ min: 60, max: 120 }),
      fc.integer({ min: 120, max: 300 }),
    )
    .map(([open, morning, lunch, afternoon]): DayHours => ({
      intervals: [
        [open, open + morning],
        [open + morning + lunch, open + morning + lunch + afternoon],
      ],
      lastEntry: null,
      verified: true,
      known: true,
    })),
)

function problemArb(maxStops: number): fc.Arbitrary<DayProblem> {
  return fc.integer({ min: 0, max: maxStops }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      travel: fc
        .array(
          fc.array(
            fc
              .oneof(
                fc.integer({ min: 5, max: 120 }),
                fc
                  .constant(Infinity)
                  .filter(() => true)
                  .map(() => Infinity),
              )
              .filter(() => true),
            { minLength: n + 2, maxLength: n + 2 },
          ),
          { minLength: n + 2, maxLength: n + 2 },
        )
        .map((m) =>
          m.map((row, i) =>
            row.map((x, j) => (i === j ? 0 : Number.isFinite(x) ? x : (i + j) % 7 === 0 ? Infinity : 60)),
          ),
        ),
      visit: fc.array(fc.integer({ min: 20, max: 180 }), { minLength: n, maxLength: n }),
      hours: fc.array(hoursArb, { minLength: n, maxLength: n }),
      must: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      value: fc.array(fc.constantFrom(0.5, 1, 2, 3, 4), { minLength: n, maxLength: n }),
      departAt: fc.integer({ min: 360, max: 600 }),
      latestEnd: fc.integer({ min: 900, max: 1260 }),
      maxTravel: fc.oneof(fc.constant(Infinity), fc.integer({ min: 60, max: 400 })),
    }),
  )
}

/** Travel times as the planner meets them: shortest paths between points, so the triangle inequality holds. */
function metricProblemArb(maxStops: number): fc.Arbitrary<DayProblem> {
  return problemArb(maxStops).chain((p) =>
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })), {
        minLength: p.n + 2,
        maxLength: p.n + 2,
      })
      .map((points) => {
        const d = points.map(([x1, y1]) => points.map(([x2, y2]) => Math.round(Math.hypot(x1 - x2, y1 - y2) * 1.5)))
        return { ...p, travel: d }
      }),
  )
}

const same = (a: DaySchedule | null, b: DaySchedule | null) => {
  expect(a === null).toBe(b === null)
  if (a && b) {
    expect(a.value).toBeCloseTo(b.value, 9)
    expect(a.finish).toBeCloseTo(b.finish, 9)
  }
}

/** The same problems with some stops locked to a start time or a position. */
function lockedProblemArb(maxStops: number): fc.Arbitrary<DayProblem> {
  return metricProblemArb(maxStops).chain((p) =>
    fc
      .record({
        fixedStart: fc.array(fc.option(fc.integer({ min: 420, max: 900 }), { nil: null, freq: 4 }), {
          minLength: p.n,
          maxLength: p.n,
        }),
        position: fc.array(fc.option(fc.integer({ min: 1, max: Math.max(1, p.n) }), { nil: null, freq: 4 }), {
          minLength: p.n,
          maxLength: p.n,
        }),
      })
      .map((locks) => ({ ...p, ...locks })),
  )
}

/** The same problems with a lunch break to fit. */
function lunchProblemArb(maxStops: number, locked = false): fc.Arbitrary<DayProblem> {
  return (locked ? lockedProblemArb(maxStops) : metricProblemArb(maxStops)).chain((p) =>
    fc
      .record({
        earliest: fc.integer({ min: 600, max: 720 }),
        span: fc.integer({ min: 30, max: 180 }),
        minutes: fc.integer({ min: 30, max: 90 }),
      })
      .map(({ earliest, span, minutes }) => ({ ...p, lunch: { earliest, latest: earliest + span, minutes } })),
  )
}

/** A schedule's lunch is inside its window, overlaps no visit, and is there whenever the day needs one. */
function checkLunch(p: DayProblem, s: DaySchedule) {
  const b = p.lunch!
  if (s.lunch === null) {
    if (s.order.length > 0) expect(needsLunch(p, s.finish)).toBe(false)
    return
  }
  expect(s.lunch.start).toBeGreaterThanOrEqual(b.earliest - 1e-9)
  expect(s.lunch.start).toBeLessThanOrEqual(b.latest + 1e-9)
  expect(s.lunch.end - s.lunch.start).toBeCloseTo(b.minutes, 9)
  s.order.forEach((_stop, i) => {
    const overlaps = s.start[i]! < s.lunch!.end - 1e-9 && s.lunch!.start < s.depart[i]! - 1e-9
    expect(overlaps).toBe(false)
  })
}

describe('lunch placement', () => {
  const open: DayHours = { intervals: [[0, 1440]], lastEntry: null, verified: true, known: true }
  // Two stops 30 minutes apart, start and end 30 minutes away; lunch 60 minutes, starting 11:00–12:30.
  const base = (visit: number[], departAt = 480): DayProblem => ({
    n: 2,
    travel: [
      [0, 30, 30, 30],
      [30, 0, 30, 30],
      [30, 30, 0, 30],
      [30, 30, 30, 0],
    ],
    visit,
    hours: [open, open],
    must: [true, true],
    value: [1, 1],
    departAt,
    latestEnd: 1260,
    maxTravel: Infinity,
    lunch: { earliest: 660, latest: 750, minutes: 60 },
  })
  it('takes lunch between visits, in its window, never inside a visit', () => {
    // 08:00 → stop 0 at 08:30, visit 120 min to 10:30; stop 1 at 11:00, 180 min visit.
    const s = simulateDay(base([120, 180]), [0, 1])!
    expect(s.lunch).toEqual({ index: 1, when: 'before', start: 660, end: 720 })
    expect(s.start[1]).toBe(720)
  })
  it('refuses an order whose only lunch slots are after the latest start', () => {
    // Stop 0 from 08:30 to 13:00 (270 min): past 12:30 before any slot but its arrival at 08:30, which
    // would mean waiting until 11:00 and visiting after; with a fixed 08:30 start there is no slot.
    const p = { ...base([270, 30]), fixedStart: [510, null] }
    expect(simulateDay(p, [0, 1])).toBeNull()
    expect(simulateDay({ ...p, lunch: null }, [0, 1])).not.toBeNull()
  })
  it('needs no lunch when the day ends by the latest start, or starts after it', () => {
    expect(simulateDay(base([30, 30]), [0, 1])!.lunch).toBeNull()
    expect(simulateDay(base([120, 120], 780), [0, 1])!.lunch).toBeNull()
  })
})

describe('day solvers', () => {
  it('with a lunch break, the exact solver finds what brute force finds, and lunch never cuts a visit (up to 6 stops)', () => {
    fc.assert(
      fc.property(lunchProblemArb(6), (p) => {
        const e = solveDayExact(p)
        same(e, bruteForce(p))
        if (e) checkLunch(p, e)
      }),
      { numRuns: 250 },
    )
  })

  it('lunch and locks together: exact equals brute force', () => {
    fc.assert(
      fc.property(lunchProblemArb(5, true), (p) => {
        same(solveDayExact(p), bruteForce(p))
      }),
      { numRuns: 200 },
    )
  })

  it('the heuristic with lunch gives a valid plan that never beats the exact one', () => {
    fc.assert(
      fc.property(lunchProblemArb(9), (p) => {
        const h = solveDayHeuristic(p),
          e = solveDayExact(p)
        if (e === null) expect(h).toBeNull()
        if (h) checkLunch(p, h)
        if (h && e) expect(isBetter(p, h, e) && (h.value > e.value + 1e-9 || h.finish < e.finish - 1e-9)).toBe(false)
      }),
      { numRuns: 150 },
    )
  })

  it('the exact solver honours time and position locks as brute force does (up to 6 stops)', () => {
    fc.assert(
      fc.property(lockedProblemArb(6), (p) => {
        const e = solveDayExact(p)
        same(e, bruteForce(p))
        if (e)
          e.order.forEach((stop, i) => {
            if (p.position?.[stop] != null) expect(p.position[stop]).toBe(i + 1)
            if (p.fixedStart?.[stop] != null) expect(e.start[i]).toBe(p.fixedStart[stop])
          })
      }),
      { numRuns: 200 },
    )
  })

  it('the exact solver finds the best plan that brute force finds (up to 7 stops)', () => {
    fc.assert(
      fc.property(metricProblemArb(7), (p) => {
        same(solveDayExact(p), bruteForce(p))
      }),
      { numRuns: 200 },
    )
  })

  it('the heuristic gives a valid plan that never beats the exact one, and none when the exact solver finds none', () => {
    fc.assert(
      fc.property(metricProblemArb(10), (p) => {
        const h = solveDayHeuristic(p),
          e = solveDayExact(p)
        if (e === null) expect(h).toBeNull()
        if (h && e) {
          expect(simulateDay(p, h.order)?.finish).toBeCloseTo(h.finish, 9)
          expect(isBetter(p, h, e) && (h.value > e.value + 1e-9 || h.finish < e.finish - 1e-9)).toBe(false)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('the exact solver is exact on any travel matrix, even one without the triangle inequality', () => {
    fc.assert(
      fc.property(problemArb(6), (p) => {
        same(solveDayExact(p), bruteForce(p))
      }),
      { numRuns: 150 },
    )
  })

  it('never schedules a visit outside opening hours, after last entry, or past the day', () => {
    fc.assert(
      fc.property(problemArb(8), (p) => {
        for (const s of [solveDayExact(p), solveDayHeuristic(p)]) {
          if (!s) continue
          s.order.forEach((stop, i) => {
            const h = p.hours[stop]!
            const start = s.start[i]!,
              end = s.depart[i]!
            expect(start).toBeGreaterThanOrEqual(s.arrive[i]!)
            expect(h.intervals.some(([o, c]) => start >= o && end <= c)).toBe(true)
            if (h.lastEntry !== null) expect(start).toBeLessThanOrEqual(h.lastEntry)
          })
          expect(s.finish).toBeLessThanOrEqual(p.latestEnd)
          expect(s.travel).toBeLessThanOrEqual(p.maxTravel)
          for (let stop = 0; stop < p.n; stop++) if (p.must[stop]) expect(s.order).toContain(stop)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('a far stop that needs the stops after it reordered: the planner solves it exactly (found by fast-check)', () => {
    const open: DayHours = { intervals: [[0, 1440]], lastEntry: null, verified: false, known: false }
    const at = (o: number, c: number): DayHours => ({
      intervals: [[o, c]],
      lastEntry: null,
      verified: true,
      known: true,
    })
    const p: DayProblem = {
      n: 7,
      travel: [
        [0, 61, 36, 70, 27, 48, 12, 39, 48],
        [61, 0, 25, 83, 54, 83, 55, 77, 83],
        [36, 25, 0, 72, 34, 64, 31, 56, 64],
        [70, 83, 72, 0, 93, 118, 79, 109, 118],
        [27, 54, 34, 93, 0, 30, 15, 23, 30],
        [48, 83, 64, 118, 30, 0, 40, 8, 0],
        [12, 55, 31, 79, 15, 40, 0, 31, 40],
        [39, 77, 56, 109, 23, 8, 31, 0, 8],
        [48, 83, 64, 118, 30, 0, 40, 8, 0],
      ],
      visit: [165, 20, 106, 27, 114, 104, 20],
      hours: [at(713, 1065), at(360, 480), at(360, 590), open, open, at(360, 480), open],
      must: [false, false, false, false, false, false, false],
      value: [3, 0.5, 0.5, 0.5, 2, 0.5, 0.5],
      departAt: 360,
      latestEnd: 1115,
      maxTravel: Infinity,
    }
    // The local search alone stops at value 6.5 here; up to 12 stops the planner uses the exact solver.
    const { schedule, method } = solveDay(p)
    expect(method).toBe('exact')
    same(schedule, bruteForce(p))
    const h = solveDayHeuristic(p)!
    expect(simulateDay(p, h.order)).not.toBeNull()
  })

  it('waits for opening rather than skipping a site', () => {
    const hours: DayHours = { intervals: [[600, 700]], lastEntry: null, verified: true, known: true }
    const p: DayProblem = {
      n: 1,
      travel: [
        [0, 30, 30],
        [30, 0, 30],
        [30, 30, 0],
      ],
      visit: [60],
      hours: [hours],
      must: [true],
      value: [4],
      departAt: 480,
      latestEnd: 1140,
      maxTravel: Infinity,
    }
    const s = solveDayExact(p)!
    expect(s.arrive[0]).toBe(510)
    expect(s.start[0]).toBe(600)
    expect(s.finish).toBe(690)
  })
})

describe('the incremental day evaluator', () => {
  it('gives the times simulateDay gives, for any order, with lunch and locks, whole or from any position', () => {
    fc.assert(
      fc.property(
        fc.oneof(lunchProblemArb(8, true), lunchProblemArb(8), lockedProblemArb(8), problemArb(8)),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.nat(),
        (p, picks, cut) => {
          // A random order over distinct stops, and a prefix the evaluator has already stored.
          const order = [...new Set(picks.map((x) => x % Math.max(1, p.n)))].filter((s) => s < p.n)
          const ev = new DayEvaluator(p)
          const whole = ev.evaluate(order, order.length, 0, true)
          const s = simulateDay(p, order)
          expect(whole!.feasible).toBe(s !== null)
          if (s) {
            expect(whole!.finish).toBeCloseTo(s.finish, 9)
            expect(whole!.travel).toBeCloseTo(s.travel, 9)
            expect(whole!.value).toBeCloseTo(s.value, 9)
          }
          // Re-evaluating a feasible order from a later position, on the stored prefix, gives the same answer.
          if (!s) return
          const from = cut % (order.length + 1)
          const again = ev.evaluate(order, order.length, from, false)
          expect(again?.finish).toBeCloseTo(s.finish, 9)
          expect(again?.travel).toBeCloseTo(s.travel, 9)
        },
      ),
      { numRuns: 600 },
    )
  })

  it('stops early only for a candidate that is no better (delta evaluation of a reordered prefix)', () => {
    fc.assert(
      fc.property(
        fc.oneof(lunchProblemArb(8, true), lunchProblemArb(8), problemArb(8)),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        (p, picks, a, b) => {
          const order = [...new Set(picks.map((x) => x % Math.max(1, p.n)))].filter((s) => s < p.n)
          if (order.length < 2) return
          const ev = new DayEvaluator(p)
          const stored = ev.evaluate(order, order.length, 0, true)!
          if (!stored.feasible) return
          // Reverse a segment [i, j]: positions after j are the stored order's.
          const i = a % order.length,
            j = i + (b % (order.length - i))
          const candidate = [...order.slice(0, i), ...order.slice(i, j + 1).reverse(), ...order.slice(j + 1)]
          const fast = ev.evaluate(candidate, candidate.length, i, false, stored, j + 1)
          const full = simulateDay(p, candidate)
          const fullBetter =
            full !== null &&
            (full.value > stored.value + 1e-9 ||
              full.finish < stored.finish - 1e-9 ||
              (Math.abs(full.finish - stored.finish) <= 1e-9 && full.travel < stored.travel - 1e-9))
          if (fast === null) expect(fullBetter).toBe(false)
          else if (fast.feasible) {
            expect(fast.finish).toBeCloseTo(full!.finish, 9)
            expect(fast.travel).toBeCloseTo(full!.travel, 9)
          }
        },
      ),
      { numRuns: 600 },
    )
  })
})
