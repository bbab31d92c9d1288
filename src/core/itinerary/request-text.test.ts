import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  readDayWindow,
  readLock,
  readLunch,
  readNights,
  readVisitMinutes,
  writeDayWindow,
  writeLock,
  writeLunch,
  writeNights,
  writeVisitMinutes,
} from './request-text.ts'

const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,3}$/)

describe('trip settings as text', () => {
  it('reads back what it writes', () => {
    fc.assert(
      fc.property(
        clock,
        clock,
        fc.integer({ min: 0, max: 999 }),
        id,
        fc.integer({ min: 1, max: 99 }),
        (a, b, n, p, pos) => {
          expect(readDayWindow(writeDayWindow([a, b]))).toEqual([a, b])
          expect(readLunch(writeLunch({ from: a, to: b, minutes: n }))).toEqual({ from: a, to: b, minutes: n })
          expect(readLock(writeLock({ place: p, at: a }))).toEqual({ place: p, at: a })
          expect(readLock(writeLock({ place: p, position: pos }))).toEqual({ place: p, position: pos })
          expect(readVisitMinutes(writeVisitMinutes({ [p]: n }))).toEqual({ place: p, minutes: n })
        },
      ),
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(id, fc.constant('')), { minLength: 1, maxLength: 6 }), (nights) => {
        expect(readNights(writeNights(nights))).toEqual(nights)
      }),
    )
  })
  it('reads none as no lunch, and refuses what it cannot read', () => {
    expect(readLunch('none')).toBeNull()
    for (const bad of ['11-13/60', '11:00-13:30', '25:00-26:00/60', '11:00-13:30/-5'])
      expect(readLunch(bad)).toBeUndefined()
    for (const bad of ['x@9:00', 'x#0', 'x@', 'X@09:00', 'a--b#1']) expect(readLock(bad)).toBeNull()
    expect(readDayWindow('7:00-19:00')).toBeNull()
    expect(readNights('ha-long,,x')).toBeNull()
    expect(readVisitMinutes('yen-tu=')).toBeNull()
  })
})
