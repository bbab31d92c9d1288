// A travel matrix derived from a neighbouring network's (rows the difference cannot change copied,
// the rest searched) equals the matrix computed afresh: on random networks with one-way links and
// projects added, removed or both, and on the embedded data, whose projects also upgrade and replace
// links. And what a network keeps (its memo) is its own: a network derived from it does not share it.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildScenarioNetwork, closeLinks, parseDataset, resolveScenario, type Dataset } from '../src/core/index.ts'
import { computeMatrix, travelMatrix, travelMatrixFrom } from '../src/core/routing/travel-matrix.ts'
import { datasetOf, randomNetwork } from '../src/test-support/random-network.ts'

const TODAY = '2026-11-28'

const withProjects = (d: Dataset, bits: number) => ({
  preset: 'today',
  with: d.projects.filter((_p, i) => (bits >> i) & 1).map((p) => p.id),
  without: d.projects.filter((_p, i) => !((bits >> i) & 1)).map((p) => p.id),
})

function deriveAndCompare(d: Dataset, baseBits: number, otherBits: number, places: readonly string[]) {
  const base = buildScenarioNetwork(d, resolveScenario(d, withProjects(d, baseBits), TODAY))
  const other = buildScenarioNetwork(d, resolveScenario(d, withProjects(d, otherBits), TODAY))
  const derived = travelMatrixFrom(base, travelMatrix(base, places), other)
  expect(derived).toEqual(computeMatrix(other, places))
}

describe('a matrix derived from a neighbouring network', () => {
  it('equals the matrix computed afresh, on random networks (projects added, removed, or both)', () => {
    fc.assert(
      fc.property(
        randomNetwork(2, 10, 24),
        fc.nat(255),
        fc.nat(255),
        fc.constantFrom('superset', 'subset', 'any'),
        (net, x, y, relation) => {
          const d = datasetOf(net)
          const other = relation === 'superset' ? x | y : relation === 'subset' ? x & y : y
          deriveAndCompare(
            d,
            x,
            other,
            d.places.map((p) => p.id),
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('equals the matrix computed afresh on the embedded data, for every project added or removed alone', () => {
    const parsed = parseDataset(readFileSync(new URL('../data/network.json', import.meta.url), 'utf8'))
    if (!parsed.ok) throw new Error('embedded data invalid')
    const d = parsed.dataset
    const places = d.places.map((p) => p.id)
    const all = (1 << d.projects.length) - 1
    for (const base of [0, all, 0b101010101 & all])
      for (let i = 0; i < d.projects.length; i++) deriveAndCompare(d, base, base ^ (1 << i), places)
  })
})

describe('what a network keeps about itself', () => {
  it('is its own: a network derived by closing links does not answer with its parent’s matrix', () => {
    fc.assert(
      fc.property(randomNetwork(2, 10, 24), fc.nat(), (net, pick) => {
        const d = datasetOf(net)
        fc.pre(d.links.length > 0)
        const network = buildScenarioNetwork(d, resolveScenario(d, { preset: 'full-vision' }, TODAY))
        const places = d.places.map((p) => p.id)
        // The parent answers first and keeps its matrix; then a link of it is closed.
        const parentMatrix = travelMatrix(network, places)
        const link = d.links[pick % d.links.length]!.id
        const closed = closeLinks(network, [link])
        expect(travelMatrix(closed, places)).toEqual(computeMatrix(closed, places))
        // And the parent's answer is unchanged by its child's.
        expect(travelMatrix(network, places)).toBe(parentMatrix)
      }),
      { numRuns: 200 },
    )
  })
})
