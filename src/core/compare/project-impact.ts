/**
 * Project impact
 * ==============
 * Which project matters, in units a planner reads: for each project, the trips (pairs of places) it
 * makes faster or slower, connects or disconnects, and the minutes per trip, measured twice:
 *
 * - **alone**: the project added on its own to the "before" scenario (what it adds);
 * - **without**: the project removed on its own from the "after" scenario (what the network loses).
 *
 * Both read "with the project" against "without it", so a positive figure means the project helps.
 * Where a project changes nothing, the reason says why, truthfully: already open, not open, not
 * usable by this profile or these modes, useful only with another project, or slower than what
 * exists (with the trip it would serve and both times).
 */
import type { LinkId, PlaceId, ProjectId } from '../model/ids.ts'
import type { LinkMode } from '../model/link.ts'
import type { Dataset } from '../dataset/dataset.ts'
import type { Scenario } from '../scenario/scenario.ts'
import { buildScenarioNetwork, type RoutingOptions, type ScenarioNetwork } from '../routing/scenario-network.ts'
import { networkCache, type NetworkOf } from './kept-networks.ts'
import type { TravelProfile } from '../routing/travel-profile.ts'
import { anyPairChanges, comparePairs, type PairChange, type PairsComparison } from './compare-pairs.ts'
import { addedArcs, addedChangesNothing, indexAdded } from '../routing/network-diff.ts'
import { travelMatrix, travelMatrixFrom } from '../routing/travel-matrix.ts'
import { placeIndex } from '../routing/find-route.ts'
import { isUnchanged, type ChangeSummary } from './change.ts'
import { slowerThanExisting, type ForcedRoute } from './forced-route.ts'
import type { Progress } from '../progress.ts'

/** Why a project changes no trip in one of the two measures. */
export type NoEffectReason =
  /** Alone: the project is already open in "before", so adding it adds nothing. */
  | { readonly kind: 'already-open' }
  /** Without: the project is not open in "after", so removing it removes nothing. */
  | { readonly kind: 'not-open' }
  /** None of its links can be used with this profile and these modes. */
  | { readonly kind: 'not-usable'; readonly profile: TravelProfile; readonly modes: readonly LinkMode[] }
  /** It helps only together with these projects (none of them open in "before"). */
  | { readonly kind: 'needs'; readonly projects: readonly ProjectId[] }
  /** Its best use is slower than the best existing route of the trip it would serve. */
  | ({ readonly kind: 'slower-than-existing' } & ForcedRoute)
  /** No compared trip can reach its links at all. */
  | { readonly kind: 'out-of-reach' }

export interface ImpactPair {
  readonly from: PlaceId
  readonly to: PlaceId
  /** Minutes without the project and with it (null: no route). */
  readonly withoutMinutes: number | null
  readonly withMinutes: number | null
  readonly kind: PairChange['kind']
}

export interface ProjectImpact {
  readonly id: ProjectId
  /** Added alone to "before": with it against without it. */
  readonly alone: ChangeSummary
  /** Removed alone from "after": with it (the after scenario) against without it. */
  readonly without: ChangeSummary
  /** Why `alone` changes nothing (null when it changes something). */
  readonly aloneReason: NoEffectReason | null
  readonly withoutReason: NoEffectReason | null
  /** The trips it changes most (from the measure with more changes), largest first. */
  readonly topPairs: readonly ImpactPair[]
  /** For a project that changes nothing alone but matters in "after": the projects it needs. */
  readonly needs: readonly ProjectId[]
}

const withProject = (s: Scenario, id: ProjectId): Scenario => ({
  ...s,
  label: `${s.label} + ${id}`,
  openProjects: [...new Set([...s.openProjects, id])].sort(),
})
const withoutProject = (s: Scenario, id: ProjectId): Scenario => ({
  ...s,
  label: `${s.label} − ${id}`,
  openProjects: s.openProjects.filter((p) => p !== id),
})

/** The links a project adds or changes. */
export function projectLinks(dataset: Dataset, id: ProjectId): LinkId[] {
  const p = dataset.projectById.get(id)!
  return [...new Set([...p.addsLinks, ...(p.upgrades ?? []).map((u) => u.link)])]
}

/** The first changed pairs of a comparison that kept only those (`comparePairs(…, 'changed')`). */
function topPairs(c: PairsComparison, limit = 5): ImpactPair[] {
  return c.pairs.slice(0, limit).map((p) => ({
    from: p.from,
    to: p.to,
    withoutMinutes: p.beforeMinutes,
    withMinutes: p.afterMinutes,
    kind: p.kind,
  }))
}

/**
 * The links that carry a project's purpose: its added or upgraded links at least half as long as the
 * longest (so a boat line counts, the short path down to its wharf does not).
 */
export function projectMainLinks(dataset: Dataset, id: ProjectId): LinkId[] {
  const links = projectLinks(dataset, id).map((l) => dataset.linkById.get(l)!)
  const longest = links.reduce((m, l) => Math.max(m, l.km), 0)
  return links.filter((l) => l.km >= longest / 2).map((l) => l.id)
}

/** The reason a network with the project changes nothing, when it is not "already open"/"not open". */
function reasonIn(withIt: ScenarioNetwork, id: ProjectId, places: readonly PlaceId[]): NoEffectReason {
  const links = new Set(projectLinks(withIt.dataset, id))
  const usable = (link: string) => {
    const i = withIt.topology.linkIndex.get(link as LinkId)
    return i !== undefined && withIt.linkOpen[i] === 1
  }
  if (![...links].some(usable))
    return { kind: 'not-usable', profile: withIt.options.profile, modes: withIt.options.modes }
  const forced =
    slowerThanExisting(withIt, new Set(projectMainLinks(withIt.dataset, id)), places) ??
    slowerThanExisting(withIt, links, places)
  return forced ? { kind: 'slower-than-existing', ...forced } : { kind: 'out-of-reach' }
}

/** What one project changes, with it against without it, on a baseline scenario. */
export interface SingleProjectImpact {
  readonly id: ProjectId
  /**
   * `adds`: the project is not open in the baseline, so it is added alone; `loses`: it is open, so the
   * figures are what the baseline would lose without it.
   */
  readonly measure: 'adds' | 'loses'
  readonly summary: ChangeSummary
  /** Changed pairs, largest change first (connections first). */
  readonly pairs: readonly PairChange[]
  readonly reason: NoEffectReason | null
}

/** One project against a baseline (for a project's own page: today's network with and without it). */
export function singleProjectImpact(
  dataset: Dataset,
  baseline: Scenario,
  id: ProjectId,
  places: readonly PlaceId[],
  options: RoutingOptions = {},
): SingleProjectImpact {
  const open = baseline.openProjects.includes(id)
  const withIt = buildScenarioNetwork(dataset, open ? baseline : withProject(baseline, id), options)
  const without = buildScenarioNetwork(dataset, open ? withoutProject(baseline, id) : baseline, options)
  const c = comparePairs(without, withIt, places, 'changed')
  return {
    id,
    measure: open ? 'loses' : 'adds',
    summary: c.summary,
    pairs: c.pairs,
    reason: !isUnchanged(c.summary) ? null : noEffectAlone(dataset, baseline, id, withIt, c.places, options, open),
  }
}

function noEffectAlone(
  dataset: Dataset,
  baseline: Scenario,
  id: ProjectId,
  withIt: ScenarioNetwork,
  places: readonly PlaceId[],
  options: RoutingOptions,
  open: boolean,
): NoEffectReason {
  if (!open) {
    const needs = partnersNeeded(dataset, baseline, id, places, options)
    if (needs.length > 0) return { kind: 'needs', projects: needs }
  }
  return reasonIn(withIt, id, places)
}

/**
 * The projects (closed in `base`) each of which, opened with `id`, makes `id` change some trip: what a
 * project that does nothing alone is waiting for.
 */
export function partnersNeeded(
  dataset: Dataset,
  base: Scenario,
  id: ProjectId,
  places: readonly string[],
  options: RoutingOptions = {},
  networkOf: NetworkOf = networkCache(dataset, options),
): ProjectId[] {
  // What `id` adds to the base network. Laid on a partner's network that touches none of its links,
  // it adds the same arcs: a partner for which those arcs help no compared place changes nothing,
  // found without building "base + partner + id".
  const baseNet = networkOf(base)
  const addedAlone = addedArcs(baseNet, networkOf(withProject(base, id)))
  const added = addedAlone && indexAdded(addedAlone)
  const mine = touchedLinks(dataset, id)
  const sources = [...new Set(places)].map((p) => placeIndex(baseNet, p, 'places'))
  return dataset.projects
    .filter((q) => q.id !== id && !base.openProjects.includes(q.id))
    .filter((q) => {
      const partner = withProject(base, q.id)
      const disjoint = ![...touchedLinks(dataset, q.id)].some((l) => mine.has(l))
      if (added && disjoint && addedChangesNothing(networkOf(partner), added, sources)) return false
      return anyPairChanges(networkOf(partner), networkOf(withProject(partner, id)), places)
    })
    .map((q) => q.id)
}

/** Every link a project adds, upgrades or replaces. */
function touchedLinks(dataset: Dataset, id: ProjectId): Set<string> {
  const p = dataset.projectById.get(id)!
  return new Set<string>([...projectLinks(dataset, id), ...(p.replaces ?? [])])
}

/** Orders impacts: most trips connected first, then most net trip-minutes saved, then by id. */
function byImportance(x: ProjectImpact, y: ProjectImpact): number {
  const connected = (p: ProjectImpact) => Math.max(p.alone.connected, p.without.connected)
  const minutes = (p: ProjectImpact) => Math.max(p.alone.netTripMinutes, p.without.netTripMinutes)
  return connected(y) - connected(x) || minutes(y) - minutes(x) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
}

/**
 * Impact of every project between two scenarios, most important first. `progress` hears of the rows
 * of both sides' matrices as they are searched, then of each project as it is measured.
 */
export function projectImpacts(
  dataset: Dataset,
  before: Scenario,
  after: Scenario,
  places: readonly string[],
  options: RoutingOptions = {},
  progress?: Progress,
): ProjectImpact[] {
  const networkOf = networkCache(dataset, options)
  const nb = networkOf(before),
    na = networkOf(after)
  // Each project's networks differ from a side's in a few links: their matrices are the side's, with
  // only the rows the project can change searched again (`travelMatrixFrom`).
  const unique = [...new Set(places)]
  const sideMatrix = (side: ScenarioNetwork, network: ScenarioNetwork) =>
    travelMatrixFrom(side, travelMatrix(side, unique), network)
  if (progress && dataset.projects.length > 0) {
    // The two sides' matrices first (every project's comparison starts from them; on a province
    // they are a good part of the time), so that the steps heard after them are the projects'.
    const rows = nb === na ? unique.length : 2 * unique.length
    travelMatrix(nb, unique, (done) => progress(done, rows, 'rows'))
    if (na !== nb) travelMatrix(na, unique, (done) => progress(unique.length + done, rows, 'rows'))
  }
  return dataset.projects
    .map((project, done): ProjectImpact => {
      const id = project.id
      const aloneNet = before.openProjects.includes(id) ? nb : networkOf(withProject(before, id))
      const withoutNet = after.openProjects.includes(id) ? networkOf(withoutProject(after, id)) : na
      sideMatrix(na, withoutNet)
      const alone = comparePairs(nb, aloneNet, places, 'changed')
      const without = comparePairs(withoutNet, na, places, 'changed')
      const aloneIdle = isUnchanged(alone.summary),
        withoutIdle = isUnchanged(without.summary)
      const needs =
        aloneIdle && !withoutIdle && !before.openProjects.includes(id)
          ? partnersNeeded(dataset, before, id, places, options, networkOf)
          : []
      const aloneReason: NoEffectReason | null = !aloneIdle
        ? null
        : before.openProjects.includes(id)
          ? { kind: 'already-open' }
          : needs.length > 0
            ? { kind: 'needs', projects: needs }
            : reasonIn(aloneNet, id, alone.places)
      const withoutReason: NoEffectReason | null = !withoutIdle
        ? null
        : !after.openProjects.includes(id)
          ? { kind: 'not-open' }
          : reasonIn(na, id, without.places)
      const changes = (s: ChangeSummary) => s.faster + s.slower + s.connected + s.disconnected
      progress?.(done + 1, dataset.projects.length, 'projects')
      return {
        id,
        alone: alone.summary,
        without: without.summary,
        aloneReason,
        withoutReason,
        topPairs: topPairs(changes(alone.summary) >= changes(without.summary) ? alone : without),
        needs,
      }
    })
    .sort(byImportance)
}
