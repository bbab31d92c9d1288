/**
 * Critical links
 * ==============
 * Which links, if closed (a flood, the one-lane Cẩm Lý bridge under repair), cost the most: trips
 * made slower and by how much, and trips cut off altogether. Only links on some best route between
 * the compared places can change anything (closing any other leaves every best route in place), so
 * only those are closed, one at a time; and of a link's closure only the rows of the matrix whose
 * routes cross it are searched again (a row whose routes avoid the link keeps them: nothing gets
 * cheaper, and the arc the tie rule chose into each place stays the cheapest). Tests check this
 * against closing every link.
 *
 * On a province a few thousand links lie on best routes. Asked for the `top` most damaging only, the
 * links are measured in order of a bound on their damage and the measuring stops once no link left
 * can reach the list: a trip over the arc u → v loses at most the cheapest way from u to v without
 * the link, less the arc (the detour replaces the arc), and is cut off only when there is no such way.
 */
import type { LinkId, PlaceId } from '../model/ids.ts'
import type { ScenarioNetwork } from '../routing/scenario-network.ts'
import { travelMatrix, type TravelMatrix } from '../routing/travel-matrix.ts'
import { arcSources, MinHeap, searchFrom, targetSet } from '../routing/shortest-paths.ts'
import { matrixRowsResult, matrixTask, RowSearcher } from '../routing/matrix-rows.ts'
import { closeLinkIndices } from '../routing/close-links.ts'
import { isUnchanged, type ChangeSummary } from './change.ts'
import { pairChanges, type PairChange } from './compare-pairs.ts'

export interface CriticalLink {
  readonly link: LinkId
  /** Open network (before) against the network with this link closed (after): slower and disconnected trips. */
  readonly summary: ChangeSummary
  /** The trips hit hardest: cut off first, then the largest losses. */
  readonly worst: readonly PairChange[]
}

/** Indices (into `network.topology.links`) of the links on some best route between `places`. */
export function linksOnBestRoutes(network: ScenarioNetwork, places: readonly PlaceId[]): Set<number> {
  return new Set(routeUse(network, placeIndices(network, places)).keys())
}

function placeIndices(network: ScenarioNetwork, places: readonly PlaceId[]): number[] {
  return places.map((p) => network.indexOf.get(p)).filter((i): i is number => i !== undefined)
}

/** How the best routes between the places use a link: the rows that cross it, trips per arc. */
interface LinkUse {
  /** Rows (positions in the places) with a route over the link. */
  readonly rows: Set<number>
  /** Trips (ordered pairs) over each of the link's arcs. */
  readonly tripsByArc: Map<number, number>
}

/** Every link on a best route between the places (indices into the network), and how it is used. */
function routeUse(network: ScenarioNetwork, indices: readonly number[]): Map<number, LinkUse> {
  const use = new Map<number, LinkUse>()
  const targets = targetSet(network.placeIds.length, indices)
  indices.forEach((s, row) => {
    const tree = searchFrom(network, s, { targets })
    for (const t of indices)
      for (let v = t; v !== s && tree.viaArc[v]! >= 0;) {
        const a = tree.viaArc[v]!
        const link = network.arcLink[a]!
        let u = use.get(link)
        if (!u) use.set(link, (u = { rows: new Set(), tripsByArc: new Map() }))
        u.rows.add(row)
        u.tripsByArc.set(a, (u.tripsByArc.get(a) ?? 0) + 1)
        v = tree.arcSource[a]!
      }
  })
  return use
}

/** At most how many trips a closure cuts off, and how many minutes it adds to the others. */
interface DamageBound {
  readonly disconnected: number
  readonly minutes: number
}

/**
 * The bound on closing `link`: for each arc u → v of it that trips use, the cheapest way from u to v
 * without the link (a link with a walk beside it is walked, never cut). A pair's minutes are the mean
 * of its two directions (`pairMinutes`), so a trip's detour counts half. Minutes only mean something
 * when the search minimises minutes; by km, every link gets the loosest bound and is measured.
 */
function damageBound(network: ScenarioNetwork, link: number, use: LinkUse): DamageBound {
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

/** The order of the list: cut-off trips, then minutes lost, then link id. */
function before(x: CriticalLink, y: CriticalLink): number {
  return (
    y.summary.disconnected - x.summary.disconnected ||
    y.summary.minutesLostOnSlower - x.summary.minutesLostOnSlower ||
    (x.link < y.link ? -1 : 1)
  )
}

/** True when no link with this bound can come before `last` in the list. */
function cannotReach(bound: DamageBound, last: CriticalLink): boolean {
  const { disconnected, minutesLostOnSlower } = last.summary
  return (
    bound.disconnected < disconnected || (bound.disconnected === disconnected && bound.minutes < minutesLostOnSlower)
  )
}

/**
 * The links whose closure changes a trip between `places`, most damaging first: all of them, or the
 * first `top` (the same as the first `top` of all). `worst` trips hit hardest are kept per link.
 */
export function criticalLinks(
  network: ScenarioNetwork,
  places: readonly PlaceId[],
  options: { readonly top?: number; readonly worst?: number } = {},
): CriticalLink[] {
  const top = options.top ?? Infinity
  const worstLimit = options.worst ?? 3
  const unique = [...new Set(places)]
  const base = travelMatrix(network, unique)
  const indices = placeIndices(network, unique)
  const use = routeUse(network, indices)
  const candidates = [...use].map(([link, u]) => ({
    link,
    rows: u.rows,
    bound: top === Infinity ? null : damageBound(network, link, u),
  }))
  candidates.sort(
    (x, y) =>
      (y.bound?.disconnected ?? 0) - (x.bound?.disconnected ?? 0) ||
      (y.bound?.minutes ?? 0) - (x.bound?.minutes ?? 0) ||
      x.link - y.link,
  )
  const scratch = matrixRowsResult(indices.length)
  const out: CriticalLink[] = []
  for (const { link, rows, bound } of candidates) {
    if (bound && out.length >= top && cannotReach(bound, out[top - 1]!)) break
    const closedNetwork = closeLinkIndices(network, new Set([link]))
    // Only a closure that may cut trips off can split the network in two.
    const split = bound === null || bound.disconnected > 0 ? splitBy(closedNetwork, link) : null
    const closed = withRowsSearched(base, closedNetwork, indices, rows, scratch, split)
    const { pairs, summary } = pairChanges(network.dataset, base, closed, 'changed')
    if (isUnchanged(summary)) continue
    out.push({
      link: network.topology.links[link]!.id,
      summary,
      worst: pairs.filter((p) => p.kind === 'disconnected' || p.kind === 'slower').slice(0, worstLimit),
    })
    out.sort(before)
  }
  return out.slice(0, top)
}

/**
 * When the closed link's two ends can no longer reach each other, nor any place in common: the places
 * each end reaches (a flag per place). Then a row from a place one end reaches needs no search: a
 * place that end reaches keeps its route (a route of the open network crossing the link would run
 * from a place of one side to a place of the other), and every other place is cut off. Null when the
 * link is walked rather than closed, or the network does not split.
 */
function splitBy(closed: ScenarioNetwork, link: number): readonly [Uint8Array, Uint8Array] | null {
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

/**
 * `base` (a matrix over the places at `indices`) with the rows at `rows` searched again on `network`,
 * the others kept: for a network whose change cannot reach the other rows' routes. With `split`
 * (`splitBy`), a row from a place of either side is the base row cut to that side, without a search.
 */
function withRowsSearched(
  base: TravelMatrix,
  network: ScenarioNetwork,
  indices: readonly number[],
  rows: ReadonlySet<number>,
  scratch: ReturnType<typeof matrixRowsResult>,
  split: readonly [Uint8Array, Uint8Array] | null,
): TravelMatrix {
  const size = indices.length
  let searcher: RowSearcher | undefined
  const read = (table: Float64Array, r: number) =>
    Array.from(table.subarray(r * size, (r + 1) * size), (x) => (x === Infinity ? null : x))
  const minutes = [...base.minutes],
    km = [...base.km],
    driving = [...base.drivingMinutes]
  for (const r of rows) {
    const side = split?.find((reached) => reached[indices[r]!] === 1)
    if (side) {
      const cut = (row: ReadonlyArray<number | null>) => row.map((x, c) => (side[indices[c]!] ? x : null))
      minutes[r] = cut(base.minutes[r]!)
      km[r] = cut(base.km[r]!)
      driving[r] = cut(base.drivingMinutes[r]!)
      continue
    }
    ;(searcher ??= new RowSearcher(matrixTask(network, indices))).row(r, scratch)
    minutes[r] = read(scratch.minutes, r)
    km[r] = read(scratch.km, r)
    driving[r] = read(scratch.driving, r)
  }
  return { places: base.places, minutes, km, drivingMinutes: driving }
}
