/**
 * Landmarks (A*, landmarks and the triangle inequality: "ALT")
 * =============================================================
 * A route between two places on a large network settles a small part of it when the search is
 * steered by lower bounds on the distance left. The bounds come from a few landmark places: with
 * d(L, ·) and d(·, L) known for a landmark L, d(v, t) ≥ d(L, t) − d(L, v) and d(v, t) ≥ d(v, L) − d(t, L).
 *
 * The landmark distances are computed once per topology (dataset, profile, modes) and measure
 * (minutes or km), on the most optimistic network of that topology: every link open, every upgrade
 * at its best. Any scenario's arc costs are at least those, so the bounds hold for every scenario,
 * and a step of the date slider costs nothing here. They are built lazily, for large networks only,
 * once a few routes have been asked (a one-off route on the command line does not pay for them).
 * Sixteen landmarks, as float32 in both directions: 128 bytes per place, once per topology; each
 * route uses the four that bound its trip best (measured: fewer places settled than with eight, and
 * cheaper bounds than with all sixteen).
 *
 * The search keeps the network's tie rule (`shortest-paths.ts`): it runs on until nothing left in
 * the queue can still tie with the target, and a place already settled still takes a tying arc that
 * sorts first, so every place on the route is reached as plain Dijkstra reaches it.
 */
import { profileMinutes } from './travel-profile.ts'
import type { NetworkTopology } from './network-topology.ts'
import type { ScenarioNetwork } from './scenario-network.ts'
import { searchFrom, arcSources } from './shortest-paths.ts'
import { MinHeap } from './min-heap.ts'

/** Below this many places a plain search is about as fast, and landmarks are never built. */
export const LANDMARK_MIN_PLACES = 20_000
/** Routes asked on one topology before its landmarks are built. */
const QUERIES_BEFORE_LANDMARKS = 2
const LANDMARK_COUNT = 16
const TIE_EPSILON = 1e-9
/** Float32 distances are rounded: bounds are lowered by this share of the distances they use. */
const ROUNDING = 2.5e-7

export interface Landmarks {
  readonly count: number
  /** `from[l * n + v]`: d(landmark l, v); Infinity when unreachable. */
  readonly from: Float32Array
  /** `to[l * n + v]`: d(v, landmark l). */
  readonly to: Float32Array
  /** The landmarks' places, for the record. */
  readonly places: Int32Array
}

interface Slot {
  queries: number
  landmarks: Landmarks | null
}

const slots = new WeakMap<NetworkTopology, Map<string, Slot>>()

/**
 * The landmarks for this network's topology and measure, or null while the network is small or few
 * routes have been asked (`force` builds them regardless, for tests and benchmarks).
 */
export function landmarksFor(network: ScenarioNetwork, force = false): Landmarks | null {
  const { topology } = network
  if (!force && topology.placeIds.length < LANDMARK_MIN_PLACES) return null
  let byMeasure = slots.get(topology)
  if (!byMeasure) slots.set(topology, (byMeasure = new Map()))
  const measure = network.options.optimize
  let slot = byMeasure.get(measure)
  if (!slot) byMeasure.set(measure, (slot = { queries: 0, landmarks: null }))
  if (slot.landmarks) return slot.landmarks
  if (!force && ++slot.queries <= QUERIES_BEFORE_LANDMARKS) return null
  slot.landmarks = buildLandmarks(network)
  return slot.landmarks
}

/** The lowest cost each arc can have in any scenario of the topology (every link open, best upgrade). */
function optimisticCosts(network: ScenarioNetwork): Float64Array {
  const { topology } = network
  const byTime = network.options.optimize === 'time'
  const linkCost = new Float64Array(topology.links.length)
  for (let i = 0; i < linkCost.length; i++)
    linkCost[i] = byTime ? topology.baseTravelMinutes[i]! + topology.baseWaitMinutes[i]! : topology.linkKm[i]!
  if (byTime)
    for (const [li, list] of topology.upgrades) {
      const link = topology.links[li]!
      for (const u of list) {
        const minutes = u.minutes ?? (u.speedKmh !== undefined ? (link.km / u.speedKmh) * 60 : link.minutes)
        const wait = (u.waitMinutes ?? link.waitMinutes ?? 0) + topology.serviceWaitMinutes[li]!
        linkCost[li] = Math.min(linkCost[li]!, profileMinutes(network.options.profile, link, link.km, minutes) + wait)
      }
    }
  const arcCost = new Float64Array(topology.arcLink.length)
  for (let a = 0; a < arcCost.length; a++) arcCost[a] = linkCost[topology.arcLink[a]!]!
  return arcCost
}

/** The same arcs reversed (arcs entering each place), as a network `searchFrom` can walk. */
function reversed(network: ScenarioNetwork, arcCost: Float64Array): ScenarioNetwork {
  const { arcStart, arcTarget, arcLink } = network.topology
  const n = arcStart.length - 1
  const sources = arcSources(network)
  const start = new Int32Array(n + 1)
  for (let a = 0; a < arcTarget.length; a++) start[arcTarget[a]! + 1]!++
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!
  const fill = start.slice(0, n)
  const target = new Int32Array(arcTarget.length),
    link = new Int32Array(arcTarget.length),
    cost = new Float64Array(arcTarget.length)
  for (let a = 0; a < arcTarget.length; a++) {
    const at = fill[arcTarget[a]!]!++
    target[at] = sources[a]!
    link[at] = arcLink[a]!
    cost[at] = arcCost[a]!
  }
  return { ...network, arcStart: start, arcTarget: target, arcLink: link, arcCost: cost, memo: {} }
}

function buildLandmarks(network: ScenarioNetwork): Landmarks {
  const n = network.placeIds.length
  const arcCost = optimisticCosts(network)
  const forward: ScenarioNetwork = { ...network, arcCost, memo: {} }
  const backward = reversed(network, arcCost)
  const count = Math.min(LANDMARK_COUNT, n)
  const from = new Float32Array(count * n),
    to = new Float32Array(count * n)
  const places = new Int32Array(count)
  // Farthest-first: each landmark is the place farthest (in either direction) from those chosen, so
  // they spread to the network's edges, where their bounds are tightest.
  const nearest = new Float64Array(n).fill(Infinity)
  let next = farthest(searchFrom(forward, 0).cost, 0)
  for (let l = 0; l < count; l++) {
    places[l] = next
    const out = searchFrom(forward, next).cost,
      back = searchFrom(backward, next).cost
    for (let v = 0; v < n; v++) {
      from[l * n + v] = out[v]!
      to[l * n + v] = back[v]!
      const d = Math.min(out[v]!, back[v]!)
      if (d < nearest[v]!) nearest[v] = d
    }
    next = farthest(nearest, next)
  }
  return { count, from, to, places }
}

/** The place with the largest finite value (ties to the lowest index); `fallback` when none. */
function farthest(values: Float64Array, fallback: number): number {
  let best = fallback,
    bestValue = -1
  for (let v = 0; v < values.length; v++) {
    const x = values[v]!
    if (x !== Infinity && x > bestValue) {
      bestValue = x
      best = v
    }
  }
  return best
}

/** A lower bound on d(v, t) from the landmarks `use` (Infinity when t cannot be reached from v). */
function bound(lm: Landmarks, use: Int32Array, n: number, v: number, t: number): number {
  let best = 0
  for (let k = 0; k < use.length; k++) {
    const o = use[k]! * n
    // d(v, t) ≥ d(L, t) − d(L, v), and d(v, t) ≥ d(v, L) − d(t, L).
    const b = Math.max(triangle(lm.from[o + t]!, lm.from[o + v]!), triangle(lm.to[o + v]!, lm.to[o + t]!))
    if (b === Infinity) return Infinity
    if (b > best) best = b
  }
  return best
}

/**
 * The lower bound `far − near` (lowered by the float32 rounding); Infinity when `far` is unreachable
 * and `near` is not (then v cannot reach t at all); 0 when either is unknown.
 */
function triangle(far: number, near: number): number {
  if (far === Infinity) return near === Infinity ? 0 : Infinity
  if (near === Infinity) return 0
  return far - near - ROUNDING * (far + near)
}

const ACTIVE_LANDMARKS = 4

/** The landmarks giving the largest bounds for the trip from `s` to `t`, best first. */
function activeLandmarks(lm: Landmarks, n: number, s: number, t: number): Int32Array {
  const one = new Int32Array(1)
  const score = Array.from({ length: lm.count }, (_, l) => {
    one[0] = l
    return bound(lm, one, n, s, t)
  })
  const ranked = score.map((_, l) => l).sort((a, b) => score[b]! - score[a]! || a - b)
  return Int32Array.from(ranked.slice(0, ACTIVE_LANDMARKS))
}

/** Reused per size, so a query allocates nothing in proportion to the network. */
interface Workspace {
  readonly cost: Float64Array
  readonly via: Int32Array
  readonly h: Float64Array
  /** Generation at which `cost`, `via` and `h` were set; `done` holds it once settled. */
  readonly seen: Uint32Array
  readonly done: Uint32Array
  generation: number
}

const workspaces = new Map<number, Workspace>()
const heap = new MinHeap()

function workspaceFor(n: number): Workspace {
  let w = workspaces.get(n)
  if (!w) {
    // One size kept: networks of one session share it.
    workspaces.clear()
    w = {
      cost: new Float64Array(n),
      via: new Int32Array(n),
      h: new Float64Array(n),
      seen: new Uint32Array(n),
      done: new Uint32Array(n),
      generation: 0,
    }
    workspaces.set(n, w)
  }
  if (++w.generation === 0xffffffff) {
    w.seen.fill(0)
    w.done.fill(0)
    w.generation = 1
  }
  return w
}

/**
 * The arcs of the best route from `s` to `t` by A* over the landmarks' bounds, in travel order, or
 * null when there is none. The route is the one `searchFrom` finds (same cost, same tie rule).
 */
export function landmarkRouteArcs(network: ScenarioNetwork, lm: Landmarks, s: number, t: number): number[] | null {
  const n = network.placeIds.length
  const { arcStart, arcTarget, arcCost, arcLink, placeRank } = network
  const sources = arcSources(network)
  const w = workspaceFor(n)
  const g = w.generation
  const { cost, via, h, seen, done } = w
  const reach = (v: number) => {
    if (seen[v] !== g) {
      seen[v] = g
      cost[v] = Infinity
      via[v] = -1
      h[v] = bound(lm, use, n, v, t)
    }
  }
  // The landmarks that bound this trip best; the others would cost a look-up per place for little.
  const use = activeLandmarks(lm, n, s, t)
  reach(s)
  if (h[s] === Infinity) return null
  cost[s] = 0
  heap.size = 0
  heap.push(h[s]!, s)
  let stopAt = Infinity
  while (heap.size > 0) {
    const key = heap.topKey,
      u = heap.topNode
    heap.pop()
    if (key > stopAt) break
    const gu = cost[u]!
    if (done[u] === g || key > gu + h[u]! + TIE_EPSILON * Math.max(1, key)) continue
    done[u] = g
    if (u === t) {
      // Places whose bound still ties with the target's cost may lie on an equal route: settle them.
      stopAt = gu + 2 * TIE_EPSILON * Math.max(1, gu)
      continue
    }
    for (let a = arcStart[u]!, end = arcStart[u + 1]!; a < end; a++) {
      const next = gu + arcCost[a]!
      if (next === Infinity) continue
      const v = arcTarget[a]!
      reach(v)
      if (h[v] === Infinity) continue
      const current = cost[v]!
      const slack = current === Infinity ? 0 : TIE_EPSILON * Math.max(1, current)
      if (next < current - slack) {
        cost[v] = next
        via[v] = a
        // Bounds rounded from float32 can be a hair inconsistent: a settled place found cheaper is
        // searched again.
        done[v] = 0
        heap.push(next + h[v]!, v)
      } else if (next <= current + slack) {
        const old = via[v]!
        if (arcLink[a]! < arcLink[old]! || (arcLink[a] === arcLink[old] && placeRank[u]! < placeRank[sources[old]!]!))
          via[v] = a
      }
    }
  }
  if (seen[t] !== g || cost[t] === Infinity) return null
  const arcs: number[] = []
  for (let v = t; v !== s;) {
    const a = via[v]!
    arcs.push(a)
    v = sources[a]!
  }
  return arcs.reverse()
}
