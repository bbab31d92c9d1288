/**
 * Imported networks
 * =================
 * The `/import` page's questions: import road data (with an overlay) into a dataset, kept here in the
 * worker under a key, and route on it at a date (a trip and a comparison on it:
 * `imported-trip-compare.ts`; its map tiles: `imported-tiles.ts`). The same core path the command line's `import` runs
 * (`importNetwork`), and the same route finder as every other page.
 */
import {
  buildScenarioNetwork,
  CoreError,
  UnknownPlaceError,
  networkOverview,
  overviewPlaces,
  routeMapPlan,
  type MapPlan,
  type OverviewPlace,
  type OverviewProjectLink,
  findRoute,
  ImportFileError,
  importNetwork,
  resolveScenario,
  type DatasetIssue,
  type Dataset,
  type ImportFormat,
  type ImportProblem,
  type ImportReport,
  type LocalizedText,
  type RouteResult,
  type Snap,
} from '../../core/index.ts'
import { forgetTiles, keepTiles } from './imported-tiles.ts'

export type ImportRequest = {
  type: 'import'
  format: ImportFormat
  /** Bytes for a binary format (PBF), text for the others. */
  data: string | Uint8Array
  name: string
  overlay: { text: string; name: string } | null
  /** Speeds by kind of way in place of ours (JSON), or none. */
  speeds?: { text: string; name: string } | null
}
export type ImportedRouteRequest = {
  type: 'imported-route'
  key: string
  from: string
  to: string
  date: string
  today: string
}

/** Most lines of problems, warnings or errors sent to the page (the counts are always sent). */
const MAX_LINES = 100
/** Most named places offered as route ends (a province has tens of thousands of bare junctions). */
const MAX_NAMED_PLACES = 500

export type ImportAnswer =
  | {
      ok: true
      key: string | null
      report: ImportReport
      joined: readonly Snap[]
      joinWarnings: readonly string[]
      /** The dataset's own validation: warnings always, errors when it was refused (the page words them). */
      warnings: readonly DatasetIssue[]
      warningCount: number
      errors: readonly DatasetIssue[]
      errorCount: number
      /**
       * The dataset as JSON (to download), when it is valid: a Blob, which reaches the page as a handle
       * (a province's dataset is tens of megabytes of text the page need not copy).
       */
      download: Blob | null
      counts: { places: number; links: number; projects: number }
      /** Places with a kind other than a bare junction, to route between and to mark on the map. */
      namedPlaces: readonly OverviewPlace[]
      /** What the map draws itself (the rest comes as tiles): project links, and the network's box. */
      map: { bounds: readonly [number, number, number, number]; projectLinks: readonly OverviewProjectLink[] } | null
      projects: ReadonlyArray<{ id: string; name: LocalizedText; date: string | null }>
    }
  | { ok: false; file: 'from' | 'overlay' | 'speeds'; problem: ImportProblem }

/** A route, or why not: the network is gone (`gone`: import it again), or the question was refused. */
export type ImportedRouteAnswer =
  | {
      ok: true
      /** Null when no ends were asked: the answer then only says which projects are open that day. */
      result: RouteResult | null
      /** The route as the map draws it, with where its marked places are (the page has no dataset). */
      plan: MapPlan | null
      points: Readonly<Record<string, readonly [number, number]>>
      /** The projects open on the route's day (the map draws their links open). */
      openProjects: readonly string[]
    }
  | { ok: false; gone: boolean; message: string; unknown: UnknownPlace | null }

/** A place id the network does not have, with the closest ids it has (the page words it). */
export type UnknownPlace = { readonly id: string; readonly suggestions: readonly string[] }

/** The unknown place a refusal names, for the page to word; null for any other refusal. */
export const unknownPlace = (error: CoreError): UnknownPlace | null =>
  error instanceof UnknownPlaceError ? { id: error.id, suggestions: error.suggestions } : null

/** The datasets imported in this session, newest last; only a few are kept. */
const kept = new Map<string, Dataset>()
const KEEP = 2
let counter = 0

export function answerImport(request: ImportRequest): ImportAnswer {
  let outcome
  try {
    outcome = importNetwork(request)
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, file: error.file, problem: error.problem }
    throw error
  }
  const { result, report, snaps, warnings, document } = outcome
  let key: string | null = null
  if (result.ok) {
    key = `imported-${++counter}`
    kept.set(key, result.dataset)
    for (const old of kept.keys()) if (kept.size > KEEP) kept.delete(old)
  }
  const overview = result.ok ? networkOverview(result.dataset) : null
  if (key && overview) keepTiles(key, overview.network)
  forgetTiles((k) => kept.has(k))
  const d = result.ok ? result.dataset : null
  return {
    ok: true,
    key,
    report,
    joined: snaps,
    joinWarnings: warnings,
    warnings: result.warnings.slice(0, MAX_LINES),
    warningCount: result.warnings.length,
    errors: result.ok ? [] : result.errors.slice(0, MAX_LINES),
    errorCount: result.ok ? 0 : result.errors.length,
    download: result.ok ? new Blob([JSON.stringify(document, null, 1)], { type: 'application/json' }) : null,
    counts: d
      ? { places: d.places.length, links: d.links.length, projects: d.projects.length }
      : { places: document.places.length, links: document.links.length, projects: document.projects.length },
    namedPlaces: d ? overviewPlaces(d, MAX_NAMED_PLACES) : [],
    map: overview && { bounds: overview.bounds, projectLinks: overview.projectLinks },
    projects: d
      ? d.projects.map((p) => ({
          id: p.id,
          name: p.name,
          date: p.opened?.date ?? p.expected?.date ?? p.promised?.date ?? null,
        }))
      : [],
  }
}

export function answerImportedRoute(request: ImportedRouteRequest): ImportedRouteAnswer {
  const dataset = kept.get(request.key)
  if (!dataset) return { ok: false, gone: true, message: '', unknown: null }
  try {
    const scenario = resolveScenario(dataset, { date: request.date }, request.today)
    if (!request.from && !request.to)
      return { ok: true, result: null, plan: null, points: {}, openProjects: scenario.openProjects }
    const result = findRoute(buildScenarioNetwork(dataset, scenario), request.from, request.to)
    const plan = result.reachable ? routeMapPlan(dataset, result) : null
    const points = Object.fromEntries(
      (plan?.markers ?? []).flatMap((m) => {
        const p = dataset.placeById.get(m.place)
        return p ? [[m.place, [p.lon, p.lat] as const]] : []
      }),
    )
    return { ok: true, result, plan, points, openProjects: scenario.openProjects }
  } catch (error) {
    if (error instanceof CoreError)
      return { ok: false, gone: false, message: error.message, unknown: unknownPlace(error) }
    throw error
  }
}

/** A network kept in this session, or undefined when it is gone (import it again). */
export function keptDataset(key: string): Dataset | undefined {
  return kept.get(key)
}
