/**
 * Close links
 * ===========
 * The same compiled network with some links closed (a flood, a bridge under repair): their arcs cost
 * Infinity, so no search crosses them. A link with a walk beside it (`walkMinutes`, as a cable car
 * has its stone steps) is walked instead: the link stays, at walking time and with no wait. Cheap
 * (copies of two arrays), so a caller can close each link in turn.
 */
import type { OpenLink, ScenarioNetwork } from './scenario-network.ts'

/** A copy of `network` where the links at these indices (into `network.links`) cannot be used. */
export function closeLinkIndices(network: ScenarioNetwork, indices: ReadonlySet<number>): ScenarioNetwork {
  const byTime = network.options.optimize === 'time'
  const links: OpenLink[] = network.links.map((open, i) => {
    const walk = open.link.walkMinutes
    return indices.has(i) && walk !== undefined
      ? { ...open, travelMinutes: walk, waitMinutes: 0, waitReason: null }
      : open
  })
  const arcCost = network.arcCost.slice()
  for (let a = 0; a < arcCost.length; a++) {
    const i = network.arcLink[a]!
    if (!indices.has(i)) continue
    const walked = links[i]!
    arcCost[a] = walked.link.walkMinutes === undefined ? Infinity : byTime ? walked.travelMinutes : walked.km
  }
  return { ...network, links, arcCost }
}

/** A copy of `network` with these links (by id) closed; ids not in the network are ignored. */
export function closeLinks(network: ScenarioNetwork, ids: Iterable<string>): ScenarioNetwork {
  const wanted = new Set(ids)
  const indices = new Set<number>()
  network.links.forEach((l, i) => {
    if (wanted.has(l.link.id)) indices.add(i)
  })
  return closeLinkIndices(network, indices)
}
