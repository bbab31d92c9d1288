/**
 * Critical links
 * ==============
 * Which links, if closed (a flood, the one-lane Cẩm Lý bridge under repair), cost the most: trips
 * made slower and by how much, and trips cut off altogether. Only links on some best route between
 * the compared places can change anything (closing any other leaves every best route in place), so
 * only those are closed, one at a time. Tests check this against closing every link.
 */
import type { LinkId, PlaceId } from '../model/ids.ts'
import type { ScenarioNetwork } from '../routing/scenario-network.ts'
import { travelMatrix } from '../routing/travel-matrix.ts'
import { searchFrom, targetSet } from '../routing/shortest-paths.ts'
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
  const used = new Set<number>()
  const indices = places.map((p) => network.indexOf.get(p)).filter((i): i is number => i !== undefined)
  const targets = targetSet(network.placeIds.length, indices)
  for (const s of indices) {
    const tree = searchFrom(network, s, { targets })
    for (const t of indices)
      for (let v = t; v !== s && tree.viaArc[v]! >= 0;) {
        const a = tree.viaArc[v]!
        used.add(network.arcLink[a]!)
        v = tree.arcSource[a]!
      }
  }
  return used
}

/** Every link whose closure changes a trip between `places`, most damaging first. */
export function criticalLinks(network: ScenarioNetwork, places: readonly PlaceId[], worstLimit = 3): CriticalLink[] {
  const unique = [...new Set(places)]
  const base = travelMatrix(network, unique)
  const out: CriticalLink[] = []
  for (const index of [...linksOnBestRoutes(network, unique)].sort((a, b) => a - b)) {
    const closed = travelMatrix(closeLinkIndices(network, new Set([index])), unique)
    const { pairs, summary } = pairChanges(network.dataset, base, closed, 'changed')
    if (isUnchanged(summary)) continue
    out.push({
      link: network.topology.links[index]!.id,
      summary,
      worst: pairs.filter((p) => p.kind === 'disconnected' || p.kind === 'slower').slice(0, worstLimit),
    })
  }
  return out.sort(
    (x, y) =>
      y.summary.disconnected - x.summary.disconnected ||
      y.summary.minutesLostOnSlower - x.summary.minutesLostOnSlower ||
      (x.link < y.link ? -1 : 1),
  )
}
