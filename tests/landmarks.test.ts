// Routes steered by landmarks (A* with the triangle inequality) are the routes of the plain search:
// the same arcs, hence the same cost and the same tie rule, on random networks with one-way links,
// projects open or not (the landmarks are computed once, with every project open, and must hold for
// every scenario), both measures, and with links closed after the landmarks were built.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildScenarioNetwork, closeLinks, resolveScenario } from '../src/core/index.ts'
import { landmarkRouteArcs, landmarksFor } from '../src/core/routing/landmarks.ts'
import { arcsTo, searchFrom } from '../src/core/routing/shortest-paths.ts'
import { datasetOf, randomNetwork, type RandomNetwork } from '../src/test-support/random-network.ts'

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
    const grid = fc.record({ w: fc.integer({ min: 2, max: 7 }), h: fc.integer({ min: 2, max: 7 }) }).chain(({ w, h }) =>
      fc.record({
        w: fc.constant(w),
        h: fc.constant(h),
        minutes: fc.array(fc.constantFrom(1, 1, 2), { minLength: 2 * w * h, maxLength: 2 * w * h }),
        project: fc.array(fc.boolean(), { minLength: 2 * w * h, maxLength: 2 * w * h }),
      }),
    )
    fc.assert(
      fc.property(grid, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }), (g, pairs) => {
        const links: RandomNetwork['links'] = []
        for (let y = 0; y < g.h; y++)
          for (let x = 0; x < g.w; x++) {
            const at = y * g.w + x
            for (const [to, k] of [
              [x + 1 < g.w ? at + 1 : -1, 2 * at],
              [y + 1 < g.h ? at + g.w : -1, 2 * at + 1],
            ] as const) {
              if (to < 0) continue
              const minutes = g.minutes[k]!
              links.push({
                from: at,
                to,
                minutes,
                km: minutes,
                oneway: false,
                wait: 0,
                mode: 'road',
                project: g.project[k] ? 0 : null,
              })
            }
          }
        const d = datasetOf({ nodes: g.w * g.h, links, projectYears: [2030] })
        const network = buildScenarioNetwork(d, resolveScenario(d, { preset: 'full-vision' }, TODAY))
        const landmarks = landmarksFor(network, true)!
        for (const [a, b] of pairs) {
          const s = a % (g.w * g.h),
            t = b % (g.w * g.h)
          expect(landmarkRouteArcs(network, landmarks, s, t)).toEqual(arcsTo(searchFrom(network, s, { target: t }), t))
        }
      }),
      { numRuns: 300 },
    )
  })
})
