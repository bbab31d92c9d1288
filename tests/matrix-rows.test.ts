// A large matrix's rows (`matrix-rows.ts`: searches stopped once every column is settled, one search's
// arrays lent to the next, the totals summed down the tree) give what the small networks' rows give
// (a full search per row, nothing lent), under the tie rule too: the same minutes, km and driving
// minutes, bit for bit, whatever the order of the places and with places repeated.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildScenarioNetwork, resolveScenario, rowsHere, type ScenarioNetwork } from '../src/core/index.ts'
import { datasetOf, randomNetwork, tiedGrid, type RandomNetwork } from '../src/test-support/random-network.ts'
import { matrixTask } from '../src/core/routing/matrix-rows.ts'
import { computeMatrix } from '../src/core/routing/travel-matrix.ts'

const TODAY = '2026-11-28'

/** Both ways over `picks` (indices into the network's places): every cell must agree exactly. */
function expectSameRows(network: ScenarioNetwork, picks: number[]): void {
  const ids = picks.map((p) => network.placeIds[p]!)
  const small = computeMatrix(network, ids)
  const large = rowsHere(matrixTask(network, picks))
  const size = picks.length
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++) {
      const at = r * size + c
      expect(large.minutes[at]).toBe(small.minutes[r]![c] ?? Infinity)
      expect(large.km[at]).toBe(small.km[r]![c] ?? Infinity)
      expect(large.driving[at]).toBe(small.drivingMinutes[r]![c] ?? Infinity)
    }
}

const picksOf = (net: RandomNetwork, raw: number[]) => raw.map((p) => p % net.nodes)

describe('matrix rows as a task', () => {
  it('give the full searches’ matrix on random networks, both measures, places repeated', () => {
    fc.assert(
      fc.property(
        randomNetwork(2, 30, 80),
        fc.array(fc.nat(), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 2023, max: 2033 }),
        fc.constantFrom('time' as const, 'distance' as const),
        (net, raw, year, optimize) => {
          const d = datasetOf(net)
          const network = buildScenarioNetwork(d, resolveScenario(d, { date: `${year}-06-01` }, TODAY), { optimize })
          expectSameRows(network, picksOf(net, raw))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keep the tie rule on grids where many paths cost the same', () => {
    fc.assert(
      fc.property(tiedGrid(), fc.array(fc.nat(), { minLength: 2, maxLength: 9 }), (g, raw) => {
        const d = datasetOf(g)
        const network = buildScenarioNetwork(d, resolveScenario(d, { date: '2031-01-01' }, TODAY))
        expectSameRows(network, picksOf(g, raw))
      }),
      { numRuns: 200 },
    )
  })
})
