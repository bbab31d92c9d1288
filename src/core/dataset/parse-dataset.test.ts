// Property tests of the parser's contract: whatever it is given, it returns a result and never
// throws, and it never touches Object.prototype (target P10).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '../index.ts'

const RUNS = { numRuns: 300 }

describe('parseDataset on arbitrary input', () => {
  it('returns a result for any JSON-like value, with prototype keys included', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withObjectString: true,
          withNullPrototype: true,
          key: fc.oneof(
            fc.string(),
            fc.constantFrom('__proto__', 'constructor', 'prototype', 'places', 'links', 'version'),
          ),
        }),
        (value) => {
          const result = parseDataset(value)
          expect(typeof result.ok).toBe('boolean')
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        },
      ),
      RUNS,
    )
  })

  it('returns a result for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseDataset(text)
        if (!result.ok) for (const e of result.errors) expect(e.code).toMatch(/^E_/)
      }),
      RUNS,
    )
  })

  it('accepts every well-formed random network and keeps each record', () => {
    const placeArb = fc.record({
      lat: fc.double({ min: 20.6, max: 21.5, noNaN: true }),
      lon: fc.double({ min: 105.7, max: 107.2, noNaN: true }),
    })
    fc.assert(
      fc.property(
        fc.array(placeArb, { minLength: 2, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.double({ min: 1, max: 80, noNaN: true })), { maxLength: 12 }),
        (places, pairs) => {
          const doc = {
            version: 1,
            places: places.map((p, i) => ({ id: `p${i}`, name: `P${i}`, ...p })),
            links: pairs
              .map(([a, b, speed], i) => ({
                id: `l${i}`,
                from: `p${a % places.length}`,
                to: `p${b % places.length}`,
                mode: 'road',
                km: 500,
                speedKmh: speed,
              }))
              .filter((l) => l.from !== l.to),
          }
          const result = parseDataset(JSON.stringify(doc))
          expect(result.ok).toBe(true)
          if (result.ok) {
            expect(result.dataset.places.length).toBe(places.length)
            expect(result.dataset.links.length).toBe(doc.links.length)
            for (const l of result.dataset.links) expect(l.minutes).toBeCloseTo((500 / l.speedKmh!) * 60, 9)
          }
        },
      ),
      RUNS,
    )
  })
})

describe('parseDataset and its input', () => {
  it('never changes the value it is given (it completes its own copies of the records)', () => {
    const doc = {
      version: 1,
      places: [
        { id: 'a', name: 'A', lat: 21, lon: 106 },
        { id: 'b', name: { vi: 'Bê', en: 'B' }, lat: 21.1, lon: 106.1, kind: 'heritage-site' },
      ],
      links: [{ id: 'ab', from: 'a', to: 'b', mode: 'road', km: 15, speedKmh: 40 }],
    }
    const before = JSON.parse(JSON.stringify(doc)) as typeof doc
    const result = parseDataset(doc)
    expect(result.ok).toBe(true)
    expect(doc).toEqual(before)
    if (result.ok) {
      expect(result.dataset.places[0]).not.toBe(doc.places[0])
      expect(result.dataset.links[0]!.minutes).toBeCloseTo(22.5, 9)
    }
  })
})
