/**
 * Day trips
 * =========
 * Tours that become possible: from a gateway, the heritage sites that fit in one day (the most heritage
 * value the planner can fit, every site optional), before and after.
 */
import type { PlaceId } from '../model/ids.ts'
import type { ScenarioNetwork } from '../routing/scenario-network.ts'
import { planItinerary } from '../itinerary/plan-itinerary.ts'
import { heritageValue } from '../itinerary/heritage-value.ts'

export interface DayTripChange {
  readonly gateway: PlaceId
  readonly date: string
  readonly before: readonly PlaceId[]
  readonly after: readonly PlaceId[]
  readonly beforeValue: number
  readonly afterValue: number
  /** Sites in the after trip that were not in the before one. */
  readonly gained: readonly PlaceId[]
}

/** For each gateway, the best one-day trip (07:00–19:00 unless given) in both networks. */
export function dayTrips(
  before: ScenarioNetwork,
  after: ScenarioNetwork,
  gateways: readonly string[],
  date: string,
  dayWindow?: readonly [string, string],
): DayTripChange[] {
  const { dataset } = before
  const value = (ids: readonly PlaceId[]) => ids.reduce((s, id) => s + heritageValue(dataset.placeById.get(id)!), 0)
  return gateways.map((gateway) => {
    const sites = dataset.places.filter((p) => p.kind === 'heritage-site' && p.id !== gateway).map((p) => p.id)
    const plan = (n: ScenarioNetwork, candidates: readonly PlaceId[]) => {
      if (candidates.length === 0) return { order: [] as PlaceId[], value: 0, minutes: 0 }
      const it = planItinerary(n, {
        start: gateway,
        visit: [],
        optional: candidates,
        date,
        ...(dayWindow && { dayWindow }),
      })
      return { order: it.order, value: value(it.order), minutes: it.totalMinutes }
    }
    const better = (x: ReturnType<typeof plan>, y: ReturnType<typeof plan>) =>
      y.value > x.value + 1e-9 || (Math.abs(y.value - x.value) <= 1e-9 && y.minutes < x.minutes) ? y : x
    // With 17 candidates the planner is heuristic; each side is also planned exactly with the other
    // side's sites, so a network with more open links never shows a worse trip than one with fewer.
    const b0 = plan(before, sites),
      a0 = plan(after, sites)
    const b = better(b0, plan(before, a0.order)).order,
      a = better(a0, plan(after, b0.order)).order
    return {
      gateway: gateway as PlaceId,
      date,
      before: b,
      after: a,
      beforeValue: value(b),
      afterValue: value(a),
      gained: a.filter((id) => !b.includes(id)),
    }
  })
}
