/**
 * Explain no route
 * ================
 * When two places are not connected, says why, with one more search and no rebuilt network: a search
 * over every link of the dataset, where a link the scenario has open costs nothing and a closed one
 * costs what it takes to open it (a project, then a mode not allowed, then a link closed to the
 * profile, each far dearer than the last), plus its minutes: the cheapest path needs the fewest and
 * least drastic openings, and among those is the fastest. It names the real obstacle.
 */
import type { ProjectId } from '../model/ids.ts'
import { placeOf } from '../dataset/lookup.ts'
import { TRAVEL_PROFILES } from '../model/link.ts'
import type { Dataset, Link } from '../dataset/dataset.ts'
import type { NoRoute, NoRouteCause } from './route.ts'
import { openLinkIndices, type ScenarioNetwork } from './scenario-network.ts'
import { MinHeap } from './min-heap.ts'
import { profileAllows } from './travel-profile.ts'

// Minutes of any real trip stay far below PROJECT_COST; all sums stay exact in a double.
const PROJECT_COST = 1e7
const MODE_COST = 1e10
const PROFILE_COST = 1e13

interface Obstacle {
  readonly project: ProjectId | null
  readonly mode: boolean
  readonly profile: boolean
}

/** What keeps a dataset link out of this network, or null when it is open (or can never open here). */
function obstacleOf(network: ScenarioNetwork, link: Link, open: ReadonlySet<string>, replaced: ReadonlySet<string>) {
  if (open.has(link.id) || replaced.has(link.id)) return null
  const { scenario, options } = network
  const project = link.project !== null && !scenario.openProjects.includes(link.project) ? link.project : null
  return { project, mode: !options.modes.includes(link.mode), profile: !profileAllows(options.profile, link) }
}

const costOf = (o: Obstacle | null) =>
  o === null ? 0 : (o.project ? PROJECT_COST : 0) + (o.mode ? MODE_COST : 0) + (o.profile ? PROFILE_COST : 0)

const sortedLinks = new WeakMap<Dataset, readonly Link[]>()

/** Every link of the dataset in id order (sorted once per dataset). */
function linksById(dataset: Dataset): readonly Link[] {
  let links = sortedLinks.get(dataset)
  if (!links) {
    links = [...dataset.links].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    sortedLinks.set(dataset, links)
  }
  return links
}

export function explainNoRoute(network: ScenarioNetwork, s: number, t: number): NoRoute {
  const { dataset, scenario, options } = network
  const from = network.placeIds[s]!,
    to = network.placeIds[t]!
  const name = (id: string) => placeOf(dataset, id)?.name.en ?? id
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

  const open = new Set<string>(openLinkIndices(network).map((i) => network.topology.links[i]!.id))
  const replaced = new Set<string>()
  for (const p of dataset.projects)
    if (scenario.openProjects.includes(p.id)) for (const id of p.replaces ?? []) replaced.add(id)
  // Adjacency over every link that is open or could be opened, in link-id order: with places numbered
  // by their coordinates and ids (`place-order.ts`), the explanation does not depend on the order of
  // the input file.
  const n = network.placeIds.length
  const links = linksById(dataset)
  const out: Array<Array<{ to: number; link: Link; obstacle: Obstacle | null }>> = Array.from({ length: n }, () => [])
  for (const link of links) {
    const obstacle = obstacleOf(network, link, open, replaced)
    if (obstacle === null && !open.has(link.id)) continue
    const a = network.indexOf.get(link.from)!,
      b = network.indexOf.get(link.to)!
    out[a]!.push({ to: b, link, obstacle })
    if (!link.oneway) out[b]!.push({ to: a, link, obstacle })
  }
  const cost = new Float64Array(n).fill(Infinity)
  const via: Array<{ from: number; link: Link; obstacle: Obstacle | null } | null> = Array.from(
    { length: n },
    () => null,
  )
  const heap = new MinHeap()
  cost[s] = 0
  heap.push(0, s)
  while (heap.size > 0) {
    const key = heap.topKey,
      u = heap.topNode
    heap.pop()
    if (key > cost[u]!) continue
    if (u === t) break
    for (const arc of out[u]!) {
      const next = key + costOf(arc.obstacle) + arc.link.minutes + (arc.link.waitMinutes ?? 0)
      if (next < cost[arc.to]!) {
        cost[arc.to] = next
        via[arc.to] = { from: u, link: arc.link, obstacle: arc.obstacle }
        heap.push(next, arc.to)
      }
    }
  }
  if (cost[t] === Infinity)
    return result(
      `no chain of links joins ${name(from)} and ${name(to)} in this dataset, even with every project open`,
      {
        kind: 'disconnected',
      },
    )

  const blocked: Array<{ link: Link; obstacle: Obstacle }> = []
  for (let v = t; v !== s; v = via[v]!.from)
    if (via[v]!.obstacle) blocked.push({ link: via[v]!.link, obstacle: via[v]!.obstacle! })
  const obstacles = blocked.map((b) => b.obstacle)
  if (obstacles.some((o) => o.profile)) {
    const everyProfile = blocked.some(
      (b) => b.obstacle.profile && TRAVEL_PROFILES.every((profile) => !profileAllows(profile, b.link)),
    )
    return result(
      everyProfile
        ? `${name(from)} and ${name(to)} are connected only by links closed to every vehicle`
        : `${name(from)} and ${name(to)} are connected only by links closed to a ${options.profile}`,
      { kind: 'profile', profile: options.profile, everyProfile },
    )
  }
  if (obstacles.some((o) => o.mode))
    return result(
      `${name(from)} and ${name(to)} are connected only with modes not allowed here (allowed: ${options.modes.join(', ')})`,
      { kind: 'modes', allowed: options.modes },
    )
  const needed = [...new Set(obstacles.map((o) => o.project).filter((p): p is ProjectId => p !== null))].sort()
  const names = needed.map((id) => dataset.projectById.get(id)?.name.en ?? id)
  return result(
    `${name(from)} and ${name(to)} are not connected in this scenario; they would be with ${names.join(' and ')}`,
    { kind: 'needs-projects', projects: needed },
    needed,
  )
}
