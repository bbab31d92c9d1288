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
import { searchFrom, targetSet } from '../routing/shortest-paths.ts'
import { damageBound, splitBy, type DamageBound, type LinkUse } from './closure-effects.ts'
import { matrixRowsResult, matrixTask, RowSearcher, tableRow } from '../routing/matrix-rows.ts'
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
    minutes[r] = tableRow(scratch.minutes, r, size)
    km[r] = tableRow(scratch.km, r, size)
    driving[r] = tableRow(scratch.driving, r, size)
  }
  return { places: base.places, minutes, km, drivingMinutes: driving }
}
