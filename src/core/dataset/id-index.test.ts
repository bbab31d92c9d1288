import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ById, IdIndex, indexById } from './id-index.ts'

/** What the index must answer, from a plain Map: each id's first position. */
function firstPositions(ids: readonly string[]): Map<string, number> {
  const m = new Map<string, number>()
  ids.forEach((id, i) => {
    if (!m.has(id)) m.set(id, i)
  })
  return m
}

describe('IdIndex', () => {
  it('answers as a Map of each id to its first position (random ids, with repeats)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a', 'b', 'n1', 'n10', '')), { maxLength: 200 }),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 20 }),
        (ids, others) => {
          const index = new IdIndex(ids)
          const expected = firstPositions(ids)
          expect(index.size).toBe(expected.size)
          expect([...index]).toEqual([...expected])
          expect([...index.keys()]).toEqual([...expected.keys()])
          expect([...index.values()]).toEqual([...expected.values()])
          for (const id of [...ids, ...others]) {
            expect(index.get(id)).toBe(expected.get(id))
            expect(index.has(id)).toBe(expected.has(id))
          }
          ids.forEach((id, i) => expect(index.firstOf(i)).toBe(expected.get(id)))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('falls back to a Map when ids are made to collide, and answers the same', () => {
    // FNV-1a as the index hashes (from the seed given): 400 ids that all fall in one slot of its
    // 1,024 (the table would need 400 probes for the last one; it gives up at 128).
    const seed = 12345
    const slotOf = (s: string) => {
      let h = seed
      for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619)
      return (h >>> 0) & 1023
    }
    const ids: string[] = []
    for (let k = 0; ids.length < 400; k++) if (slotOf(`x${k}`) === 7) ids.push(`x${k}`)
    ids.push(ids[3]!)
    const index = new IdIndex(ids, seed)
    expect(index.mode).toBe('map')
    const expected = firstPositions(ids)
    expect(index.size).toBe(expected.size)
    expect([...index]).toEqual([...expected])
    for (const id of [...ids, 'x', 'absent']) expect(index.get(id)).toBe(expected.get(id))
    expect(index.firstOf(ids.length - 1)).toBe(3)
    // Ordinary ids stay in the table.
    expect(new IdIndex(Array.from({ length: 5000 }, (_, i) => `n${i}`)).mode).toBe('table')
  })

  it('fills a table of 100,000 ids with every id found', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `n${i}`)
    const index = new IdIndex(ids)
    expect(index.size).toBe(ids.length)
    expect(ids.every((id, i) => index.get(id) === i)).toBe(true)
    expect(index.get('n100000')).toBeUndefined()
  })
})

describe('ById', () => {
  it('reads each record by its id, in the list order, as a Map of the same records would', () => {
    const list = [
      { id: 'b', v: 1 },
      { id: 'a', v: 2 },
      { id: 'c', v: 3 },
    ]
    const byId = new ById(list, indexById(list))
    const map = new Map(list.map((r) => [r.id, r]))
    expect(byId.size).toBe(3)
    expect([...byId]).toEqual([...map])
    expect([...byId.values()]).toEqual([...map.values()])
    expect(byId.get('a')).toBe(list[1])
    expect(byId.get('z')).toBeUndefined()
    const seen: string[] = []
    byId.forEach((r, id) => seen.push(`${id}=${r.v}`))
    expect(seen).toEqual(['b=1', 'a=2', 'c=3'])
  })
})
