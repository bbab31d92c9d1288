/**
 * Close links
 * ===========
 * The same compiled network with some links closed (a flood, a bridge under repair): their arcs cost
 * Infinity, so no search crosses them. A link with a walk beside it (`walkMinutes`, as a cable car
 * has its stone steps) is walked instead: the link stays, at walking time and with no wait. Cheap
 * (copies of two arrays), so a caller can close each link in turn.
 */
import type { ScenarioNetwork } from './scenario-network.ts'

/** A copy of `network` where the links at these indices (into `topology.links`) cannot be used. */
export function closeLinkIndices(network: ScenarioNetwork, indices: ReadonlySet<number>): ScenarioNetwork {
  const byTime = network.options.optimize === 'time'
  const { links } = network.topology
  const linkOpen = network.linkOpen.slice()
  const linkTravelMinutes = network.linkTravelMinutes.slice()
  const linkWaitMinutes = network.linkWaitMinutes.slice()
  const walked = new Set<number>()
  for (const i of indices) {
    if (!network.linkOpen[i]) continue
    const walk = links[i]!.walkMinutes
    if (walk === undefined) {
      linkOpen[i] = 0
      continue
    }
    walked.add(i)
    linkTravelMinutes[i] = walk
    linkWaitMinutes[i] = 0
  }
  const arcCost = network.arcCost.slice()
  for (let a = 0; a < arcCost.length; a++) {
    const i = network.arcLink[a]!
    if (!indices.has(i) || !network.linkOpen[i]) continue
    arcCost[a] = !walked.has(i) ? Infinity : byTime ? linkTravelMinutes[i]! : links[i]!.km
  }
  return { ...network, arcCost, linkOpen, linkTravelMinutes, linkWaitMinutes, memo: {} }
}

/** A copy of `network` with these links (by id) closed; ids not in the network are ignored. */
export function closeLinks(network: ScenarioNetwork, ids: Iterable<string>): ScenarioNetwork {
  const indices = new Set<number>()
  for (const id of ids) {
    const i = network.topology.linkIndex.get(id as never)
    if (i !== undefined) indices.add(i)
  }
  return closeLinkIndices(network, indices)
}
