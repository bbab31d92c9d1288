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
  // Distances along the tree in settle order (a parent is settled before its children): linear, not
  // one walk back to the start per place.
  const km = new Float64Array(network.placeIds.length)
  const out: Reachable[] = []
  for (const v of tree.order) {
    if (v === s) continue
    const a = tree.viaArc[v]!
    km[v] = km[tree.arcSource[a]!]! + network.topology.links[network.arcLink[a]!]!.km
    if (tree.cost[v]! <= withinMinutes) out.push({ place: network.placeIds[v]!, minutes: tree.cost[v]!, km: km[v]! })
  }
  return out.sort((a, b) => a.minutes - b.minutes || (a.place < b.place ? -1 : 1))
}
