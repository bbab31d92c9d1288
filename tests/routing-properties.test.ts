// Property tests of the routing engine on random dated networks (targets P1–P7): every answer is
// checked against brute force, Floyd–Warshall, breadth-first search and graphology-shortest-path.
import fc from 'fast-check'
import { DirectedGraph } from 'graphology'
import { bidirectional } from 'graphology-shortest-path/dijkstra'
import { describe, expect, it } from 'vitest'
import {
  buildScenarioNetwork,
  findRoute,
  reachWithin,
  resolveScenario,
  travelMatrix,
  type Dataset,
  type RoutingOptions,
  type ScenarioNetwork,
  openLinks,
} from '../src/core/index.ts'
import {
  arcsOf,
  bruteForceCost,
  datasetOf,
  floydWarshall,
  randomNetwork,
  reachableByBfs,
} from '../src/test-support/random-network.ts'

const RUNS = { numRuns: 200 }
const TODAY = '2026-11-28'
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))

function networkFor(dataset: Dataset, date = '2028-06-01', options: RoutingOptions = {}): ScenarioNetwork {
  return buildScenarioNetwork(dataset, resolveScenario(dataset, { date }, TODAY), options)
}

const pairs = (n: number) => fc.tuple(fc.nat(n - 1), fc.nat(n - 1))

describe('routing properties', () => {
  it('P1/P2: every leg is an open link in its allowed direction, legs chain from start to end, and the total is their sum', () => {
    fc.assert(
      fc.property(
        randomNetwork(2, 10, 25),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<RoutingOptions['modes']>(['road'], ['road', 'waterway'], undefined),
        (net, a, b, modes) => {
          const dataset = datasetOf(net)
          const network = networkFor(dataset, '2028-06-01', modes ? { modes } : {})
          const s = network.placeIds[a % net.nodes]!,
            t = network.placeIds[b % net.nodes]!
          const route = findRoute(network, s, t)
          if (!route.reachable) return
          const open = new Set(openLinks(network).map((l) => l.link.id))
          let at = s
          for (const leg of route.legs) {
            expect(open.has(leg.link)).toBe(true)
            const link = dataset.linkById.get(leg.link)!
            expect(network.options.modes).toContain(link.mode)
            expect(link.project === null || network.scenario.openProjects.includes(link.project)).toBe(true)
            expect(leg.from).toBe(at)
            if (leg.kind === 'travel') {
              expect([link.from, link.to]).toContain(leg.from)
              if (link.oneway) expect(leg.from).toBe(link.from)
              at = leg.to
            }
          }
          expect(at).toBe(t)
          expect(route.places[0]).toBe(s)
          expect(route.places.at(-1)).toBe(t)
          expect(
            close(
              route.minutes,
              route.legs.reduce((sum, l) => sum + l.minutes, 0),
            ),
          ).toBe(true)
          expect(
            close(
              route.km,
              route.legs.reduce((sum, l) => sum + l.km, 0),
            ),
          ).toBe(true)
        },
      ),
      RUNS,
    )
  })

  it('P3: the cost equals brute force over all simple paths (up to 8 places)', () => {
    fc.assert(
      fc.property(
        randomNetwork(2, 8, 14),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<'time' | 'distance'>('time', 'distance'),
        (net, a, b, optimize) => {
          const network = networkFor(datasetOf(net), '2028-06-01', { optimize })
          const s = a % net.nodes,
            t = b % net.nodes
          const route = findRoute(network, network.placeIds[s]!, network.placeIds[t]!)
          const best = bruteForceCost(network, s, t)
          if (best === Infinity) expect(route.reachable).toBe(false)
          else {
            expect(route.reachable).toBe(true)
            if (route.reachable) expect(close(optimize === 'time' ? route.minutes : route.km, best)).toBe(true)
          }
        },
      ),
      RUNS,
    )
  })

  it('P3: the travel matrix equals Floyd–Warshall (up to 40 places), and agrees with route for every pair', () => {
    fc.assert(
      fc.property(randomNetwork(2, 40, 90), (net) => {
        const network = networkFor(datasetOf(net))
        const fw = floydWarshall(network)
        const m = travelMatrix(network, network.placeIds)
        for (let i = 0; i < net.nodes; i++)
          for (let j = 0; j < net.nodes; j++) {
            const got = m.minutes[i]![j]!
            if (fw[i]![j] === Infinity) expect(got).toBeNull()
            else expect(close(got!, fw[i]![j]!)).toBe(true)
          }
        for (let k = 0; k < 5; k++) {
          const i = k % net.nodes,
            j = (k * 7) % net.nodes
          const r = findRoute(network, network.placeIds[i]!, network.placeIds[j]!)
          const cell = m.minutes[i]![j]!
          if (cell === null) expect(r.reachable).toBe(false)
          else expect(r.reachable && close(r.minutes, cell)).toBe(true)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('P4: "no route" exactly when breadth-first search cannot reach the target', () => {
    fc.assert(
      fc.property(randomNetwork(2, 12, 12), pairs(12), (net, [a, b]) => {
        const network = networkFor(datasetOf(net))
        const s = a % net.nodes,
          t = b % net.nodes
        const route = findRoute(network, network.placeIds[s]!, network.placeIds[t]!)
        expect(route.reachable).toBe(reachableByBfs(network, s).has(t))
        if (!route.reachable) expect(route.reason.length).toBeGreaterThan(10)
      }),
      RUNS,
    )
  })

  it('P5: triangle inequality; with two-way links only, A→B equals B→A', () => {
    fc.assert(
      fc.property(
        randomNetwork(3, 12, 24, { oneway: false }),
        fc.tuple(fc.nat(), fc.nat(), fc.nat()),
        (net, [x, y, z]) => {
          const network = networkFor(datasetOf(net))
          const [a, b, c] = [x, y, z].map((i) => network.placeIds[i % net.nodes]!) as unknown as [
            string,
            string,
            string,
          ]
          const d = (p: string, q: string) => {
            const r = findRoute(network, p, q)
            return r.reachable ? r.minutes : Infinity
          }
          expect(d(a, c)).toBeLessThanOrEqual(d(a, b) + d(b, c) + 1e-9)
          const ab = d(a, b),
            ba = d(b, a)
          expect(ab === ba || close(ab, ba)).toBe(true)
        },
      ),
      RUNS,
    )
  })

  it('P6: opening a project, or a later date, never makes any trip slower', () => {
    fc.assert(
      fc.property(
        randomNetwork(2, 10, 20),
        fc.integer({ min: 2023, max: 2032 }),
        fc.integer({ min: 0, max: 4 }),
        fc.nat(2),
        (net, year, later, extra) => {
          const dataset = datasetOf(net)
          const before = buildScenarioNetwork(dataset, resolveScenario(dataset, { date: `${year}-06-01` }, TODAY))
          const afterDate = buildScenarioNetwork(
            dataset,
            resolveScenario(dataset, { date: `${year + later}-06-01` }, TODAY),
          )
          const project = dataset.projects[extra % Math.max(1, dataset.projects.length)]
          const withExtra = project
            ? buildScenarioNetwork(
                dataset,
                resolveScenario(dataset, { date: `${year}-06-01`, with: [project.id] }, TODAY),
              )
            : before
          const fb = floydWarshall(before),
            fa = floydWarshall(afterDate),
            fx = floydWarshall(withExtra)
          for (let i = 0; i < net.nodes; i++)
            for (let j = 0; j < net.nodes; j++) {
              expect(fa[i]![j]!).toBeLessThanOrEqual(fb[i]![j]! + 1e-9)
              expect(fx[i]![j]!).toBeLessThanOrEqual(fb[i]![j]! + 1e-9)
            }
        },
      ),
      RUNS,
    )
  })

  it('P7: shuffling places and links changes nothing, and every prefix of a best route is a best route', () => {
    fc.assert(
      fc.property(
        randomNetwork(2, 10, 22).chain((net) =>
          fc.record({
            net: fc.constant(net),
            places: fc.shuffledSubarray([...Array(net.nodes).keys()], { minLength: net.nodes }),
            links: fc.shuffledSubarray([...net.links.keys()], { minLength: net.links.length }),
          }),
        ),
        fc.nat(),
        fc.nat(),
        ({ net, places, links }, a, b) => {
          const s = `p${a % net.nodes}`,
            t = `p${b % net.nodes}`
          const one = findRoute(networkFor(datasetOf(net)), s, t)
          const two = findRoute(networkFor(datasetOf(net, { places, links })), s, t)
          expect(JSON.stringify(two.reachable ? two.legs : two.reason)).toBe(
            JSON.stringify(one.reachable ? one.legs : one.reason),
          )
          if (!one.reachable) return
          const network = networkFor(datasetOf(net))
          let sum = 0
          for (const leg of one.legs) {
            sum += leg.minutes
            if (leg.kind !== 'travel') continue
            const prefix = findRoute(network, s, leg.to)
            expect(prefix.reachable && close(prefix.minutes, sum)).toBe(true)
          }
        },
      ),
      RUNS,
    )
  })

  it('agrees with graphology-shortest-path on the cost of the best route', () => {
    fc.assert(
      fc.property(randomNetwork(2, 20, 40), fc.nat(), fc.nat(), (net, a, b) => {
        const network = networkFor(datasetOf(net))
        const graph = new DirectedGraph<Record<string, never>, { cost: number }>()
        for (const id of network.placeIds) graph.addNode(id)
        for (const arc of arcsOf(network)) {
          const [u, v] = [network.placeIds[arc.from]!, network.placeIds[arc.to]!]
          const edge = graph.edge(u, v)
          if (edge === undefined) graph.addEdge(u, v, { cost: arc.cost })
          else if (arc.cost < graph.getEdgeAttribute(edge, 'cost')) graph.setEdgeAttribute(edge, 'cost', arc.cost)
        }
        const s = network.placeIds[a % net.nodes]!,
          t = network.placeIds[b % net.nodes]!
        const path = bidirectional(graph, s, t, (_e, attr) => attr.cost) as string[] | null
        const route = findRoute(network, s, t)
        if (path === null) {
          expect(route.reachable).toBe(false)
          return
        }
        let cost = 0
        for (let i = 0; i + 1 < path.length; i++)
          cost += graph.getEdgeAttribute(graph.edge(path[i]!, path[i + 1]!)!, 'cost')
        expect(route.reachable && close(route.minutes, cost)).toBe(true)
      }),
      RUNS,
    )
  })

  it('reach lists exactly the places within the budget, with their best minutes', () => {
    fc.assert(
      fc.property(randomNetwork(2, 15, 30), fc.nat(), fc.integer({ min: 1, max: 150 }), (net, a, budget) => {
        const network = networkFor(datasetOf(net))
        const s = a % net.nodes
        const fw = floydWarshall(network)
        const got = reachWithin(network, network.placeIds[s]!, budget)
        const want = network.placeIds.filter((_id, j) => j !== s && fw[s]![j]! <= budget)
        expect(got.map((r) => r.place).sort()).toEqual([...want].sort())
        for (const r of got) expect(close(r.minutes, fw[s]![network.indexOf.get(r.place)!]!)).toBe(true)
      }),
      RUNS,
    )
  })
})
