/**
 * Compare pairs
 * =============
 * Travel time and distance between every pair of places in two scenarios, the change in minutes and
 * percent, and for changed pairs the links that came in or went out of the best route.
 */
import type { LinkId, PlaceId } from '../model/ids.ts'
import type { Dataset } from '../dataset/dataset.ts'
import type { Scenario } from '../scenario/scenario.ts'
import { buildScenarioNetwork, type RoutingOptions, type ScenarioNetwork } from '../routing/scenario-network.ts'
import { travelMatrix } from '../routing/travel-matrix.ts'
import { findRoute } from '../routing/find-route.ts'
import { heritageValue } from '../itinerary/heritage-value.ts'

export interface PairChange {
  readonly from: PlaceId
  readonly to: PlaceId
  /** Null where unreachable. */
  readonly beforeMinutes: number | null
  readonly afterMinutes: number | null
  readonly beforeKm: number | null
  readonly afterKm: number | null
  /** before − after: positive when the trip got faster; null unless reachable in both. */
  readonly savedMinutes: number | null
  readonly savedPercent: number | null
  /** Weight of the pair: the mean heritage value of its two places. */
  readonly weight: number
}

export interface PairsComparison {
  readonly places: readonly PlaceId[]
  /** Every ordered pair, largest saving first, then newly connected, then the rest. */
  readonly pairs: readonly PairChange[]
}

/** The places compared by default: every heritage site and the four gateways. */
export const GATEWAYS = ['hanoi', 'bac-giang-city', 'hai-duong-city', 'ha-long'] as const

export function defaultComparePlaces(dataset: Dataset): PlaceId[] {
  const gateways = GATEWAYS.filter((g) => dataset.placeById.has(g as PlaceId)) as unknown as PlaceId[]
  return [...dataset.places.filter((p) => p.kind === 'heritage-site').map((p) => p.id), ...gateways]
}

/** The pairs table between two scenario networks built with the same options. */
export function comparePairs(
  before: ScenarioNetwork,
  after: ScenarioNetwork,
  places: readonly string[],
): PairsComparison {
  const { dataset } = before
  const a = travelMatrix(before, places),
    b = travelMatrix(after, places)
  const pairs: PairChange[] = []
  a.places.forEach((from, i) =>
    a.places.forEach((to, j) => {
      if (i === j) return
      const bm = a.minutes[i]![j]!,
        am = b.minutes[i]![j]!
      const saved = bm !== null && am !== null ? bm - am : null
      pairs.push({
        from,
        to,
        beforeMinutes: bm,
        afterMinutes: am,
        beforeKm: a.km[i]![j]!,
        afterKm: b.km[i]![j]!,
        savedMinutes: saved,
        savedPercent: saved !== null && bm! > 0 ? (saved / bm!) * 100 : null,
        weight: (heritageValue(dataset.placeById.get(from)!) + heritageValue(dataset.placeById.get(to)!)) / 2,
      })
    }),
  )
  const rank = (p: PairChange) =>
    p.savedMinutes !== null ? p.savedMinutes : p.beforeMinutes === null && p.afterMinutes !== null ? -1e-6 : -Infinity
  pairs.sort((x, y) => rank(y) - rank(x) || (x.from + x.to < y.from + y.to ? -1 : 1))
  return { places: a.places, pairs }
}

/** Links that appear in (`added`) or leave (`removed`) the best route between two places. */
export function changedLinks(
  before: ScenarioNetwork,
  after: ScenarioNetwork,
  from: string,
  to: string,
): { added: LinkId[]; removed: LinkId[] } {
  const links = (n: ScenarioNetwork) => {
    const r = findRoute(n, from, to)
    return r.reachable ? r.legs.filter((l) => l.kind === 'travel').map((l) => l.link) : []
  }
  const x = links(before),
    y = links(after)
  return { added: y.filter((l) => !x.includes(l)), removed: x.filter((l) => !y.includes(l)) }
}

/** Builds the two networks and compares them. */
export function compareScenarios(
  dataset: Dataset,
  before: Scenario,
  after: Scenario,
  options: RoutingOptions = {},
  places?: readonly string[],
) {
  const nb = buildScenarioNetwork(dataset, before, options),
    na = buildScenarioNetwork(dataset, after, options)
  return { before: nb, after: na, ...comparePairs(nb, na, places ?? defaultComparePlaces(dataset)) }
}
