/**
 * Reach
 * =====
 * Every place reachable from one place within a time budget: "what can I visit from my hotel".
 */
import type { PlaceId } from '../model/ids.ts'
import type { ScenarioNetwork } from './scenario-network.ts'
import { placeIndex } from './find-route.ts'
import { searchFrom } from './shortest-paths.ts'

export interface Reachable {
  readonly place: PlaceId
  readonly minutes: number
  readonly km: number
}

/**
 * Places reachable from `from` within `withinMinutes` (inclusive), nearest first, the start excluded.
 * The network must optimise time.
 */
export function reachWithin(network: ScenarioNetwork, from: string, withinMinutes: number): Reachable[] {
  const s = placeIndex(network, from, 'from')
  const tree = searchFrom(network, s, { maxCost: withinMinutes })
  const out: Reachable[] = []
  for (let v = 0; v < network.placeIds.length; v++) {
    if (v === s || tree.cost[v] === Infinity || tree.cost[v]! > withinMinutes) continue
    let km = 0
    for (let u = v; u !== s;) {
      const a = tree.viaArc[u]!
      km += network.links[network.arcLink[a]!]!.km
      u = tree.arcSource[a]!
    }
    out.push({ place: network.placeIds[v]!, minutes: tree.cost[v]!, km })
  }
  return out.sort((a, b) => a.minutes - b.minutes || (a.place < b.place ? -1 : 1))
}
