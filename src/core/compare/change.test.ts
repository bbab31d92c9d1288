import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CHANGE_KINDS,
  CHANGE_THRESHOLD_MINUTES,
  DAY_REACH_MINUTES,
  classifyChange,
  reverseChange,
  summarizeChanges,
  type TripTimes,
} from './change.ts'

const minutes = fc.option(fc.double({ min: 0, max: 2000, noNaN: true }), { nil: null })

describe('change', () => {
  it('reads the same change from the other side as its reverse, for any two times', () => {
    fc.assert(
      fc.property(minutes, minutes, (a, b) => {
        expect(classifyChange(b, a)).toBe(reverseChange(classifyChange(a, b)))
      }),
      { numRuns: 2000 },
    )
  })

  it('calls a move of at most half a minute "same", and anything more faster or slower', () => {
    expect(classifyChange(60, 60 - CHANGE_THRESHOLD_MINUTES)).toBe('same')
    expect(classifyChange(60, 60 + CHANGE_THRESHOLD_MINUTES)).toBe('same')
    expect(classifyChange(60, 59.4)).toBe('faster')
    expect(classifyChange(60, 60.6)).toBe('slower')
    expect(classifyChange(null, 10)).toBe('connected')
    expect(classifyChange(10, null)).toBe('disconnected')
    expect(classifyChange(null, null)).toBe('unreachable')
  })

  it('summaries count each trip once and add minutes by direction, as a plain loop would', () => {
    const trip = fc.record({
      beforeMinutes: minutes,
      afterMinutes: minutes,
      weight: fc.constantFrom(0.5, 1, 2, 4),
      heritagePair: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.array(trip, { maxLength: 40 }), (trips: TripTimes[]) => {
        const s = summarizeChanges(trips)
        expect(CHANGE_KINDS.reduce((n, k) => n + s[k], 0)).toBe(trips.length)
        let saved = 0,
          lost = 0,
          within = 0
        for (const t of trips) {
          const kind = classifyChange(t.beforeMinutes, t.afterMinutes)
          if (kind === 'faster') saved += t.beforeMinutes! - t.afterMinutes!
          if (kind === 'slower') lost += t.afterMinutes! - t.beforeMinutes!
          if (t.heritagePair && t.afterMinutes !== null && t.afterMinutes <= DAY_REACH_MINUTES) within++
        }
        expect(s.minutesSavedOnFaster).toBeCloseTo(saved, 6)
        expect(s.minutesLostOnSlower).toBeCloseTo(lost, 6)
        expect(s.withinDayAfter).toBe(within)
        expect(s.meanMinutesSavedPerFasterTrip).toBeCloseTo(s.faster ? saved / s.faster : 0, 6)
      }),
    )
  })
})
