/**
 * Alternatives
 * ============
 * Up to N other routes that differ meaningfully from the best one. Each shares less than 70% of its
 * length with the best route and with every other alternative, and takes at most twice as long. Each
 * is named by what makes it different from the best route, read off the two routes themselves: a
 * mode it uses or avoids ("by boat", "no train"), a project it does without ("without Đồng Việt
 * bridge"), the road it takes ("via QL18") or a place it passes ("via Bắc Giang").
 */
import type { PlaceId, ProjectId } from '../model/ids.ts'
import type { LinkMode } from '../model/link.ts'
import type { FoundRoute } from './route.ts'
import type { ScenarioNetwork } from './scenario-network.ts'
import type { Link } from '../dataset/dataset.ts'
import { arcsTo, searchFrom } from './shortest-paths.ts'
import { routeFromArcs } from './find-route.ts'

/** What sets an alternative apart from the best route, most telling first. */
export type AlternativeDifference =
  | { readonly kind: 'by-mode'; readonly mode: Exclude<LinkMode, 'road'> }
  | { readonly kind: 'avoids-mode'; readonly mode: Exclude<LinkMode, 'road'> }
  | { readonly kind: 'without-project'; readonly project: ProjectId }
  | { readonly kind: 'via-road'; readonly ref: string }
  | { readonly kind: 'via-place'; readonly place: PlaceId }
  | { readonly kind: 'another-way' }

/** The kinds, for code that words them. */
export type AlternativeKind = AlternativeDifference['kind']

export interface AlternativeRoute {
  readonly difference: AlternativeDifference
  readonly route: FoundRoute
}

const SERVICE_MODES: ReadonlyArray<Exclude<LinkMode, 'road'>> = ['waterway', 'rail', 'cable-car']
const PLACE_RANK: Record<string, number> = { city: 0, town: 1, 'heritage-site': 2 }

/** What `alt` does that `best` does not, as the first of: a mode, a project, a road, a place. */
export function differenceOf(network: ScenarioNetwork, best: FoundRoute, alt: FoundRoute): AlternativeDifference {
  const modes = (r: FoundRoute) => new Set(r.legs.filter((l) => l.kind === 'travel').map((l) => l.mode))
  const bm = modes(best),
    am = modes(alt)
  for (const m of SERVICE_MODES) if (am.has(m) && !bm.has(m)) return { kind: 'by-mode', mode: m }
  for (const m of SERVICE_MODES) if (bm.has(m) && !am.has(m)) return { kind: 'avoids-mode', mode: m }
  const without = best.projects.filter((p) => !alt.projects.includes(p))
  if (without.length > 0) return { kind: 'without-project', project: without[0]! }
  // The road the alternative follows longest that the best route does not take at all.
  const km = new Map<string, number>()
  const bestRefs = new Set(best.legs.map((l) => l.ref).filter((r): r is string => r !== null))
  for (const l of alt.legs)
    if (l.kind === 'travel' && l.ref && !bestRefs.has(l.ref)) km.set(l.ref, (km.get(l.ref) ?? 0) + l.km)
  const road = [...km.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]
  if (road) return { kind: 'via-road', ref: road[0] }
  const bestPlaces = new Set(best.places)
  const passed = alt.places
    .slice(1, -1)
    .filter((id) => !bestPlaces.has(id))
    .map((id) => network.dataset.placeById.get(id)!)
    .filter((p) => p.kind in PLACE_RANK)
    .sort((a, b) => PLACE_RANK[a.kind]! - PLACE_RANK[b.kind]!)
  if (passed[0]) return { kind: 'via-place', place: passed[0].id }
  return { kind: 'another-way' }
}

/** Largest share of an alternative's length that may run on an already chosen route. */
export const MAX_SHARED_SHARE = 0.7
/** Slowest an alternative may be, as a multiple of the best route's minutes. */
export const MAX_STRETCH = 2
const PENALTY = 3

/** A copy of the network whose arc costs are multiplied by `factor(link)` (Infinity removes the arc). */
function reweighted(network: ScenarioNetwork, factor: (link: Link, index: number) => number): ScenarioNetwork {
  const arcCost = new Float64Array(network.arcCost.length)
  for (let a = 0; a < arcCost.length; a++) {
    const li = network.arcLink[a]!
    arcCost[a] = network.arcCost[a]! * factor(network.topology.links[li]!, li)
  }
  return { ...network, arcCost, memo: {} }
}

function sharedShare(candidate: FoundRoute, other: FoundRoute): number {
  const otherLinks = new Set(other.legs.filter((l) => l.kind === 'travel').map((l) => l.link))
  const shared = candidate.legs
    .filter((l) => l.kind === 'travel' && otherLinks.has(l.link))
    .reduce((s, l) => s + l.km, 0)
  return candidate.km === 0 ? 1 : shared / candidate.km
}

/** Other routes between the best route's ends, at most `max`, in the order they were found. */
export function findAlternatives(network: ScenarioNetwork, best: FoundRoute, max: number): AlternativeRoute[] {
  if (max <= 0 || best.legs.length === 0) return []
  const s = network.indexOf.get(best.from)!,
    t = network.indexOf.get(best.to)!
  const accepted: AlternativeRoute[] = []
  const chosen: FoundRoute[] = [best]
  const tryVariant = (variant: ScenarioNetwork) => {
    if (accepted.length >= max) return
    const tree = searchFrom(variant, s, { target: t })
    if (tree.cost[t] === Infinity) return
    const arcs = arcsTo(tree, t)!
    const route = routeFromArcs(network, s, t, arcs)
    if (route.minutes > best.minutes * MAX_STRETCH) return
    if (chosen.some((c) => sharedShare(route, c) >= MAX_SHARED_SHARE)) return
    accepted.push({ difference: differenceOf(network, best, route), route: { ...route } })
    chosen.push(route)
  }
  const modes = new Set(best.legs.map((l) => l.mode))
  if (modes.has('waterway')) tryVariant(reweighted(network, (l) => (l.mode === 'waterway' ? Infinity : 1)))
  if (modes.has('rail')) tryVariant(reweighted(network, (l) => (l.mode === 'rail' ? Infinity : 1)))
  if (best.legs.some((l) => l.project !== null && network.dataset.linkById.get(l.link)?.project !== null)) {
    tryVariant(reweighted(network, (l) => (l.project !== null ? Infinity : 1)))
  }
  for (let round = 0; round < 3 && accepted.length < max; round++) {
    const used = new Set(chosen.flatMap((c) => c.legs.map((l) => l.link)))
    tryVariant(reweighted(network, (l) => (used.has(l.id) ? PENALTY : 1)))
  }
  return accepted
}
