// Routes steered by landmarks (A* with the triangle inequality) are the routes of the plain search:
// the same arcs, hence the same cost and the same tie rule, on random networks with one-way links,
// projects open or not (the landmarks are computed once, with every project open, and must hold for
// every scenario), both measures, and with links closed after the landmarks were built.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildScenarioNetwork, closeLinks, resolveScenario } from '../src/core/index.ts'
import { landmarkRouteArcs, landmarksFor } from '../src/core/routing/landmarks.ts'
import { arcsTo, searchFrom } from '../src/core/routing/shortest-paths.ts'
import { datasetOf, randomNetwork, tiedGrid } from '../src/test-support/random-network.ts'

const TODAY = '2026-11-28'

describe('landmark routes', () => {
  it('equal the plain search arc for arc, in every scenario and for both measures', () => {
    fc.assert(
      fc.property(
        randomNetwork(2, 14, 30),
        fc.integer({ min: 2023, max: 2033 }),
        fc.constantFrom('time' as const, 'distance' as const),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        (net, year, optimize, pairs, closed) => {
          const d = datasetOf(net)
          const scenario = resolveScenario(d, { date: `${year}-06-01` }, TODAY)
          const open = buildScenarioNetwork(d, scenario, { optimize })
          const landmarks = landmarksFor(open, true)!
          expect(landmarks).not.toBeNull()
          // A closed link only raises costs: the bounds built before still hold.
          const link = d.links[closed % Math.max(1, d.links.length)]?.id
          for (const network of link ? [open, closeLinks(open, [link])] : [open])
            for (const [a, b] of pairs) {
              const s = a % net.nodes,
                t = b % net.nodes
              const plain = arcsTo(searchFrom(network, s, { target: t }), t)
              expect(landmarkRouteArcs(network, landmarks, s, t)).toEqual(plain)
            }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keep the tie rule on grids where many routes cost the same', () => {
    fc.assert(
      fc.property(tiedGrid(), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }), (g, pairs) => {
        const d = datasetOf(g)
        const network = buildScenarioNetwork(d, resolveScenario(d, { preset: 'full-vision' }, TODAY))
        const landmarks = landmarksFor(network, true)!
        for (const [a, b] of pairs) {
          const s = a % g.nodes,
            t = b % g.nodes
          expect(landmarkRouteArcs(network, landmarks, s, t)).toEqual(arcsTo(searchFrom(network, s, { target: t }), t))
        }
      }),
      { numRuns: 300 },
    )
  })
})
