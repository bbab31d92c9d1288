/**
 * Find route
 * ==========
 * Fastest or shortest route between two places on a scenario network, as legs with waits of their own.
 */
import type { PlaceId, ProjectId } from '../model/ids.ts'
import { placeOf } from '../dataset/lookup.ts'
import { formatPartialDate } from '../model/common.ts'
import type { Dataset } from '../dataset/dataset.ts'
import { WAIT_CAUSE_NOTES } from '../model/link.ts'
import { UnknownPlaceError } from '../errors.ts'
import { suggestIds } from '../model/suggest-ids.ts'
import { arcsTo, searchFrom } from './shortest-paths.ts'
import { openLinkAt, type ScenarioNetwork } from './scenario-network.ts'
import type { FoundRoute, ProjectUse, RouteLeg, RouteResult } from './route.ts'
import { explainNoRoute } from './explain-no-route.ts'
import { landmarkRouteArcs, landmarksFor } from './landmarks.ts'

/** The node index of a place id, or UnknownPlaceError with the closest ids. */
export function placeIndex(network: ScenarioNetwork, id: string, field = 'place'): number {
  const index = network.indexOf.get(id as PlaceId)
  if (index === undefined) throw new UnknownPlaceError(id, suggestPlaces(network.dataset, id), field)
  return index
}

/** Place ids close to a mistyped one, matching ids and names in both languages without diacritics. */
export function suggestPlaces(dataset: Dataset, wanted: string): string[] {
  return suggestIds(wanted, dataset.placeById.keys(), (id) => {
    const n = placeOf(dataset, id)?.name
    return n ? [n.vi, n.en] : []
  })
}

/** Describes a project's timing for people: opened, expected (with its confidence), or no date. */
export function describeProjectTiming(dataset: Dataset, id: ProjectId): ProjectUse {
  const p = dataset.projectById.get(id)!
  const estimate = (c: string) => (c === 'low' ? ' (estimate)' : '')
  const when = p.opened
    ? `opened ${formatPartialDate(p.opened.date)}`
    : p.expected
      ? `expected ${formatPartialDate(p.expected.date)}${estimate(p.expected.confidence)}`
      : p.promised
        ? `promised ${formatPartialDate(p.promised.date)}, no expected date`
        : 'no date announced'
  return {
    id,
    name: p.name.en,
    status: p.status ?? 'unknown',
    when,
    sentence: `uses ${p.name.en} (${p.status ?? 'status unknown'}), ${when}`,
  }
}

function waitNote(network: ScenarioNetwork, linkIndex: number): string {
  const open = openLinkAt(network, linkIndex)
  const link = open.link
  if (open.waitReason === 'service') {
    const what = link.mode === 'rail' ? 'train' : link.mode === 'cable-car' ? 'cable car' : 'boat'
    const every = link.service?.headwayMinutes ? `, one every ${link.service.headwayMinutes} min` : ''
    return `boarding and waiting for the ${what}${every}`
  }
  return link.waitCause ? WAIT_CAUSE_NOTES[link.waitCause] : 'waiting before this link'
}

/** Turns the arcs of a path into a route. */
export function routeFromArcs(network: ScenarioNetwork, from: number, to: number, arcs: readonly number[]): FoundRoute {
  const legs: RouteLeg[] = []
  const places: PlaceId[] = [network.placeIds[from]!]
  const used = new Set<ProjectId>()
  let minutes = 0,
    km = 0,
    estimatedMinutes = 0
  let at = from
  for (const a of arcs) {
    const li = network.arcLink[a]!
    const open = openLinkAt(network, li)
    const next = network.arcTarget[a]!
    const fromId = network.placeIds[at]!,
      toId = network.placeIds[next]!
    const project = open.link.project ?? open.upgradedBy
    if (project) used.add(project)
    // One shape for both kinds of leg (keys in the order the JSON output has always had), built
    // without spreads: a long route builds thousands of legs.
    const leg = (kind: RouteLeg['kind'], legTo: PlaceId, legKm: number, legMinutes: number, note: string | null) => ({
      link: open.link.id,
      from: fromId,
      mode: open.link.mode,
      ref: open.link.road?.ref ?? null,
      project,
      estimated: open.estimated,
      kind,
      to: legTo,
      km: legKm,
      minutes: legMinutes,
      note,
    })
    if (open.waitMinutes > 0) legs.push(leg('wait', fromId, 0, open.waitMinutes, waitNote(network, li)))
    legs.push(leg('travel', toId, open.km, open.travelMinutes, null))
    minutes += open.waitMinutes + open.travelMinutes
    km += open.km
    if (open.estimated) estimatedMinutes += open.waitMinutes + open.travelMinutes
    places.push(toId)
    at = next
  }
  const projects = [...used].sort()
  return {
    reachable: true,
    from: network.placeIds[from]!,
    to: network.placeIds[to]!,
    minutes,
    km,
    places,
    legs,
    projects,
    projectUses: projects.map((id) => describeProjectTiming(network.dataset, id)),
    estimatedMinutes,
    scenario: network.scenario,
    options: network.options,
  }
}

/**
 * The best route from `from` to `to` on the network (fastest or shortest, per the network's options).
 * Unknown ids throw UnknownPlaceError; an unreachable place gives `{reachable: false, reason}`.
 */
export function findRoute(network: ScenarioNetwork, from: string, to: string): RouteResult {
  const s = placeIndex(network, from, 'from')
  const t = placeIndex(network, to, 'to')
  const arcs = routeArcs(network, s, t)
  if (arcs === null) return explainNoRoute(network, s, t)
  return routeFromArcs(network, s, t, arcs)
}

/**
 * The arcs of the best route from `s` to `t`: steered by landmarks on a large network that has been
 * asked a few routes (`landmarks.ts`), a plain search otherwise; the same route either way.
 */
export function routeArcs(network: ScenarioNetwork, s: number, t: number): number[] | null {
  const landmarks = landmarksFor(network)
  if (landmarks) return landmarkRouteArcs(network, landmarks, s, t)
  return arcsTo(searchFrom(network, s, { target: t }), t)
}
