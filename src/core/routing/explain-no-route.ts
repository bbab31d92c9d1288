/**
 * Explain no route
 * ================
 * When two places are not connected, says why in one sentence: which projects would connect them,
 * or which mode or profile restriction cuts them apart.
 */
import type { ProjectId } from '../model/ids.ts'
import { LINK_MODES } from '../model/link.ts'
import type { NoRoute, NoRouteCause } from './route.ts'
import { buildScenarioNetwork, type ScenarioNetwork } from './scenario-network.ts'
import { arcsTo, searchFrom } from './shortest-paths.ts'

function connects(network: ScenarioNetwork, from: string, to: string): number[] | null {
  const s = network.indexOf.get(from as never)!,
    t = network.indexOf.get(to as never)!
  return arcsTo(searchFrom(network, s, { target: t }), t)
}

/** Drops projects from `candidates` one at a time (in id order) while the two places stay connected. */
function minimalProjects(network: ScenarioNetwork, from: string, to: string, candidates: ProjectId[]): ProjectId[] {
  const keep = [...candidates]
  for (const p of candidates) {
    const trial = keep.filter((k) => k !== p)
    const open = { ...network.scenario, openProjects: [...network.scenario.openProjects, ...trial].sort() }
    if (connects(buildScenarioNetwork(network.dataset, open, network.options), from, to))
      keep.splice(keep.indexOf(p), 1)
  }
  return keep
}

export function explainNoRoute(network: ScenarioNetwork, s: number, t: number): NoRoute {
  const { dataset, scenario, options } = network
  const from = network.placeIds[s]!,
    to = network.placeIds[t]!
  const name = (id: string) => dataset.placeById.get(id as never)?.name.en ?? id
  const result = (reason: string, cause: NoRouteCause, wouldConnect: ProjectId[] = []): NoRoute => ({
    reachable: false,
    from,
    to,
    reason,
    cause,
    wouldConnect,
    scenario,
    options,
  })

  const allOpen = { ...scenario, openProjects: dataset.projects.map((p) => p.id) }
  const withAll = buildScenarioNetwork(dataset, allOpen, options)
  const arcs = connects(withAll, from, to)
  if (arcs) {
    const needed = minimalProjects(
      network,
      from,
      to,
      [
        ...new Set(
          arcs
            .map((a) => withAll.links[withAll.arcLink[a]!]!.link.project)
            .filter((p): p is ProjectId => p !== null && !scenario.openProjects.includes(p)),
        ),
      ].sort(),
    )
    const names = needed.map((id) => dataset.projectById.get(id)?.name.en ?? id)
    return result(
      `${name(from)} and ${name(to)} are not connected in this scenario; they would be with ${names.join(' and ')}`,
      { kind: 'needs-projects', projects: needed },
      needed,
    )
  }
  const anyMode = buildScenarioNetwork(dataset, allOpen, { ...options, modes: LINK_MODES })
  if (options.modes.length < LINK_MODES.length && connects(anyMode, from, to)) {
    return result(
      `${name(from)} and ${name(to)} are connected only with modes not allowed here (allowed: ${options.modes.join(', ')})`,
      { kind: 'modes', allowed: options.modes },
    )
  }
  if (
    options.profile !== 'car' &&
    connects(buildScenarioNetwork(dataset, allOpen, { ...options, modes: LINK_MODES, profile: 'car' }), from, to)
  ) {
    return result(`${name(from)} and ${name(to)} are connected only by links closed to a ${options.profile}`, {
      kind: 'profile',
      profile: options.profile,
    })
  }
  return result(`no chain of links joins ${name(from)} and ${name(to)} in this dataset, even with every project open`, {
    kind: 'disconnected',
  })
}
