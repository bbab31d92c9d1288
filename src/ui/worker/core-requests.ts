/**
 * Core requests
 * =============
 * The questions the web app asks the core, and how each is answered. Runs in the Web Worker, or in
 * the page where workers are not available (component tests); the same core functions the CLI calls.
 */
import {
  buildComparison,
  buildScenarioNetwork,
  CoreError,
  dayTrips,
  defaultComparePlaces,
  datasetGateways,
  delayImpact,
  findAlternatives,
  findRoute,
  lateProjects,
  planItinerary,
  resolveScenario,
  singleProjectImpact,
  travelMatrix,
  type AlternativeRoute,
  type Comparison,
  type Dataset,
  type DayTripChange,
  type DelayImpact,
  type Itinerary,
  type ItineraryRequest,
  type LateCost,
  type PlaceId,
  type ProjectId,
  type Progress,
  type RouteResult,
  type RoutingOptions,
  type ScenarioRequest,
  type SingleProjectImpact,
  type WhatIf,
} from '../../core/index.ts'
import {
  answerImport,
  answerImportedRoute,
  type ImportAnswer,
  type ImportedRouteAnswer,
  type ImportedRouteRequest,
  type ImportRequest,
} from './imported-networks.ts'
import {
  answerImportedCompare,
  answerImportedTrip,
  type ImportedCompareAnswer,
  type ImportedCompareRequest,
  type ImportedTripAnswer,
  type ImportedTripRequest,
} from './imported-trip-compare.ts'
import { answerImportedTile, type ImportedTileAnswer, type ImportedTileRequest } from './imported-tiles.ts'
import { answerEmbeddedOverlay, type EmbeddedOverlayAnswer, type EmbeddedOverlayRequest } from './embedded-overlay.ts'

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
  | { type: 'project-impact'; today: string; project: string; whatIf: WhatIf }
  | { type: 'projects-overview'; today: string; whatIf: WhatIf }
  | { type: 'itinerary'; scenario: ScenarioRequest; today: string; options: RoutingOptions; request: ItineraryRequest }
  | { type: 'compare'; before: ScenarioRequest; after: ScenarioRequest; today: string }
  | { type: 'compare-day-trips'; before: ScenarioRequest; after: ScenarioRequest; today: string }
  | { type: 'delay'; project: string; months: number; whatIf: WhatIf; today: string }
  | ImportRequest
  | ImportedRouteRequest
  | ImportedCompareRequest
  | ImportedTripRequest
  | ImportedTileRequest
  | EmbeddedOverlayRequest

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
/** A project against today's network: what it adds (closed today) or what the network loses without it (open today). */
export type ProjectImpactAnswer = SingleProjectImpact

export interface ProjectsOverviewAnswer {
  impacts: Array<Omit<SingleProjectImpact, 'pairs'>>
  late: LateCost[]
}

/** A question the core refused: its message (English, for the record) and the field it is about. */
export interface Refusal {
  readonly ok: false
  readonly message: string
  readonly field: string | null
}

/** A comparison (without the slow one-day trips, asked for apart), or why the scenarios were refused. */
export type CompareAnswer = { ok: true; comparison: Comparison } | Refusal
export type DelayAnswer = { ok: true; delay: DelayImpact } | Refusal

export type CoreAnswer<R extends CoreRequest> = R extends { type: 'import' }
  ? ImportAnswer
  : R extends { type: 'imported-route' }
    ? ImportedRouteAnswer
    : R extends { type: 'imported-compare' }
      ? ImportedCompareAnswer
      : R extends { type: 'imported-trip' }
        ? ImportedTripAnswer
        : R extends { type: 'imported-tile' }
          ? ImportedTileAnswer
          : R extends { type: 'embedded-overlay' }
            ? EmbeddedOverlayAnswer
            : CoreAnswerOnEmbedded<R>

type CoreAnswerOnEmbedded<R extends CoreRequest> = R extends { type: 'route' }
  ? RouteAnswer
  : R extends { type: 'from-place' }
    ? FromPlaceAnswer
    : R extends { type: 'itinerary' }
      ? ItineraryAnswer
      : R extends { type: 'compare' }
        ? CompareAnswer
        : R extends { type: 'compare-day-trips' }
          ? DayTripChange[]
          : R extends { type: 'delay' }
            ? DelayAnswer
            : R extends { type: 'projects-overview' }
              ? ProjectsOverviewAnswer
              : ProjectImpactAnswer

/** An itinerary, or the message of a request the planner refused (an unknown or repeated place). */
export type ItineraryAnswer = { ok: true; itinerary: Itinerary } | Refusal

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

/** Runs `compute`, turning a CoreError (a refused question) into a `Refusal`. */
function refusable<T>(compute: () => T): { ok: true; value: T } | Refusal {
  try {
    return { ok: true, value: compute() }
  } catch (error) {
    if (error instanceof CoreError) return { ok: false, message: error.message, field: error.field }
    throw error
  }
}

/**
 * The answer to `request`; a promise for the questions that load code first (a map tile). `progress`
 * hears how far a long question has gone (a comparison on an imported network).
 */
export function answer(
  dataset: Dataset,
  request: CoreRequest,
  progress?: Progress,
): CoreAnswer<CoreRequest> | Promise<CoreAnswer<CoreRequest>> {
  switch (request.type) {
    case 'import':
      return answerImport(request)
    case 'imported-route':
      return answerImportedRoute(request)
    case 'imported-compare':
      return answerImportedCompare(request, progress)
    case 'imported-trip':
      return answerImportedTrip(request)
    case 'imported-tile':
      return answerImportedTile(request)
    case 'embedded-overlay':
      return answerEmbeddedOverlay(dataset)
    case 'compare': {
      const r = refusable(() =>
        buildComparison(
          dataset,
          { before: request.before, after: request.after, parts: ['projects', 'critical', 'reach'] },
          request.today,
        ),
      )
      return r.ok ? { ok: true, comparison: r.value } : r
    }
    case 'compare-day-trips': {
      const before = resolveScenario(dataset, request.before, request.today),
        after = resolveScenario(dataset, request.after, request.today)
      return dayTrips(
        buildScenarioNetwork(dataset, before),
        buildScenarioNetwork(dataset, after),
        datasetGateways(dataset),
        request.today,
      )
    }
    case 'delay': {
      const r = refusable(() =>
        delayImpact(
          dataset,
          request.project,
          request.months,
          defaultComparePlaces(dataset),
          request.today,
          {},
          request.whatIf,
        ),
      )
      return r.ok ? { ok: true, delay: r.value } : r
    }
    case 'projects-overview': {
      const today = resolveScenario(dataset, { preset: 'today', ...request.whatIf }, request.today)
      const places = defaultComparePlaces(dataset)
      return {
        impacts: dataset.projects.map((p) => {
          const { pairs: _pairs, ...rest } = singleProjectImpact(dataset, today, p.id, places)
          return rest
        }),
        late: lateProjects(dataset, places, request.today, {}, request.whatIf),
      }
    }
    case 'itinerary': {
      const network = buildScenarioNetwork(
        dataset,
        resolveScenario(dataset, request.scenario, request.today),
        request.options,
      )
      const planned = refusable(() => planItinerary(network, request.request))
      return planned.ok ? { ok: true, itinerary: planned.value } : planned
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
      const today = resolveScenario(dataset, { preset: 'today', ...request.whatIf }, request.today)
      const impact = singleProjectImpact(dataset, today, request.project as ProjectId, defaultComparePlaces(dataset))
      return { ...impact, pairs: impact.pairs.slice(0, 10) }
    }
  }
}
