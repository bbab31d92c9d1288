/**
 * Alternatives
 * ============
 * Up to N other routes that differ meaningfully from the best one, each labelled: without the boat,
 * without the train, without new links, or simply another way. Each shares less than 70% of its
 * length with the best route and with every other alternative, and takes at most twice as long.
 */
import type { FoundRoute } from './route.ts'
import type { OpenLink, ScenarioNetwork } from './scenario-network.ts'
import { arcsTo, searchFrom } from './shortest-paths.ts'
import { routeFromArcs } from './find-route.ts'

export type AlternativeLabel = 'no boat' | 'no train' | 'without new links' | 'another way'

export interface AlternativeRoute {
  readonly label: AlternativeLabel
  readonly route: FoundRoute
}

/** Largest share of an alternative's length that may run on an already chosen route. */
export const MAX_SHARED_SHARE = 0.7
/** Slowest an alternative may be, as a multiple of the best route's minutes. */
export const MAX_STRETCH = 2
const PENALTY = 3

/** A copy of the network whose arc costs are multiplied by `factor(link)` (Infinity removes the arc). */
function reweighted(network: ScenarioNetwork, factor: (link: OpenLink, index: number) => number): ScenarioNetwork {
  const arcCost = new Float64Array(network.arcCost.length)
  for (let a = 0; a < arcCost.length; a++) {
    const li = network.arcLink[a]!
    arcCost[a] = network.arcCost[a]! * factor(network.links[li]!, li)
  }
  return { ...network, arcCost }
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
  const tryVariant = (label: AlternativeLabel, variant: ScenarioNetwork) => {
    if (accepted.length >= max) return
    const tree = searchFrom(variant, s, { target: t })
    if (tree.cost[t] === Infinity) return
    const arcs = arcsTo(tree, t)!
    const route = routeFromArcs(network, s, t, arcs)
    if (route.minutes > best.minutes * MAX_STRETCH) return
    if (chosen.some((c) => sharedShare(route, c) >= MAX_SHARED_SHARE)) return
    accepted.push({ label, route: { ...route } })
    chosen.push(route)
  }
  const modes = new Set(best.legs.map((l) => l.mode))
  if (modes.has('waterway'))
    tryVariant(
      'no boat',
      reweighted(network, (l) => (l.link.mode === 'waterway' ? Infinity : 1)),
    )
  if (modes.has('rail'))
    tryVariant(
      'no train',
      reweighted(network, (l) => (l.link.mode === 'rail' ? Infinity : 1)),
    )
  if (
    best.legs.some((l) => l.project !== null && network.links.find((o) => o.link.id === l.link)?.link.project !== null)
  ) {
    tryVariant(
      'without new links',
      reweighted(network, (l) => (l.link.project !== null ? Infinity : 1)),
    )
  }
  for (let round = 0; round < 3 && accepted.length < max; round++) {
    const used = new Set(chosen.flatMap((c) => c.legs.map((l) => l.link)))
    tryVariant(
      'another way',
      reweighted(network, (l) => (used.has(l.link.id) ? PENALTY : 1)),
    )
  }
  return accepted
}
