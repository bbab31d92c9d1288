/**
 * Compare pairs
 * =============
 * Travel time and distance between every pair of places in two scenarios, the change in minutes and
 * percent, and its kind (faster, slower, newly connected, disconnected, the same; see `change.ts`).
 *
 * A pair is unordered: its time is the mean of the two directions (they are equal unless the network
 * has one-way links), and it has a route only when both directions have one.
 */
import type { LinkId, PlaceId } from '../model/ids.ts'
import type { Dataset } from '../dataset/dataset.ts'
import type { Scenario } from '../scenario/scenario.ts'
import { buildScenarioNetwork, type RoutingOptions, type ScenarioNetwork } from '../routing/scenario-network.ts'
import { travelMatrix, travelMatrixFrom, type TravelMatrix } from '../routing/travel-matrix.ts'
import { findRoute, placeIndex } from '../routing/find-route.ts'
import { sameSearches } from '../routing/network-diff.ts'
import { ChangeTally, classifyChange, tripWeight, type ChangeKind, type ChangeSummary } from './change.ts'
import { heritageValue } from '../itinerary/heritage-value.ts'
import { placeOf } from '../dataset/lookup.ts'

export interface PairChange {
  readonly from: PlaceId
  readonly to: PlaceId
  /** Null where there is no route (in either direction). */
  readonly beforeMinutes: number | null
  readonly afterMinutes: number | null
  readonly beforeKm: number | null
  readonly afterKm: number | null
  /** before − after: positive when the trip got faster; null unless reachable on both sides. */
  readonly savedMinutes: number | null
  readonly savedPercent: number | null
  readonly kind: ChangeKind
  /** Weight of the pair: the mean heritage value of its two places (secondary figures only). */
  readonly weight: number
  /** Both places are heritage sites. */
  readonly heritagePair: boolean
}

export interface PairsComparison {
  readonly places: readonly PlaceId[]
  /** Every unordered pair; routes that appear or vanish first, then the largest changes either way. */
  readonly pairs: readonly PairChange[]
  readonly summary: ChangeSummary
}

/** The places compared by default: every heritage site and the four gateways. */
/** The dataset's gateways, most important first (its `gateways` field; an imported network may have none). */
export function datasetGateways(dataset: Dataset): PlaceId[] {
  return [...dataset.gateways]
}

export function defaultComparePlaces(dataset: Dataset): PlaceId[] {
  return [...dataset.places.filter((p) => p.kind === 'heritage-site').map((p) => p.id), ...datasetGateways(dataset)]
}

const mean = (x: number | null, y: number | null) => (x === null || y === null ? null : (x + y) / 2)

/** Unordered pair times (mean of both directions) from a matrix. */
export function pairMinutes(m: TravelMatrix, i: number, j: number): number | null {
  return mean(m.minutes[i]![j]!, m.minutes[j]![i]!)
}

/** Orders pairs for reading: new and lost routes first, then by the size of the change, then by ids. */
export function byChangeSize(x: PairChange, y: PairChange): number {
  const rank = (p: PairChange) => (p.kind === 'connected' || p.kind === 'disconnected' ? 0 : 1)
  return (
    rank(x) - rank(y) ||
    Math.abs(y.savedMinutes ?? 0) - Math.abs(x.savedMinutes ?? 0) ||
    (x.from + x.to < y.from + y.to ? -1 : x.from + x.to > y.from + y.to ? 1 : 0)
  )
}

/** Which pairs a comparison builds: every one, or only those that change (the others are counted). */
export type PairsKept = 'all' | 'changed'

/** The pairs between two travel matrices over the same places. */
export function pairsBetween(dataset: Dataset, a: TravelMatrix, b: TravelMatrix): PairChange[] {
  return pairChanges(dataset, a, b, 'all').pairs
}

/**
 * The pairs between two travel matrices over the same places, in reading order (`byChangeSize`), and
 * their summary over every pair. With `kept: 'changed'`, pairs that stay the same or stay unreachable
 * are counted in the summary but not built (project impacts and closures list only changes).
 */
export function pairChanges(
  dataset: Dataset,
  a: TravelMatrix,
  b: TravelMatrix,
  kept: PairsKept,
): PairsComparison & { readonly pairs: PairChange[] } {
  const pairs: PairChange[] = []
  const places = a.places.map((id) => placeOf(dataset, id)!)
  const values = places.map(heritageValue)
  const tally = new ChangeTally()
  for (let i = 0; i < places.length; i++)
    for (let j = i + 1; j < places.length; j++) {
      const bm = pairMinutes(a, i, j),
        am = pairMinutes(b, i, j)
      const weight = tripWeight(values[i]!, values[j]!)
      const heritagePair = places[i]!.kind === 'heritage-site' && places[j]!.kind === 'heritage-site'
      const kind = tally.add(bm, am, weight, heritagePair)
      if (kept === 'changed' && (kind === 'same' || kind === 'unreachable')) continue
      const saved = bm !== null && am !== null ? bm - am : null
      pairs.push({
        from: a.places[i]!,
        to: a.places[j]!,
        beforeMinutes: bm,
        afterMinutes: am,
        beforeKm: mean(a.km[i]![j]!, a.km[j]![i]!),
        afterKm: mean(b.km[i]![j]!, b.km[j]![i]!),
        savedMinutes: saved,
        savedPercent: saved !== null && bm! > 0 ? (saved / bm!) * 100 : null,
        kind,
        weight,
        heritagePair,
      })
    }
  // Sort on keys computed once per pair (the id key is a string concatenation).
  const keyed = pairs.map((pair) => ({
    pair,
    rank: pair.kind === 'connected' || pair.kind === 'disconnected' ? 0 : 1,
    size: Math.abs(pair.savedMinutes ?? 0),
    ids: pair.from + pair.to,
  }))
  keyed.sort((x, y) => x.rank - y.rank || y.size - x.size || (x.ids < y.ids ? -1 : x.ids > y.ids ? 1 : 0))
  return { places: a.places, pairs: keyed.map((k) => k.pair), summary: tally.summary() }
}

/**
 * The pairs table between two scenario networks built with the same options (only the pairs that
 * change with `kept: 'changed'`).
 */
export function comparePairs(
  before: ScenarioNetwork,
  after: ScenarioNetwork,
  places: readonly string[],
  kept: PairsKept = 'all',
): PairsComparison {
  const unique = [...new Set(places)]
  const a = travelMatrix(before, unique)
  // Rows the difference between the networks cannot change are `a`'s (all of them, for a project
  // that helps no trip).
  const b = travelMatrixFrom(before, a, after)
  if (!sameRows(a, b)) return pairChanges(before.dataset, a, b, kept)
  // `b` has every row of `a` (a project that changes no trip): the comparison of `a` with itself,
  // kept per matrix, since project impacts compare a side with many such networks.
  let same = unchangedPairs[kept].get(a)
  if (!same) unchangedPairs[kept].set(a, (same = pairChanges(before.dataset, a, a, kept)))
  return same
}

const unchangedPairs: Record<PairsKept, WeakMap<TravelMatrix, PairsComparison>> = {
  all: new WeakMap(),
  changed: new WeakMap(),
}

/** True when the two matrices share every row (one was derived from the other, unchanged). */
function sameRows(a: TravelMatrix, b: TravelMatrix): boolean {
  const same = (x: TravelMatrix['minutes'], y: TravelMatrix['minutes']) => x.every((row, i) => row === y[i])
  return a === b || (same(a.minutes, b.minutes) && same(a.km, b.km) && same(a.drivingMinutes, b.drivingMinutes))
}

/**
 * True when some pair changes between the two networks (what `isUnchanged` of their comparison's
 * summary denies), found without building the pairs table; stops at the first change.
 */
export function anyPairChanges(before: ScenarioNetwork, after: ScenarioNetwork, places: readonly string[]): boolean {
  const unique = [...new Set(places)]
  // When `after` only adds arcs, and none helps any place, every route is the same: nothing changes.
  if (
    sameSearches(
      before,
      after,
      unique.map((id) => placeIndex(before, id, 'places')),
    )
  )
    return false
  const a = travelMatrix(before, unique),
    b = travelMatrixFrom(before, a, after)
  for (let i = 0; i < unique.length; i++)
    for (let j = i + 1; j < unique.length; j++) {
      const kind = classifyChange(pairMinutes(a, i, j), pairMinutes(b, i, j))
      if (kind !== 'same' && kind !== 'unreachable') return true
    }
  return false
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
