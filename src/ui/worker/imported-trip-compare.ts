/**
 * A trip and a comparison on an imported network (kept by `imported-networks.ts`): the trip page's
 * planner and the compare page's comparison, run on it, with the words the page needs in both
 * languages (the page has no dataset to word them from).
 */
import {
  buildComparison,
  buildScenarioNetwork,
  CoreError,
  defaultComparePlaces,
  MAX_COMPARE_PLACES,
  describeDrop,
  describeNote,
  placeOf,
  planItinerary,
  resolveScenario,
  type ChangeSummary,
  type Itinerary,
  type LocalizedText,
  type PairChange,
  type ProjectImpact,
  type Progress,
} from '../../core/index.ts'
import { keptDataset, unknownPlace, type UnknownPlace } from './imported-networks.ts'

export type ImportedCompareRequest = {
  type: 'imported-compare'
  key: string
  /** "Before": the network on this day; "after": every project open. */
  date: string
  today: string
}
export type ImportedTripRequest = {
  type: 'imported-trip'
  key: string
  /** Where the trip starts and ends. */
  start: string
  date: string
  days: number
  today: string
}

/** Most changed trips sent to the page, largest first (the summary counts them all). */
const MAX_PAIRS = 10

/**
 * What the projects change on an imported network: its heritage sites and gateways compared on a day
 * and with every project open, and each project's own part, or why not.
 */
export type ImportedCompareAnswer =
  | {
      ok: true
      places: number
      /** The names of the places compared (junctions and gateways are not among the named places). */
      names: Readonly<Record<string, LocalizedText>>
      before: string
      summary: ChangeSummary
      pairs: readonly PairChange[]
      projects: ReadonlyArray<Pick<ProjectImpact, 'id' | 'alone' | 'without'>>
    }
  | { ok: false; gone: boolean; tooFewPlaces: boolean; message: string }

/** Most heritage sites offered to the trip planner (it fits in what it can). */
const MAX_TRIP_SITES = 20

/**
 * A trip from a place to the network's heritage sites, as many as fit, with the words the page needs
 * in both languages: the places' names, and why a site was left out or what to know.
 */
export type ImportedTripAnswer =
  | {
      ok: true
      itinerary: Itinerary
      names: Readonly<Record<string, LocalizedText>>
      /** Why each left-out site was left out, in the order of `itinerary.dropped`. */
      dropped: readonly LocalizedText[]
      /** Each note of the trip, in the order of `itinerary.notes`. */
      notes: readonly LocalizedText[]
    }
  | { ok: false; gone: boolean; noSites: boolean; message: string; unknown: UnknownPlace | null }

export function answerImportedCompare(request: ImportedCompareRequest, progress?: Progress): ImportedCompareAnswer {
  const dataset = keptDataset(request.key)
  if (!dataset) return { ok: false, gone: true, tooFewPlaces: false, message: '' }
  const places = defaultComparePlaces(dataset).slice(0, MAX_COMPARE_PLACES)
  if (places.length < 2) return { ok: false, gone: false, tooFewPlaces: true, message: '' }
  try {
    const c = buildComparison(
      dataset,
      { before: { date: request.date }, after: { preset: 'full-vision' }, places, parts: ['projects'] },
      request.today,
      progress,
    )
    return {
      ok: true,
      places: c.places.length,
      names: Object.fromEntries(c.places.map((id) => [id, placeOf(dataset, id)?.name ?? { vi: id, en: id }])),
      before: request.date,
      summary: c.summary,
      pairs: c.pairs.filter((p) => p.kind !== 'same' && p.kind !== 'unreachable').slice(0, MAX_PAIRS),
      projects: (c.projects ?? []).map(({ id, alone, without }) => ({ id, alone, without })),
    }
  } catch (error) {
    if (error instanceof CoreError) return { ok: false, gone: false, tooFewPlaces: false, message: error.message }
    throw error
  }
}

export function answerImportedTrip(request: ImportedTripRequest): ImportedTripAnswer {
  const dataset = keptDataset(request.key)
  if (!dataset) return { ok: false, gone: true, noSites: false, message: '', unknown: null }
  const sites = dataset.places
    .filter((p) => p.kind === 'heritage-site' && p.id !== request.start)
    .slice(0, MAX_TRIP_SITES)
    .map((p) => p.id)
  if (sites.length === 0) return { ok: false, gone: false, noSites: true, message: '', unknown: null }
  try {
    // The network as it is on the trip's first day: a project open by then is used.
    const scenario = resolveScenario(dataset, { date: request.date }, request.today)
    const itinerary = planItinerary(buildScenarioNetwork(dataset, scenario), {
      start: request.start,
      visit: [],
      optional: sites,
      date: request.date,
      days: request.days,
    })
    const both = (word: (lang: 'vi' | 'en') => string): LocalizedText => ({ vi: word('vi'), en: word('en') })
    const named = new Set<string>([
      ...itinerary.days.flatMap((d) => [d.from, d.to, ...d.stops.map((s) => s.place)]),
      ...itinerary.dropped.map((d) => d.place),
    ])
    return {
      ok: true,
      itinerary,
      names: Object.fromEntries([...named].map((id) => [id, placeOf(dataset, id)?.name ?? { vi: id, en: id }])),
      dropped: itinerary.dropped.map((d) => both((lang) => describeDrop(d.cause, dataset, lang))),
      notes: itinerary.notes.map((n) => both((lang) => describeNote(n, dataset, itinerary.scenario.label, lang))),
    }
  } catch (error) {
    if (error instanceof CoreError)
      return { ok: false, gone: false, noSites: false, message: error.message, unknown: unknownPlace(error) }
    throw error
  }
}
