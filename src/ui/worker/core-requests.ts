/**
 * Core requests
 * =============
 * The questions the web app asks the core, and how each is answered. Runs in the Web Worker, or in
 * the page where workers are not available (component tests); the same core functions the CLI calls.
 */
import {
  buildScenarioNetwork,
  CoreError,
  findAlternatives,
  findRoute,
  planItinerary,
  resolveScenario,
  travelMatrix,
  type Itinerary,
  type ItineraryRequest,
  compareScenarios,
  projectImpacts,
  reachScores,
  GATEWAYS,
  type Scenario,
  type PairChange,
  type ProjectImpact,
  type ReachRow,
  dayTrips,
  type DayTripChange,
  type AlternativeRoute,
  type Dataset,
  type PlaceId,
  type ProjectId,
  type RouteResult,
  type RoutingOptions,
  type ScenarioRequest,
} from '../../core/index.ts'

export type CoreRequest =
  | {
      type: 'route'
      scenario: ScenarioRequest
      today: string
      options: RoutingOptions
      from: string
      to: string
      alternatives: number
    }
  | { type: 'from-place'; scenario: ScenarioRequest; today: string; place: string }
  | { type: 'project-impact'; today: string; project: string }
  | { type: 'itinerary'; scenario: ScenarioRequest; today: string; options: RoutingOptions; request: ItineraryRequest }
  | { type: 'compare'; before: ScenarioRequest; after: ScenarioRequest; today: string }

export interface RouteAnswer {
  result: RouteResult
  alternatives: AlternativeRoute[]
  /** The same trip today and with every project, for the "now vs later" line. */
  today: number | null
  fullVision: number | null
}
export interface FromPlaceAnswer {
  rows: Array<{ place: PlaceId; minutes: number | null; km: number | null }>
}
export interface ProjectImpactAnswer {
  pairs: Array<{ from: PlaceId; to: PlaceId; before: number | null; after: number | null; savedMinutes: number }>
}

export type CoreAnswer<R extends CoreRequest> = R extends { type: 'route' }
  ? RouteAnswer
  : R extends { type: 'from-place' }
    ? FromPlaceAnswer
    : R extends { type: 'itinerary' }
      ? ItineraryAnswer
      : R extends { type: 'compare' }
        ? CompareAnswer
        : ProjectImpactAnswer

export interface CompareAnswer {
  before: Scenario
  after: Scenario
  pairs: PairChange[]
  faster: number
  connected: number
  total: number
  projects: ProjectImpact[]
  reach: ReachRow[]
  dayTrips: DayTripChange[]
}

/** An itinerary, or the message of a request the planner refused (an unknown or repeated place). */
export type ItineraryAnswer = { ok: true; itinerary: Itinerary } | { ok: false; message: string }

function minutesIn(
  dataset: Dataset,
  request: ScenarioRequest,
  today: string,
  options: RoutingOptions,
  from: string,
  to: string,
): number | null {
  const r = findRoute(buildScenarioNetwork(dataset, resolveScenario(dataset, request, today), options), from, to)
  return r.reachable ? r.minutes : null
}

export function answer(
  dataset: Dataset,
  request: CoreRequest,
): RouteAnswer | FromPlaceAnswer | ProjectImpactAnswer | ItineraryAnswer | CompareAnswer {
  switch (request.type) {
    case 'compare': {
      const before = resolveScenario(dataset, request.before, request.today),
        after = resolveScenario(dataset, request.after, request.today)
      const c = compareScenarios(dataset, before, after)
      const unordered = c.pairs.filter((p) => p.from < p.to)
      return {
        before,
        after,
        total: unordered.length,
        faster: unordered.filter((p) => (p.savedMinutes ?? 0) > 0.5).length,
        connected: unordered.filter((p) => p.beforeMinutes === null && p.afterMinutes !== null).length,
        pairs: unordered
          .filter((p) => (p.savedMinutes ?? 0) > 0.5 || (p.beforeMinutes === null && p.afterMinutes !== null))
          .slice(0, 25),
        projects: projectImpacts(dataset, before, after, c.places),
        reach: reachScores(
          c.before,
          c.after,
          GATEWAYS.filter((g) => dataset.placeById.has(g as never)),
        ),
        dayTrips: dayTrips(
          c.before,
          c.after,
          GATEWAYS.filter((g) => dataset.placeById.has(g as never)),
          request.today,
        ),
      }
    }
    case 'itinerary': {
      const network = buildScenarioNetwork(
        dataset,
        resolveScenario(dataset, request.scenario, request.today),
        request.options,
      )
      try {
        return { ok: true, itinerary: planItinerary(network, request.request) }
      } catch (error) {
        if (error instanceof CoreError) return { ok: false, message: error.message }
        throw error
      }
    }
    case 'route': {
      const scenario = resolveScenario(dataset, request.scenario, request.today)
      const network = buildScenarioNetwork(dataset, scenario, request.options)
      const result = findRoute(network, request.from, request.to)
      const alternatives = result.reachable ? findAlternatives(network, result, request.alternatives) : []
      return {
        result,
        alternatives,
        today: minutesIn(dataset, { preset: 'today' }, request.today, request.options, request.from, request.to),
        fullVision: minutesIn(
          dataset,
          { preset: 'full-vision' },
          request.today,
          request.options,
          request.from,
          request.to,
        ),
      }
    }
    case 'from-place': {
      const network = buildScenarioNetwork(dataset, resolveScenario(dataset, request.scenario, request.today))
      const sites = dataset.places.filter((p) => p.kind === 'heritage-site' || p.kind === 'city').map((p) => p.id)
      const m = travelMatrix(network, [request.place, ...sites.filter((s) => s !== request.place)])
      return {
        rows: m.places.slice(1).map((place, j) => ({ place, minutes: m.minutes[0]![j + 1]!, km: m.km[0]![j + 1]! })),
      }
    }
    case 'project-impact': {
      const today = resolveScenario(dataset, { preset: 'today' }, request.today)
      const id = request.project as ProjectId
      const withIt = today.openProjects.includes(id)
        ? today
        : resolveScenario(dataset, { preset: 'today', with: [id] }, request.today)
      const without = today.openProjects.includes(id)
        ? resolveScenario(dataset, { preset: 'today', without: [id] }, request.today)
        : today
      const sites = dataset.places.filter((p) => p.kind === 'heritage-site').map((p) => p.id)
      const a = travelMatrix(buildScenarioNetwork(dataset, without), sites)
      const b = travelMatrix(buildScenarioNetwork(dataset, withIt), sites)
      const pairs: ProjectImpactAnswer['pairs'] = []
      sites.forEach((from, i) =>
        sites.forEach((to, j) => {
          if (i >= j) return
          const before = a.minutes[i]![j]!,
            after = b.minutes[i]![j]!
          const saved = before === null ? (after === null ? 0 : Infinity) : after === null ? 0 : before - after
          if (saved > 0.5) pairs.push({ from, to, before, after, savedMinutes: saved })
        }),
      )
      pairs.sort((x, y) => y.savedMinutes - x.savedMinutes || (x.from + x.to < y.from + y.to ? -1 : 1))
      return { pairs: pairs.slice(0, 8) }
    }
  }
}
