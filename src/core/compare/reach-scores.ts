/**
 * Reach scores
 * ============
 * For each gateway and time threshold, the heritage sites reachable before and after, and a heritage
 * accessibility score: the sum of the heritage values of the sites reachable within the threshold.
 */
import type { PlaceId } from '../model/ids.ts'
import type { ScenarioNetwork } from '../routing/scenario-network.ts'
import { reachWithin } from '../routing/reach.ts'
import { heritageValue } from '../itinerary/heritage-value.ts'

export const DEFAULT_THRESHOLDS = [60, 90, 120, 180] as const

export interface ReachRow {
  readonly gateway: PlaceId
  readonly minutes: number
  readonly before: readonly PlaceId[]
  readonly after: readonly PlaceId[]
  readonly beforeScore: number
  readonly afterScore: number
  /** Sites reachable after but not before. */
  readonly gained: readonly PlaceId[]
}

export function reachScores(
  before: ScenarioNetwork,
  after: ScenarioNetwork,
  gateways: readonly string[],
  thresholds: readonly number[] = DEFAULT_THRESHOLDS,
): ReachRow[] {
  const { dataset } = before
  const isSite = (id: PlaceId) => dataset.placeById.get(id)?.kind === 'heritage-site'
  const score = (ids: readonly PlaceId[]) => ids.reduce((s, id) => s + heritageValue(dataset.placeById.get(id)!), 0)
  const max = thresholds.reduce((m, x) => Math.max(m, x), 0)
  return gateways.flatMap((gateway) => {
    const b = reachWithin(before, gateway, max).filter((r) => isSite(r.place))
    const a = reachWithin(after, gateway, max).filter((r) => isSite(r.place))
    return thresholds.map((minutes) => {
      const bs = b.filter((r) => r.minutes <= minutes).map((r) => r.place),
        as = a.filter((r) => r.minutes <= minutes).map((r) => r.place)
      return {
        gateway: gateway as PlaceId,
        minutes,
        before: bs,
        after: as,
        beforeScore: score(bs),
        afterScore: score(as),
        gained: as.filter((id) => !bs.includes(id)),
      }
    })
  })
}
