import { describe, expect, it } from 'vitest'
import type { PlaceId } from '../../../core/index.ts'
import type { TripState } from '../../state/trip-params.ts'
import { withChoice, withFreeOrder, withLock, withOrder, withStay } from './trip-edits.ts'

const id = (s: string) => s as PlaceId
const trip = (over: Partial<TripState> = {}): TripState => ({
  start: id('hanoi'),
  end: null,
  must: [id('a'), id('b'), id('c')],
  optional: [id('d')],
  days: 1,
  depart: null,
  profile: 'car',
  locks: [],
  dayWindow: null,
  maxTravel: null,
  pace: null,
  lunch: undefined,
  visitMinutes: {},
  nights: [],
  ...over,
})

describe('trip edits', () => {
  it('moves a site between must-see, optional and neither; an unlisted must-see loses its lock', () => {
    const locked = trip({ locks: [{ place: 'b', at: '09:00' }] })
    expect(withChoice(locked, id('d'), 'must')).toMatchObject({ must: ['a', 'b', 'c', 'd'], optional: [] })
    const optional = withChoice(locked, id('b'), 'optional')
    expect(optional).toMatchObject({ must: ['a', 'c'], optional: ['d', 'b'], locks: [] })
    expect(withChoice(locked, id('b'), 'none')).toMatchObject({ must: ['a', 'c'], optional: ['d'], locks: [] })
    expect(withChoice(locked, id('b'), 'must').locks).toEqual(locked.locks)
  })

  it('locks a visit to one time, replacing its earlier lock, and unlocks it', () => {
    const once = { ...trip(), ...withLock(trip(), id('a'), '10:00') }
    const twice = { ...once, ...withLock(once, id('a'), '11:00') }
    expect(twice.locks).toEqual([{ place: 'a', at: '11:00' }])
    expect(withLock(twice, id('a'), null).locks).toEqual([])
  })

  it('sets and clears a stay without touching the others', () => {
    const s = { ...trip(), ...withStay(trip({ visitMinutes: { b: 30 } }), id('a'), 90) }
    expect(s.visitMinutes).toEqual({ a: 90, b: 30 })
    expect(withStay(s, id('a'), null).visitMinutes).toEqual({ b: 30 })
  })

  it('gives a reordered day positions, keeps timed visits and other days, and frees the order again', () => {
    const s = trip({
      locks: [
        { place: 'b', at: '09:00' },
        { place: 'z', position: 1 },
      ],
    })
    const reordered = { ...s, ...withOrder(s, [id('c'), id('b'), id('a')]) }
    expect(reordered.locks).toEqual([
      { place: 'z', position: 1 },
      { place: 'b', at: '09:00' },
      { place: 'c', position: 1 },
      { place: 'a', position: 3 },
    ])
    expect(withFreeOrder(reordered).locks).toEqual([{ place: 'b', at: '09:00' }])
  })
})
