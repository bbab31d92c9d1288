/**
 * Shortest paths
 * ==============
 * Dijkstra's algorithm on a compiled scenario network: with a binary heap over typed arrays, or on a
 * large network whose arcs allow it, with Dial's bucket queue (`bucket-queue.ts`), which gives the
 * same tree at about half the cost.
 *
 * Tie rule (documented in docs/decisions/0002-routing.md): among paths of equal cost, each place is
 * reached by the arc whose link id sorts first, then from the place whose id sorts first (its
 * `placeRank`). Links are compiled in id order and places along a curve over their coordinates, so
 * the answer does not depend on the order of the input file.
 */
import type { ScenarioNetwork } from './scenario-network.ts'
import { BucketQueue, bucketsFor, bucketsPay, type BucketShape } from './bucket-queue.ts'
import { MinHeap } from './min-heap.ts'

/**
 * What a search reads of a network: its arcs, their costs and the places' ranks for the tie rule (a
 * `ScenarioNetwork`, or a matrix task's copies of its arrays in another thread).
 */
export type SearchGraph = Pick<ScenarioNetwork, 'arcStart' | 'arcTarget' | 'arcLink' | 'arcCost' | 'placeRank'>

/** Places a search stops at once it has settled them all: a flag per place and how many are set. */
export interface TargetSet {
  readonly flags: Uint8Array
  readonly count: number
}

/** The target set of `places` (indices; repeats count once) on a network of `placeCount` places. */
export function targetSet(placeCount: number, places: Iterable<number>): TargetSet {
  const flags = new Uint8Array(placeCount)
  let count = 0
  for (const p of places)
    if (flags[p] === 0) {
      flags[p] = 1
      count++
    }
  return { flags, count }
}

/** Costs closer than this (relative) count as equal. */
const TIE_EPSILON = 1e-9

/** Result of a search from one source: `cost[i]` (Infinity when unreached) and the arc into i (-1 for none). */
export interface SearchTree {
  readonly source: number
  readonly cost: Float64Array
  readonly viaArc: Int32Array
  /** Arcs' source nodes, to walk the tree back. */
  readonly arcSource: Int32Array
  /** Places settled by the search. */
  readonly settled: number
  /** The settled places in the order they were settled (a parent always before its children). */
  readonly order: Int32Array
  /** 1 for each settled place (kept for a later search that reuses the tree's arrays). */
  readonly settledFlags: Uint8Array
}

const sharedHeap = new MinHeap()
const sharedBuckets = new BucketQueue()

/** From this many places on, a search uses buckets where the network's arcs allow. */
export const BUCKET_QUEUE_MIN_PLACES = 5000

const shapeCache = new WeakMap<Float64Array, { shape: BucketShape | null; pays: boolean }>()

/**
 * The queue for a search of `network`: buckets on a large network where they apply and pay, else the
 * heap; `choice` forces one (tests: buckets wherever they apply). The shape is computed once per set
 * of arc costs (a scenario's, or a reversed network's for landmarks; a network's costs never change
 * once it is built).
 */
function queueFor(network: SearchGraph, choice: 'heap' | 'buckets' | undefined): MinHeap | BucketQueue {
  const shape =
    choice === 'heap' || (choice === undefined && network.placeRank.length < BUCKET_QUEUE_MIN_PLACES)
      ? null
      : bucketShapeOf(network.arcCost, choice === 'buckets')
  if (shape) {
    sharedBuckets.reset(shape)
    return sharedBuckets
  }
  sharedHeap.size = 0
  return sharedHeap
}

/** The buckets' shape for these arc costs, where they apply (and pay, unless `forced`); cached. */
function bucketShapeOf(arcCost: Float64Array, forced: boolean): BucketShape | null {
  let known = shapeCache.get(arcCost)
  if (known === undefined) {
    const shape = bucketsFor(arcCost)
    shapeCache.set(arcCost, (known = { shape, pays: shape !== null && bucketsPay(arcCost, shape) }))
  }
  return forced || known.pays ? known.shape : null
}

const arcSourceCache = new WeakMap<Int32Array, Int32Array>()

/**
 * Source node of every arc, computed once per adjacency: keyed by `arcStart`, which every scenario of a
 * topology shares (a reversed network for landmarks has its own).
 */
export function arcSources(network: Pick<SearchGraph, 'arcStart' | 'arcTarget'>): Int32Array {
  const { arcStart } = network
  let sources = arcSourceCache.get(arcStart)
  if (!sources) {
    sources = new Int32Array(network.arcTarget.length)
    for (let i = 0; i + 1 < arcStart.length; i++) sources.fill(i, arcStart[i], arcStart[i + 1])
    arcSourceCache.set(arcStart, sources)
  }
  return sources
}

/**
 * Searches from `source`; stops once `target` (or every one of `targets`) is settled, or once costs
 * exceed `maxCost`. Unsettled places end with cost Infinity and no arc.
 * `reuse`, an earlier tree of the same network that the caller no longer needs, lends its arrays (a
 * matrix's rows on a large network would otherwise allocate megabytes per row).
 */
export function searchFrom(
  network: SearchGraph,
  source: number,
  options: {
    target?: number
    targets?: TargetSet
    maxCost?: number
    reuse?: SearchTree
    /** Forces the queue (for tests); by default buckets on a large network whose arcs allow. */
    queue?: 'heap' | 'buckets'
  } = {},
): SearchTree {
  const { arcStart, arcTarget, arcCost, arcLink, placeRank } = network
  const n = placeRank.length
  const sources = arcSources(network)
  const lent = options.reuse && options.reuse.cost.length === n ? options.reuse : null
  // A new tree's four arrays share one buffer: one allocation (and one thing to free) instead of four,
  // which is most of what a search costs on a small network.
  const block = lent ? null : new ArrayBuffer(n * 16 + n)
  const cost = lent ? lent.cost.fill(Infinity) : new Float64Array(block!, 0, n).fill(Infinity)
  const viaArc = lent ? lent.viaArc.fill(-1) : new Int32Array(block!, n * 8, n).fill(-1)
  const order = lent ? new Int32Array(lent.order.buffer, lent.order.byteOffset, n) : new Int32Array(block!, n * 12, n)
  const done = lent ? lent.settledFlags.fill(0) : new Uint8Array(block!, n * 16, n)
  const maxCost = options.maxCost ?? Infinity
  const target = options.target ?? -1
  // One queue of each kind serves every search (searches never nest); they only grow.
  const queue = queueFor(network, options.queue)
  cost[source] = 0
  queue.push(0, source)
  let settled = 0
  // A flag per place: a lookup in a set for every place settled was a tenth of a search.
  const targetFlags = options.targets?.flags
  let targetsLeft = options.targets?.count ?? -1
  // A place's first entry out of the queue is at its final cost (an entry it left behind when its cost
  // dropped comes out later, once it is settled), so the cost is read from `cost`.
  search: for (let count = queue.nextBatch(); count > 0; count = queue.nextBatch()) {
    const batch = queue.batch
    for (let i = count - 1; i >= 0; i--) {
      const u = batch[i]!
      if (done[u]) continue
      const key = cost[u]!
      if (key > maxCost) continue
      done[u] = 1
      order[settled++] = u
      if (u === target) break search
      if (targetsLeft > 0 && targetFlags![u] === 1 && --targetsLeft === 0) break search
      for (let a = arcStart[u]!, end = arcStart[u + 1]!; a < end; a++) {
        const v = arcTarget[a]!
        if (done[v]) continue
        const next = key + arcCost[a]!
        if (next === Infinity) continue
        const current = cost[v]!
        const slack = current === Infinity ? 0 : TIE_EPSILON * Math.max(1, current)
        if (next < current - slack) {
          cost[v] = next
          viaArc[v] = a
          queue.push(next, v)
        } else if (next <= current + slack) {
          const old = viaArc[v]!
          if (arcLink[a]! < arcLink[old]! || (arcLink[a] === arcLink[old] && placeRank[u]! < placeRank[sources[old]!]!))
            viaArc[v] = a
        }
      }
    }
    // A bucket's places come in any order: a search with a budget ends once none left can be in it.
    if (queue.floorKey > maxCost) break
  }
  // Tentative costs of unsettled nodes are not answers: clear them.
  for (let i = 0; i < n; i++)
    if (!done[i]) {
      cost[i] = Infinity
      viaArc[i] = -1
    }
  return { source, cost, viaArc, arcSource: sources, settled, order: order.subarray(0, settled), settledFlags: done }
}

/** The arcs from the tree's source to `target`, in travel order; null when unreached. */
export function arcsTo(tree: SearchTree, target: number): number[] | null {
  if (tree.cost[target] === Infinity) return null
  const arcs: number[] = []
  for (let v = target; v !== tree.source;) {
    const a = tree.viaArc[v]!
    arcs.push(a)
    v = tree.arcSource[a]!
  }
  return arcs.reverse()
}
