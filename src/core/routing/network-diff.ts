/**
 * Network difference
 * ==================
 * What one compiled network adds to another built from the same dataset: the arcs that are new or
 * changed. When `after` only adds or improves arcs, a search from a source can change only if one of
 * those arcs gets it somewhere no later than before (the Bellman condition), so a comparison can skip
 * every source for which no added arc helps: `searchMayChange`.
 */
import type { ScenarioNetwork } from './scenario-network.ts'
import { searchFrom, type SearchTree } from './shortest-paths.ts'
import { MinHeap } from './min-heap.ts'

/** An arc of `after` that `before` lacks or has with other figures. */
export interface AddedArc {
  readonly from: number
  readonly to: number
  readonly cost: number
}

/**
 * The arcs `after` adds to `before` (new, or with any figure changed), or null when `after` is not a
 * pure addition: it closes an arc of `before`, or has one at a higher cost. Both networks must share
 * a topology (the same dataset, profile and modes); otherwise null.
 */
export function addedArcs(before: ScenarioNetwork, after: ScenarioNetwork): AddedArc[] | null {
  if (before.topology !== after.topology) return null
  const { arcStart, arcTarget, arcLink } = before.topology
  const added: AddedArc[] = []
  for (let u = 0; u + 1 < arcStart.length; u++)
    for (let a = arcStart[u]!; a < arcStart[u + 1]!; a++) {
      const was = before.arcCost[a]!,
        now = after.arcCost[a]!
      if (now > was) return null
      if (now === Infinity) continue
      const li = arcLink[a]!
      if (
        now === was &&
        before.linkOpen[li] === after.linkOpen[li] &&
        before.linkTravelMinutes[li] === after.linkTravelMinutes[li] &&
        before.linkWaitMinutes[li] === after.linkWaitMinutes[li]
      )
        continue
      added.push({ from: u, to: arcTarget[a]!, cost: now })
    }
  return added
}

/**
 * Flags, by arc, of the arcs `after` closes, makes costlier or changes otherwise (the split between
 * travel and wait), or null when `after` also improves some arc of `before` (not a pure removal) or
 * the two do not share a topology. A search of `before` whose paths use no flagged arc is also a
 * search of `after`: removing arcs a tree does not use leaves it the best.
 */
export function worsenedArcs(before: ScenarioNetwork, after: ScenarioNetwork): Uint8Array | null {
  if (before.topology !== after.topology) return null
  const { arcLink } = before.topology
  const flags = new Uint8Array(arcLink.length)
  for (let a = 0; a < flags.length; a++) {
    const was = before.arcCost[a]!,
      now = after.arcCost[a]!
    if (now < was) return null
    if (was === Infinity) continue
    const li = arcLink[a]!
    if (
      now > was ||
      before.linkTravelMinutes[li] !== after.linkTravelMinutes[li] ||
      before.linkWaitMinutes[li] !== after.linkWaitMinutes[li]
    )
      flags[a] = 1
  }
  return flags
}

/** True when the tree's paths to every one of `targets` avoid the flagged arcs. */
export function pathsAvoid(tree: SearchTree, flags: Uint8Array, targets: readonly number[]): boolean {
  const uses = new Uint8Array(tree.cost.length)
  for (let k = 0; k < tree.order.length; k++) {
    const v = tree.order[k]!
    if (v === tree.source) continue
    const a = tree.viaArc[v]!
    uses[v] = uses[tree.arcSource[a]!]! | flags[a]!
  }
  return targets.every((t) => !uses[t])
}

const decreaseHeap = new MinHeap()
let scratchCosts = new Float64Array(0)

/** Keeps a full search from its source (a matrix's searches, so diffs need not redo them). */
export function rememberSearch(network: ScenarioNetwork, tree: SearchTree): void {
  ;(network.memo.trees ??= new Map()).set(tree.source, tree)
}

/** The full search from `source` (kept per network). */
export function fullSearchFrom(network: ScenarioNetwork, source: number): SearchTree {
  const bySource = (network.memo.trees ??= new Map())
  let tree = bySource.get(source)
  if (!tree) bySource.set(source, (tree = searchFrom(network, source)))
  return tree
}

/** Costs from `source` to every place (a full search, kept per network). */
export function distancesFrom(network: ScenarioNetwork, source: number): Float64Array {
  return fullSearchFrom(network, source).cost
}

/**
 * False when the searches from `source` find every place of `targets` exactly as in `before` once
 * `added` is laid on it (the arcs another network adds: `addedArcs`). Starting from `before`'s costs,
 * only what the added arcs improve is propagated, over `before`'s arcs and the added ones (a decrease
 * update of Dijkstra's algorithm); it answers true as soon as a target improves or any place is
 * reached at an equal cost another way (a tie could change the chosen route).
 */
export function searchMayChange(
  before: ScenarioNetwork,
  added: AddedArcs,
  source: number,
  targets: Uint8Array,
): boolean {
  const known = distancesFrom(before, source)
  // The costs being lowered: a scratch copy, reused by every call (a new one per row was most of the
  // garbage project impacts made).
  if (scratchCosts.length < known.length) scratchCosts = new Float64Array(known.length)
  const d = scratchCosts
  d.set(known)
  // One heap serves every call (no search runs while it is in use).
  const heap = decreaseHeap
  heap.size = 0
  for (const arc of added.list) if (offer(d, heap, targets, arc.to, d[arc.from]! + arc.cost)) return true
  while (heap.size > 0) {
    const key = heap.topKey,
      u = heap.topNode
    heap.pop()
    if (key > d[u]!) continue
    for (let a = before.arcStart[u]!; a < before.arcStart[u + 1]!; a++)
      if (offer(d, heap, targets, before.arcTarget[a]!, key + before.arcCost[a]!)) return true
    const from = added.from.get(u)
    if (from) for (const arc of from) if (offer(d, heap, targets, arc.to, key + arc.cost)) return true
  }
  return false
}

/**
 * Offers `via` as the cost of `v` in a decrease update: true when it improves a target or ties with
 * the known cost (either may change a route), else lowers and queues `v` if it improves it.
 */
function offer(d: Float64Array, heap: MinHeap, targets: Uint8Array, v: number, via: number): boolean {
  const best = d[v]!
  if (via === Infinity) return false
  const eps = 1e-9 * Math.max(1, Math.abs(best))
  if (best === Infinity || via < best - eps) {
    if (targets[v]) return true
    d[v] = via
    heap.push(via, v)
    return false
  }
  return via <= best + eps
}

/** Added arcs, as a list and by their source place. */
export interface AddedArcs {
  readonly list: readonly AddedArc[]
  readonly from: ReadonlyMap<number, readonly AddedArc[]>
}

export function indexAdded(list: readonly AddedArc[]): AddedArcs {
  const from = new Map<number, AddedArc[]>()
  for (const arc of list) {
    const at = from.get(arc.from)
    if (at) at.push(arc)
    else from.set(arc.from, [arc])
  }
  return { list, from }
}

/**
 * True when searches from every one of `sources` find the same routes with `added` laid on `before`
 * as without: no added arc helps any of them, or reaches anything at a tie.
 */
export function addedChangesNothing(before: ScenarioNetwork, added: AddedArcs, sources: readonly number[]): boolean {
  if (added.list.length === 0) return true
  const targets = new Uint8Array(before.placeIds.length)
  for (const s of sources) targets[s] = 1
  return !sources.some((s) => searchMayChange(before, added, s, targets))
}

/**
 * True when searches from every one of `sources` find the same routes in `after` as in `before` (so
 * travel matrices over them are equal): `after` only adds arcs, and none of them helps any source.
 */
export function sameSearches(before: ScenarioNetwork, after: ScenarioNetwork, sources: readonly number[]): boolean {
  const added = addedArcs(before, after)
  return added !== null && addedChangesNothing(before, indexAdded(added), sources)
}
