// The overview a large network's map is drawn from (`networkOverview`): links of no project merged by
// map rank and mode, each exactly once with its own points; project links apart; ranks by road class.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  chainPieces,
  importNetwork,
  linkMapRank,
  networkOverview,
  overviewPlaces,
  type Dataset,
} from '../src/core/index.ts'
import { syntheticProvince } from '../src/test-support/synthetic-province.ts'
import { writeOsmPbf } from '../src/test-support/osm-pbf-writer.ts'

function province(side: number, seed: number): Dataset {
  const p = syntheticProvince({ side, seed })
  const outcome = importNetwork({
    format: 'pbf',
    data: writeOsmPbf(p.network),
    name: 'province.osm.pbf',
    overlay: { text: p.overlay, name: 'overlay.json' },
  })
  if (!outcome.result.ok) throw new Error(JSON.stringify(outcome.result.errors.slice(0, 3)))
  return outcome.result.dataset
}

const key = (line: ReadonlyArray<readonly [number, number] | number[]>) => JSON.stringify(line)

describe('network overview', () => {
  it('ranks road classes from main roads (0) to local streets (3), and every other mode as a main road', () => {
    expect(linkMapRank({ mode: 'road', road: { class: 'expressway' } })).toBe(0)
    expect(linkMapRank({ mode: 'road', road: { class: 'national-4-lane' } })).toBe(0)
    expect(linkMapRank({ mode: 'road', road: { class: 'national-2-lane' } })).toBe(1)
    expect(linkMapRank({ mode: 'road', road: { class: 'provincial' } })).toBe(2)
    expect(linkMapRank({ mode: 'road', road: { class: 'local' } })).toBe(3)
    expect(linkMapRank({ mode: 'road' })).toBe(3)
    expect(linkMapRank({ mode: 'waterway' })).toBe(0)
    expect(linkMapRank({ mode: 'rail' })).toBe(0)
  })

  it('draws every link of no project exactly once, in its rank and mode, roads joined through junctions, and project links apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 22 }), fc.integer({ min: 1, max: 1000 }), (side, seed) => {
        const dataset = province(side, seed)
        const overview = networkOverview(dataset)
        // Each group's segments (consecutive points, either way round), as its links' segments.
        const segments = (group: string, line: ReadonlyArray<ArrayLike<number>>, into: Map<string, number>) => {
          for (let i = 1; i < line.length; i++) {
            const ends = [key([line[i - 1]! as number[]]), key([line[i]! as number[]])].sort().join('')
            const k = `${group}/${ends}`
            into.set(k, (into.get(k) ?? 0) + 1)
          }
        }
        const drawn = new Map<string, number>()
        let lines = 0
        for (const f of overview.network.features)
          for (const line of f.geometry.coordinates) {
            lines++
            segments(`${f.properties.rank}/${f.properties.mode}`, line, drawn)
          }
        const expected = new Map<string, number>()
        let links = 0
        for (const l of dataset.links) {
          if (l.project !== null) continue
          links++
          const a = dataset.placeById.get(l.from)!,
            b = dataset.placeById.get(l.to)!
          const line = l.geometry ?? [
            [a.lon, a.lat],
            [b.lon, b.lat],
          ]
          segments(`${linkMapRank(l)}/${l.mode}`, line, expected)
        }
        expect(drawn).toEqual(expected)
        // Roads are joined through the junctions they pass: fewer lines than links on any grid.
        if (side >= 6) expect(lines).toBeLessThan(links)
        expect(overview.projectLinks.map((l) => l.id).sort()).toEqual(
          dataset.links
            .filter((l) => l.project !== null)
            .map((l) => l.id)
            .sort(),
        )
        // Least prominent first, so main roads are drawn on top.
        const ranks = overview.network.features.map((f) => f.properties.rank)
        expect(ranks).toEqual([...ranks].sort((x, y) => y - x))
      }),
      { numRuns: 25 },
    )
  })

  it('marks the named places only, up to the limit asked', () => {
    const dataset = province(10, 3)
    const named = overviewPlaces(dataset, 500)
    expect(named.map((p) => p.id).sort()).toEqual(['far-temple', 'west-gate'])
    expect(overviewPlaces(dataset, 1)).toHaveLength(1)
    expect(networkOverview(dataset).bounds[0]).toBeLessThan(networkOverview(dataset).bounds[2])
  })
})

describe('roads joined end to end', () => {
  const piece = (from: string, to: string, ...xs: number[]) => ({
    from,
    to,
    line: xs.map((x) => [x, 0] as [number, number]),
  })
  it('joins pieces through places where exactly two meet, whichever way each is drawn', () => {
    // a–b–c–d in a row (b–c drawn backwards), and a branch at c: c has three pieces, so the road stops there.
    const lines = chainPieces([
      piece('a', 'b', 0, 1),
      piece('c', 'b', 2, 1.5, 1),
      piece('c', 'd', 2, 3),
      piece('c', 'e', 2, 9),
    ])
    expect(lines.map((l) => l.map(([x]) => x))).toEqual([
      [0, 1, 1.5, 2],
      [2, 3],
      [2, 9],
    ])
  })
  it('closes a ring once, and leaves a lone piece as it is', () => {
    const ring = chainPieces([piece('a', 'b', 0, 1), piece('b', 'c', 1, 2), piece('c', 'a', 2, 0)])
    expect(ring).toHaveLength(1)
    expect(ring[0]!.map(([x]) => x)).toEqual([0, 1, 2, 0])
    expect(chainPieces([piece('x', 'y', 5, 6)])).toEqual([
      [
        [5, 0],
        [6, 0],
      ],
    ])
  })
})
