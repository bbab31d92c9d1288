// On a network larger than the full-search limit, a matrix's rows reuse one search's arrays and sum
// only the paths to the places asked for: every row must equal the same row computed on its own (a
// fresh search, nothing reused) and the route finder's answer for the same pair.
import { describe, expect, it } from 'vitest'
import { buildScenarioNetwork, findRoute, parseDataset, resolveScenario } from '../src/core/index.ts'
import { computeMatrix } from '../src/core/routing/travel-matrix.ts'
import { seededRandom, syntheticDocument } from '../bench/synthetic-network.ts'

describe('matrix on a large network', () => {
  it('gives each row what a search of its own gives, and what a route gives', () => {
    const parsed = parseDataset(syntheticDocument({ places: 6000, seed: 17 }))
    if (!parsed.ok) throw new Error(parsed.errors[0]?.message)
    const d = parsed.dataset
    const network = buildScenarioNetwork(d, resolveScenario(d, { date: '2029-01-01' }, '2026-11-29'))
    const random = seededRandom(5)
    const places = Array.from({ length: 12 }, () => d.places[Math.floor(random() * d.places.length)]!.id as string)
    const matrix = computeMatrix(network, places)
    places.forEach((from, i) => {
      // The same row as the first (and only searched) row of a matrix that starts at `from`.
      const alone = computeMatrix(network, [from, ...places.filter((_, j) => j !== i)])
      const order = [i, ...places.map((_, j) => j).filter((j) => j !== i)]
      order.forEach((j, k) => {
        expect(matrix.minutes[i]![j]).toBe(alone.minutes[0]![k])
        expect(matrix.km[i]![j]).toBe(alone.km[0]![k])
        expect(matrix.drivingMinutes[i]![j]).toBe(alone.drivingMinutes[0]![k])
      })
      const to = places[(i + 1) % places.length]!
      const route = findRoute(network, from, to)
      expect(matrix.minutes[i]![(i + 1) % places.length]).toBeCloseTo(route.reachable ? route.minutes : NaN, 6)
    })
  })
})
