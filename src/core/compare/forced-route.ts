/**
 * Forced route
 * ============
 * For a project that changes no trip: the trip it would serve best, travelled through the project's
 * links, against the best route without them. "The boat takes 1 h 35 against 1 h 09 by road" is this
 * answer read aloud. The trip chosen is the one where going through the project costs the least extra.
 */
import type { LinkId, PlaceId } from '../model/ids.ts'
import { openLinkAt, type ScenarioNetwork } from '../routing/scenario-network.ts'
import { arcSources } from '../routing/shortest-paths.ts'
import { distancesFrom } from '../routing/network-diff.ts'

export interface ForcedRoute {
  readonly from: PlaceId
  readonly to: PlaceId
  /** The project link travelled. */
  readonly link: LinkId
  /** Cost of the best route through the link, and of the best route overall, in `unit`. */
  readonly via: number
  readonly best: number
  readonly unit: 'minutes' | 'km'
  /** Waiting and boarding counted on the link itself (minutes; 0 for roads). */
  readonly linkWaitMinutes: number
  /** The service interval the wait assumes, when the link is a scheduled service. */
  readonly headwayMinutes: number | null
  /** True when the link's time, wait or service is our estimate. */
  readonly estimated: boolean
}

/**
 * Among ordered trips between `places`, the one whose best route through any of `links` exceeds its
 * best route by the least; null when no trip can use the links at all.
 */
export function slowerThanExisting(
  network: ScenarioNetwork,
  links: ReadonlySet<string>,
  places: readonly PlaceId[],
): ForcedRoute | null {
  const arcs: number[] = []
  for (let a = 0; a < network.arcTarget.length; a++)
    if (network.arcCost[a]! < Infinity && links.has(network.topology.links[network.arcLink[a]!]!.id)) arcs.push(a)
  if (arcs.length === 0) return null
  const sources = arcSources(network)
  // Ties go to the arc whose link id sorts first, then the one from the place whose id does.
  arcs.sort(
    (x, y) =>
      network.arcLink[x]! - network.arcLink[y]! || network.placeRank[sources[x]!]! - network.placeRank[sources[y]!]!,
  )
  const origins = places.map((p) => network.indexOf.get(p)).filter((i): i is number => i !== undefined)
  // Full searches, kept per network: a matrix on this network may have run them already.
  const dist = (i: number) => distancesFrom(network, i)
  let found: { a: number; b: number; arc: number; via: number; best: number } | null = null
  for (const a of origins)
    for (const b of origins) {
      if (a === b) continue
      const best = dist(a)[b]!
      if (best === Infinity) continue
      for (const arc of arcs) {
        const via = dist(a)[sources[arc]!]! + network.arcCost[arc]! + dist(network.arcTarget[arc]!)[b]!
        if (via === Infinity) continue
        if (
          !found ||
          via - best < found.via - found.best - 1e-9 ||
          (Math.abs(via - best - (found.via - found.best)) <= 1e-9 && via < found.via - 1e-9)
        )
          found = { a, b, arc, via, best }
      }
    }
  if (!found) return null
  const open = openLinkAt(network, network.arcLink[found.arc]!)
  return {
    from: network.placeIds[found.a]!,
    to: network.placeIds[found.b]!,
    link: open.link.id,
    via: found.via,
    best: found.best,
    unit: network.options.optimize === 'time' ? 'minutes' : 'km',
    linkWaitMinutes: open.waitMinutes,
    headwayMinutes: open.link.service?.headwayMinutes ?? null,
    estimated: open.estimated,
  }
}
