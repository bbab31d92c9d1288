/**
 * Closure effects
 * ===============
 * What closing one link can do, found without searching the matrix again (for `critical-links.ts`):
 * at most how much it can cost the trips that cross it (the detour around each arc they use), and
 * whether it splits the network in two (then each side keeps its routes and the trips across are cut
 * off).
 */
import type { ScenarioNetwork } from '../routing/scenario-network.ts'
import { arcSources } from '../routing/shortest-paths.ts'
import { MinHeap } from '../routing/min-heap.ts'

/** How the best routes between the places use a link: the rows that cross it, trips per arc. */
export interface LinkUse {
  /** Rows (positions in the places) with a route over the link. */
  readonly rows: Set<number>
  /** Trips (ordered pairs) over each of the link's arcs. */
  readonly tripsByArc: Map<number, number>
}

/** At most how many trips a closure cuts off, and how many minutes it adds to the others. */
export interface DamageBound {
  readonly disconnected: number
  readonly minutes: number
}

/**
 * The bound on closing `link`: for each arc u → v of it that trips use, the cheapest way from u to v
 * without the link (a link with a walk beside it is walked, never cut). A pair's minutes are the mean
 * of its two directions (`pairMinutes`), so a trip's detour counts half. Minutes only mean something
 * when the search minimises minutes; by km, every link gets the loosest bound and is measured.
 */
export function damageBound(network: ScenarioNetwork, link: number, use: LinkUse): DamageBound {
  if (network.options.optimize !== 'time') return { disconnected: Infinity, minutes: Infinity }
  const walk = network.topology.links[link]!.walkMinutes
  let disconnected = 0,
    minutes = 0
  for (const [arc, trips] of use.tripsByArc) {
    const cost = network.arcCost[arc]!
    const around = walk !== undefined ? walk : detour(network, arcSources(network)[arc]!, network.arcTarget[arc]!, link)
    if (around === Infinity) {
      disconnected += trips
      minutes = Infinity
    } else minutes += (trips * Math.max(0, around - cost)) / 2
  }
  return { disconnected, minutes }
}

const detourHeap = new MinHeap()

/** The cheapest way from `from` to `to` that does not take `link` (Infinity when there is none). */
function detour(network: ScenarioNetwork, from: number, to: number, link: number): number {
  const { arcStart, arcTarget, arcCost, arcLink } = network
  const best = new Map<number, number>([[from, 0]])
  const heap = detourHeap
  heap.size = 0
  heap.push(0, from)
  while (heap.size > 0) {
    const key = heap.topKey,
      u = heap.topNode
    heap.pop()
    if (key > best.get(u)!) continue
    if (u === to) return key
    for (let a = arcStart[u]!, end = arcStart[u + 1]!; a < end; a++) {
      if (arcLink[a] === link) continue
      const next = key + arcCost[a]!
      const v = arcTarget[a]!
      if (next < (best.get(v) ?? Infinity)) {
        best.set(v, next)
        heap.push(next, v)
      }
    }
  }
  return Infinity
}

/**
 * When the closed link's two ends can no longer reach each other, nor any place in common: the places
 * each end reaches (a flag per place). Then a row from a place one end reaches needs no search: a
 * place that end reaches keeps its route (a route of the open network crossing the link would run
 * from a place of one side to a place of the other), and every other place is cut off. Null when the
 * link is walked rather than closed, or the network does not split.
 */
export function splitBy(closed: ScenarioNetwork, link: number): readonly [Uint8Array, Uint8Array] | null {
  if (closed.linkOpen[link]) return null
  const { from, to } = closed.topology.links[link]!
  const a = closed.indexOf.get(from)!,
    b = closed.indexOf.get(to)!
  const fromA = reachedFrom(closed, a, b)
  const fromB = fromA && reachedFrom(closed, b, a)
  if (!fromA || !fromB) return null
  for (let i = 0; i < fromA.length; i++) if (fromA[i] && fromB[i]) return null
  return [fromA, fromB]
}

/** The places `start` reaches over open arcs (a flag per place), or null once it reaches `other`. */
function reachedFrom(network: ScenarioNetwork, start: number, other: number): Uint8Array | null {
  const { arcStart, arcTarget, arcCost } = network
  const seen = new Uint8Array(network.placeIds.length)
  const stack = [start]
  seen[start] = 1
  while (stack.length > 0) {
    const u = stack.pop()!
    for (let a = arcStart[u]!, end = arcStart[u + 1]!; a < end; a++) {
      const v = arcTarget[a]!
      if (seen[v] || arcCost[a] === Infinity) continue
      if (v === other) return null
      seen[v] = 1
      stack.push(v)
    }
  }
  return seen
}
