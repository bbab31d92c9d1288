// Searches with Dial's buckets give the heap's tree: the same cost to every place (Floyd–Warshall's),
// the same arc into it under the tie rule, the same places settled within a budget, on random
// networks with one-way links, waits, projects, budgets and both measures, and on grids where many
// paths tie.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildScenarioNetwork, resolveScenario } from '../src/core/index.ts'
import { datasetOf, floydWarshall, randomNetwork, tiedGrid } from '../src/test-support/random-network.ts'
import { bucketsFor, bucketsPay, BucketQueue, MAX_BUCKETS } from '../src/core/routing/bucket-queue.ts'
import { arcsTo, searchFrom, targetSet } from '../src/core/routing/shortest-paths.ts'

const TODAY = '2026-11-28'

describe('bucket queue', () => {
  it('gives the tree the heap gives, and Floyd–Warshall’s costs', () => {
    fc.assert(
      fc.property(
        randomNetwork(2, 30, 80),
        fc.integer({ min: 2023, max: 2033 }),
        fc.constantFrom('time' as const, 'distance' as const),
        fc.option(fc.double({ min: 0, max: 400, noNaN: true }), { nil: undefined }),
        (net, year, optimize, maxCost) => {
          const d = datasetOf(net)
          const network = buildScenarioNetwork(d, resolveScenario(d, { date: `${year}-06-01` }, TODAY), { optimize })
          if (bucketsFor(network.arcCost) === null) return
          const fw = floydWarshall(network)
          for (let s = 0; s < net.nodes; s++) {
            const heap = searchFrom(network, s, { queue: 'heap', maxCost })
            const buckets = searchFrom(network, s, { queue: 'buckets', maxCost })
            expect(Array.from(buckets.viaArc)).toEqual(Array.from(heap.viaArc))
            expect(buckets.settled).toBe(heap.settled)
            for (let t = 0; t < net.nodes; t++) {
              const want = fw[s]![t]! <= (maxCost ?? Infinity) ? fw[s]![t]! : Infinity
              if (want === Infinity) expect(buckets.cost[t]).toBe(Infinity)
              else expect(buckets.cost[t]).toBeCloseTo(want, 9)
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('stops where the heap stops being needed: each target reached by the same arcs', () => {
    fc.assert(
      fc.property(
        randomNetwork(2, 30, 80),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (net, picks, from) => {
          const d = datasetOf(net)
          const network = buildScenarioNetwork(d, resolveScenario(d, { date: '2030-06-01' }, TODAY))
          if (bucketsFor(network.arcCost) === null) return
          const s = from % net.nodes
          const targets = new Set(picks.map((p) => p % net.nodes))
          const heap = searchFrom(network, s, { queue: 'heap' })
          const set = targetSet(network.placeRank.length, targets)
          const stops = targets.size === 1 ? [{ targets: set }, { target: [...targets][0]! }] : [{ targets: set }]
          for (const options of stops) {
            const buckets = searchFrom(network, s, { ...options, queue: 'buckets' })
            for (const t of targets) {
              expect(arcsTo(buckets, t)).toEqual(arcsTo(heap, t))
              expect(buckets.cost[t]).toBeCloseTo(heap.cost[t]!, 9)
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps the tie rule on grids where many paths cost the same', () => {
    fc.assert(
      fc.property(tiedGrid(), fc.constantFrom('2029-01-01', '2031-01-01'), (g, date) => {
        const d = datasetOf(g)
        const network = buildScenarioNetwork(d, resolveScenario(d, { date }, TODAY))
        for (let s = 0; s < g.nodes; s++) {
          const heap = searchFrom(network, s, { queue: 'heap' })
          const buckets = searchFrom(network, s, { queue: 'buckets' })
          expect(Array.from(buckets.viaArc)).toEqual(Array.from(heap.viaArc))
          expect(Array.from(buckets.cost)).toEqual(Array.from(heap.cost))
        }
      }),
      { numRuns: 200 },
    )
  })

  it('takes a shape only where every open arc costs something, none far below a typical one, and the ring stays small', () => {
    expect(bucketsFor(new Float64Array([2, 3, Infinity, 7]))).toEqual({ width: 1, buckets: 16 })
    expect(bucketsFor(new Float64Array([2, 0, 7]))).toBeNull()
    expect(bucketsFor(new Float64Array([Infinity, Infinity]))).toBeNull()
    // A typical arc of 10 minutes is 2,000 buckets of 0.005: searches would step through empty ones.
    const minutes = (n: number, value: number, ...others: number[]) =>
      new Float64Array([...Array<number>(n).fill(value), ...others])
    const tiny = minutes(100, 10, 0.01)
    expect(bucketsPay(tiny, bucketsFor(tiny)!)).toBe(false)
    const small = minutes(100, 10, 0.5)
    expect(bucketsFor(small)).toEqual({ width: 0.25, buckets: 64 })
    expect(bucketsPay(small, bucketsFor(small)!)).toBe(true)
    // Cheap arcs, one very long crossing: the ring is as large as it may be, and no larger.
    expect(bucketsFor(minutes(100, 1, (MAX_BUCKETS - 3) / 2))!.buckets).toBe(MAX_BUCKETS)
    expect(bucketsFor(minutes(100, 1, (MAX_BUCKETS - 2) / 2))).toBeNull()
  })

  it('hands out the lowest bucket first, all of it at once', () => {
    const queue = new BucketQueue()
    queue.reset({ width: 1, buckets: 8 })
    const keys = [0, 3.5, 2.2, 6.9, 2.7, 5, 3.1]
    keys.forEach((k, node) => queue.push(k, node))
    const out: number[] = []
    const taken = new Set<number>()
    const batches: number[] = []
    for (let count = queue.nextBatch(); count > 0; count = queue.nextBatch()) {
      batches.push(count)
      for (const node of queue.batch.subarray(0, count)) {
        out.push(Math.floor(keys[node]!))
        taken.add(node)
      }
      // Nothing left in the queue costs less than its floor.
      const left = keys.filter((_, other) => !taken.has(other))
      if (left.length > 0) expect(queue.floorKey).toBeLessThanOrEqual(Math.min(...left))
    }
    expect(out).toEqual([0, 2, 2, 3, 3, 5, 6])
    expect(batches).toEqual([1, 2, 2, 1, 1])
    expect(queue.floorKey).toBe(Infinity)
    expect(queue.nextBatch()).toBe(0)
  })
})

describe('bucket queue between searches', () => {
  it('starts each search empty, whatever the last one left in its buckets (ring wrapped or not)', () => {
    const shape = { width: 1, buckets: 8 }
    // What a search leaves, taken only in part: buckets round the whole ring, a run inside it, and a
    // run round its end into its start.
    for (const left of [
      [5, 9, 14, 19, 30],
      [0, 2.5, 6.5],
      [14, 15.5, 17.5],
    ]) {
      const queue = new BucketQueue()
      queue.reset(shape)
      for (const k of left) queue.push(k, 100 + k)
      queue.nextBatch()
      queue.reset(shape)
      const keys = [1.5, 4.2, 6.8, 7.5]
      keys.forEach((k, node) => queue.push(k, node))
      const out: number[] = []
      for (let count = queue.nextBatch(); count > 0; count = queue.nextBatch())
        out.push(...queue.batch.subarray(0, count))
      expect(out).toEqual([0, 1, 2, 3])
    }
  })
})
