/**
 * Comparison
 * ==========
 * The whole before-and-after answer in one call, the same for the command line, the web app's worker
 * and the reports: the pairs and their summary, the status of every link, what each project adds and
 * what the network loses without it, critical links on both sides, reach from the gateways and the
 * one-day trips. Parts a caller does not need can be left out.
 */
import type { Progress } from '../progress.ts'
import type { PlaceId } from '../model/ids.ts'
import type { Dataset } from '../dataset/dataset.ts'
import { resolveScenario, type Scenario, type ScenarioRequest } from '../scenario/scenario.ts'
import { buildScenarioNetwork, type RoutingOptions, type ScenarioNetwork } from '../routing/scenario-network.ts'
import { refuse } from '../errors.ts'
import { MAX_MATRIX_PLACES } from '../routing/travel-matrix.ts'
import { placeIndex } from '../routing/find-route.ts'
import { comparePairs, datasetGateways, defaultComparePlaces, type PairChange } from './compare-pairs.ts'
import type { ChangeSummary } from './change.ts'
import { linkChanges, type LinkChange } from './network-changes.ts'
import { projectImpacts, type ProjectImpact } from './project-impact.ts'
import { criticalLinks, type CriticalLink } from './critical-links.ts'
import { reachScores, type ReachRow } from './reach-scores.ts'
import { dayTrips, type DayTripChange } from './day-trips.ts'

/** Most places a comparison takes: every project is compared on every pair of them. */
export const MAX_COMPARE_PLACES = 200

/** The parts of a comparison beyond the pairs. */
/**
 * Up to this many places, critical links are listed in full (a few dozen on the embedded network,
 * measured in milliseconds). Past it (an imported province, with thousands of links on its best
 * routes, where measuring them all took minutes) a comparison lists the `CRITICAL_LISTED_LARGE`
 * that cost the most: exactly the first of the full list.
 */
export const CRITICAL_ALL_UP_TO_PLACES = 5000
export const CRITICAL_LISTED_LARGE = 20

/** How many critical links a comparison lists on this network. */
export function criticalListed(network: ScenarioNetwork): { top?: number } {
  return network.placeIds.length <= CRITICAL_ALL_UP_TO_PLACES ? {} : { top: CRITICAL_LISTED_LARGE }
}

export type ComparisonPart = 'projects' | 'critical' | 'reach' | 'day-trips'
export const COMPARISON_PARTS: readonly ComparisonPart[] = ['projects', 'critical', 'reach', 'day-trips']

export interface ComparisonRequest {
  readonly before: ScenarioRequest
  readonly after: ScenarioRequest
  /** Places whose pairs are compared (default: heritage sites and gateways). */
  readonly places?: readonly string[]
  /** Origins of reach and day trips (default: the gateways). */
  readonly gateways?: readonly string[]
  /** Day of the one-day trips (opening hours), `YYYY-MM-DD`; default today. */
  readonly tripDate?: string
  readonly options?: RoutingOptions
  /** Which parts to compute (default all). */
  readonly parts?: readonly ComparisonPart[]
}

export interface Comparison {
  readonly before: Scenario
  readonly after: Scenario
  readonly places: readonly PlaceId[]
  readonly gateways: readonly PlaceId[]
  readonly pairs: readonly PairChange[]
  readonly summary: ChangeSummary
  readonly links: readonly LinkChange[]
  readonly projects: readonly ProjectImpact[] | null
  readonly critical: { readonly before: readonly CriticalLink[]; readonly after: readonly CriticalLink[] } | null
  readonly reach: readonly ReachRow[] | null
  readonly dayTrips: readonly DayTripChange[] | null
}

/**
 * Resolves both sides and computes the comparison. Throws CoreError for bad scenarios or places.
 * `progress` hears of the project impacts (the long part on a large network).
 */
export function buildComparison(
  dataset: Dataset,
  request: ComparisonRequest,
  today: string,
  progress?: Progress,
): Comparison {
  const before = resolveScenario(dataset, request.before, today),
    after = resolveScenario(dataset, request.after, today)
  const options = request.options ?? {}
  const nb = buildScenarioNetwork(dataset, before, options),
    na = buildScenarioNetwork(dataset, after, options)
  const places = [...new Set(request.places ?? defaultComparePlaces(dataset))]
  if (places.length > MAX_COMPARE_PLACES)
    throw refuse(
      'INVALID_OPTION',
      'places',
      `${places.length} places; a comparison takes at most ${Math.min(MAX_COMPARE_PLACES, MAX_MATRIX_PLACES)}`,
    )
  const gateways = [...new Set(request.gateways ?? datasetGateways(dataset))]
  for (const g of gateways) placeIndex(nb, g, 'gateway')
  const parts = new Set(request.parts ?? COMPARISON_PARTS)
  const c = comparePairs(nb, na, places)
  return {
    before,
    after,
    places: c.places,
    gateways: gateways as PlaceId[],
    pairs: c.pairs,
    summary: c.summary,
    links: linkChanges(nb, na),
    projects: parts.has('projects') ? projectImpacts(dataset, before, after, c.places, options, progress) : null,
    critical: parts.has('critical')
      ? {
          before: criticalLinks(nb, c.places, criticalListed(nb)),
          after: criticalLinks(na, c.places, criticalListed(na)),
        }
      : null,
    reach: parts.has('reach') ? reachScores(nb, na, gateways) : null,
    dayTrips: parts.has('day-trips') ? dayTrips(nb, na, gateways, request.tripDate ?? today) : null,
  }
}
