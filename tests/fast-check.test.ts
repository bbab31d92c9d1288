// The fast record check (`compileFastCheck`) against zod itself: on every record of the embedded data
// and of an imported province it accepts, with zod's output key for key; on records broken at random
// it never accepts what zod refuses, and what it accepts it outputs as zod does.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ASK_ZOD, compileFastCheck } from '../src/core/dataset/fast-check.ts'
import { placeSchema } from '../src/core/model/place-schema.ts'
import { linkSchema } from '../src/core/model/link-schema.ts'
import { projectSchema } from '../src/core/model/project.ts'
import { sourceSchema } from '../src/core/model/source.ts'
import { importNetwork } from '../src/core/import/import-network.ts'
import { syntheticProvince } from '../src/test-support/synthetic-province.ts'
import { writeOsmPbf } from '../src/test-support/osm-pbf-writer.ts'

const embedded = JSON.parse(readFileSync(new URL('../data/network.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown[]
>
const province = syntheticProvince({ side: 12 })
const imported = importNetwork({
  format: 'pbf',
  data: writeOsmPbf(province.network),
  name: 'p.osm.pbf',
  overlay: { text: province.overlay, name: 'o.json' },
}).document as unknown as Record<string, unknown[]>

const lists: Array<[string, z.ZodType]> = [
  ['sources', sourceSchema],
  ['places', placeSchema],
  ['links', linkSchema],
  ['projects', projectSchema],
]

/** zod's verdict, as the fast check answers it: the output, or ASK_ZOD for a refusal. */
function zodSays(schema: z.ZodType, record: unknown): unknown {
  const r = schema.safeParse(record)
  return r.success ? r.data : ASK_ZOD
}

describe('fast record check', () => {
  for (const [key, schema] of lists)
    it(`accepts every ${key} record of the embedded data and of an import, with zod's output`, () => {
      const fast = compileFastCheck(schema)
      expect(fast).not.toBeNull()
      const records = [...(embedded[key] ?? []), ...(imported[key] ?? [])]
      expect(records.length).toBeGreaterThan(0)
      const same = compileFastCheck(schema, 'same')
      for (const record of records) {
        const out = fast!(record)
        expect(out).not.toBe(ASK_ZOD)
        // Same keys, same order, same values (JSON compares order too).
        expect(JSON.stringify(out)).toBe(JSON.stringify(zodSays(schema, record)))
        // On a document of its own, the record itself.
        expect(same!(record)).toBe(record)
      }
    })

  it('never accepts what zod refuses, and outputs what zod outputs (records broken at random)', () => {
    const json: fc.Arbitrary<unknown> = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', 'x'.repeat(300), '2027-02-30', '2028-06', 'road', 'planned', '07:00-17:00', '25:00'),
      fc.double({ noNaN: false }),
      fc.integer({ min: -200, max: 200 }),
      fc.constantFrom(0, -1, 1e9, 0.5, Number.POSITIVE_INFINITY),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer({ min: -200, max: 200 }), { maxLength: 3 }),
      fc.constant({}),
    )
    const all = lists.flatMap(([key, schema]) =>
      [...(embedded[key] ?? []), ...(imported[key] ?? []).slice(0, 40)].map((record) => ({ schema, record })),
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('set', 'delete', 'add'), json), { minLength: 1, maxLength: 3 }),
        ({ schema, record }, edits) => {
          const broken = structuredClone(record) as Record<string, unknown>
          for (const [pick, how, value] of edits) {
            // A path into the record: a key of it, or of an object or array under it.
            let target: Record<string, unknown> = broken
            const keys = Object.keys(target)
            if (keys.length === 0) break
            let k = keys[pick % keys.length]!
            const inner = target[k]
            if (inner !== null && typeof inner === 'object' && Object.keys(inner).length > 0 && pick % 2 === 0) {
              target = inner as Record<string, unknown>
              const innerKeys = Object.keys(target)
              k = innerKeys[pick % innerKeys.length]!
            }
            if (how === 'delete') delete target[k]
            // A key added to an object (JSON has no named keys on a list: a document read from text never does).
            else if (how === 'add' && !Array.isArray(target)) target[`extra${pick % 3}`] = value
            else target[k] = value
          }
          const fast = compileFastCheck(schema)!
          const out = fast(broken)
          if (out !== ASK_ZOD) expect(JSON.stringify(out)).toBe(JSON.stringify(zodSays(schema, broken)))
          // Kept as it is only when zod keeps every key and value (in the schema's order; the record
          // keeps the document's order).
          const same = compileFastCheck(schema, 'same')!(broken)
          if (same !== ASK_ZOD) {
            expect(same).toBe(broken)
            expect(zodSays(schema, broken)).toStrictEqual(broken)
          }
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('reads a range, a length or a pattern as zod does, at and around each bound (astral characters too)', () => {
    const schemas: z.ZodType[] = [
      z.number().positive().max(10),
      z.number().min(0).lt(5),
      z.number().gte(-2).max(2),
      z.string().min(3).max(5),
      z.string().length(4),
      z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
      z.string().regex(/a/g),
      z.array(z.number()).min(2).max(3),
      z.object({ s: z.string().min(2), n: z.number().positive() }),
    ]
    const value = fc.oneof(
      fc.constantFrom(-2, -1e-9, 0, 1e-9, 2, 4.999, 5, 10, 10.000001, Number.NaN, Infinity),
      fc.string({ unit: fc.constantFrom('a', 'b', '-', '😀', 'é', 'Z'), maxLength: 12 }),
      fc.array(fc.integer(), { maxLength: 5 }),
      fc.record({ s: fc.string({ unit: fc.constantFrom('a', '😀'), maxLength: 4 }), n: fc.double() }),
    )
    fc.assert(
      fc.property(fc.constantFrom(...schemas), value, (schema, v) => {
        const fast = compileFastCheck(schema)!
        expect(fast).not.toBeNull()
        const out = fast(v)
        const zod = zodSays(schema, v)
        // Never a value zod refuses, and the same verdict on what it can read.
        if (out !== ASK_ZOD) expect(out).toStrictEqual(zod)
        if (zod === ASK_ZOD) expect(out).toBe(ASK_ZOD)
      }),
      { numRuns: 4000 },
    )
  })
})
