// A refused trip request names the field it is about, so a form can point at it in any language;
// the message starts with the same field, for the command line.
import { describe, expect, it } from 'vitest'
import network from '../../../data/network.json'
import { parseDataset, type Dataset } from '../index.ts'
import { CoreError } from '../errors.ts'
import { checkRequest } from './check-request.ts'
import type { ItineraryRequest } from './itinerary.ts'

const parsed = parseDataset(network)
const dataset = (parsed.ok ? parsed.dataset : null) as Dataset
const base: ItineraryRequest = { start: 'hanoi', visit: ['yen-tu'], date: '2026-12-05' }

const refused: Array<[string, Partial<ItineraryRequest>]> = [
  ['start', { start: 'atlantis' }],
  ['end', { end: 'atlantis' }],
  ['visit', { visit: [] }],
  ['visit', { visit: ['yen-tu', 'yen-tu'] }],
  ['visit', { visit: ['hanoi'] }],
  ['optional', { optional: ['atlantis'] }],
  ['date', { date: '2026-13-40' }],
  ['days', { days: 0 }],
  ['day-window', { dayWindow: ['19:00', '07:00'] }],
  ['day-window', { dayWindow: ['7am', '19:00'] }],
  ['depart', { depart: '05:00' }],
  ['depart', { depart: 'dawn' }],
  ['max-travel', { maxTravelMinutesPerDay: 0 }],
  ['pace', { pace: 3 }],
  ['lock', { locks: [{ place: 'yen-tu' }] }],
  ['lock', { locks: [{ place: 'yen-tu', at: '23:30' }] }],
  ['lock', { locks: [{ place: 'yen-tu', position: 9 }] }],
  ['lunch', { lunch: { from: '13:00', to: '11:00', minutes: 60 } }],
  ['lunch', { lunch: { from: '11:00', to: '13:00', minutes: 5 } }],
  ['visit-minutes', { visitMinutes: { 'yen-tu': 1 } }],
  ['visit-minutes', { visitMinutes: { 'con-son-pagoda': 60 } }],
  ['nights', { nights: ['hanoi'] }],
]

describe('refused trip requests', () => {
  it.each(refused)('name their field: %s', (field, change) => {
    let error: unknown = null
    try {
      checkRequest(dataset, { ...base, ...change })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CoreError)
    expect((error as CoreError).field).toBe(field)
    expect((error as CoreError).message.startsWith(`${field}: `)).toBe(true)
  })

  it('accepts the request they start from', () => {
    expect(() => checkRequest(dataset, base)).not.toThrow()
  })
})
