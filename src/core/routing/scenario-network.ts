/**
 * Scenario network
 * ================
 * The network of one scenario and one travel profile, compiled into flat typed arrays (a CSR
 * adjacency) for fast searches. Derived from the dataset each time, never by mutating shared state.
 */
import type { PlaceId, ProjectId } from '../model/ids.ts'
import { LINK_MODES, TRAVEL_PROFILES, type LinkMode } from '../model/link.ts'
import type { Dataset, Link } from '../dataset/dataset.ts'
import type { Scenario } from '../scenario/scenario.ts'
import { refuse } from '../errors.ts'
import { profileMinutes, type TravelProfile } from './travel-profile.ts'
import { networkTopology, type NetworkTopology } from './network-topology.ts'
import type { SearchTree } from './shortest-paths.ts'
import type { TravelMatrix } from './travel-matrix.ts'

export type Optimize = 'time' | 'distance'

/** How to route: the travel profile, the modes allowed, and what to minimise. */
export interface RoutingOptions {
  readonly profile?: TravelProfile
  readonly modes?: readonly LinkMode[]
  readonly optimize?: Optimize
  /** Use only links that exist today: no link or upgrade of a project that is not completed. */
  readonly existingOnly?: boolean
}

export interface ResolvedRoutingOptions {
  readonly profile: TravelProfile
  readonly modes: readonly LinkMode[]
  readonly optimize: Optimize
  readonly existingOnly: boolean
}

/** Why a wait happens before a link. */
export type WaitReason = 'fixed' | 'service'

/** A link as it is in this scenario and for this profile. */
export interface OpenLink {
  readonly link: Link
  readonly km: number
  /** Minutes of travel on the link itself. */
  readonly travelMinutes: number
  /** Minutes spent waiting before it (boarding, headway, one-lane bridge); 0 when none. */
  readonly waitMinutes: number
  readonly waitReason: WaitReason | null
  /** The open project that changed this link's time, if any. */
  readonly upgradedBy: ProjectId | null
  /** True when the length, speed, time or wait is our estimate. */
  readonly estimated: boolean
}

/**
 * A compiled scenario network: the dataset's shared topology with this scenario's open links and
 * costs. Treat as immutable. Link figures are per topology link (`topology.links`); read a link as
 * an `OpenLink` with `openLinkAt`.
 */
export interface ScenarioNetwork {
  readonly dataset: Dataset
  readonly scenario: Scenario
  readonly options: ResolvedRoutingOptions
  readonly topology: NetworkTopology
  /** Place ids in node order: a node's index is its position here (the topology's). */
  readonly placeIds: readonly PlaceId[]
  /** Each node's position in id order, for the tie rule (the topology's). */
  readonly placeRank: Int32Array
  readonly indexOf: ReadonlyMap<PlaceId, number>
  /** Arcs leaving node i are `arcStart[i] .. arcStart[i+1]-1` (the topology's, shared). */
  readonly arcStart: Int32Array
  readonly arcTarget: Int32Array
  /** Index into `topology.links`; also the tie-break rank, since those are sorted by id. */
  readonly arcLink: Int32Array
  /** What the search minimises: minutes (travel + wait) or km; Infinity for a link closed here. */
  readonly arcCost: Float64Array
  /** 1 when the topology link is open in this scenario. */
  readonly linkOpen: Uint8Array
  /** Minutes of travel on each link in this scenario (upgrades applied). */
  readonly linkTravelMinutes: Float64Array
  /** Minutes waited before each link in this scenario. */
  readonly linkWaitMinutes: Float64Array
  /** The open project that changed a link's time, by link index (only links some project changed). */
  readonly linkUpgradedBy: ReadonlyMap<number, ProjectId>
  /** What the routing modules keep about this network once computed (see `NetworkMemo`). */
  readonly memo: NetworkMemo
}

/**
 * Answers a network keeps about itself once computed: its matrices (`travel-matrix.ts`), its full
 * searches (`network-diff.ts`) and its links as `OpenLink`s. Held by the network, so they go with it:
 * kept in WeakMaps keyed by the network, they outlived it, since a young-generation collection keeps
 * a WeakMap's values whatever becomes of their keys; project impacts, which build and drop some twenty
 * networks per answer, spent most of their collection time copying the matrices and searches of
 * networks already gone. Routing modules only; nothing outside them reads it.
 */
export interface NetworkMemo {
  matrices?: Map<string, TravelMatrix>
  trees?: Map<number, SearchTree>
  openLinks?: Map<number, OpenLink>
}

const ALL_MODES: readonly LinkMode[] = LINK_MODES

/** Fills in defaults and checks values: car, every mode, fastest. */
export function resolveRoutingOptions(options: RoutingOptions = {}): ResolvedRoutingOptions {
  const profile = options.profile ?? 'car'
  if (!(TRAVEL_PROFILES as readonly string[]).includes(profile))
    throw refuse('INVALID_OPTION', 'profile', `"${profile}" must be ${TRAVEL_PROFILES.join(', ')}`)
  const modes = options.modes ?? ALL_MODES
  for (const m of modes)
    if (!ALL_MODES.includes(m)) throw refuse('INVALID_OPTION', 'modes', `"${m}" must be one of ${ALL_MODES.join(', ')}`)
  if (modes.length === 0) throw refuse('INVALID_OPTION', 'modes', `give at least one of ${ALL_MODES.join(', ')}`)
  const optimize = options.optimize ?? 'time'
  if (optimize !== 'time' && optimize !== 'distance')
    throw refuse('INVALID_OPTION', 'optimize', `"${String(optimize)}" must be time or distance`)
  return {
    profile,
    modes: ALL_MODES.filter((m) => modes.includes(m)),
    optimize,
    existingOnly: options.existingOnly ?? false,
  }
}

/** Compiles the network of a scenario for a profile: flags and costs over the shared topology. */
export function buildScenarioNetwork(
  dataset: Dataset,
  scenario: Scenario,
  options: RoutingOptions = {},
): ScenarioNetwork {
  const resolved = resolveRoutingOptions(options)
  const topology = networkTopology(dataset, resolved.profile, resolved.modes)
  const projects = dataset.projects
  const projectOpen = new Uint8Array(projects.length)
  const open = new Set(scenario.openProjects)
  projects.forEach((p, i) => {
    if (open.has(p.id) && (!resolved.existingOnly || p.status === 'completed')) projectOpen[i] = 1
  })
  const { links } = topology
  const base = scenarioFloor(topology, resolved.optimize)
  // The floor's flags and costs, copied, then changed only where a project changes them: its own
  // links opened, the links it replaces closed, the links it upgrades re-costed (`touched`). Both
  // copies share one new buffer (one allocation per scenario, not two: most of a small network's cost).
  const block = new ArrayBuffer(base.arcCost.length * 8 + base.linkOpen.length)
  const arcCost = new Float64Array(block, 0, base.arcCost.length)
  arcCost.set(base.arcCost)
  const linkOpen = new Uint8Array(block, base.arcCost.length * 8, base.linkOpen.length)
  linkOpen.set(base.linkOpen)
  const touched: number[] = []
  topology.projectLinks.forEach((mine, p) => {
    if (!projectOpen[p]) return
    for (const i of mine) {
      linkOpen[i] = 1
      touched.push(i)
    }
  })
  topology.replacedBy.forEach((replaced, p) => {
    if (!projectOpen[p]) return
    for (const i of replaced) {
      linkOpen[i] = 0
      touched.push(i)
    }
  })
  // Upgrades: the fastest open one wins; the figures are copied only when some upgrade applies.
  let travel = topology.baseTravelMinutes,
    wait = topology.baseWaitMinutes
  const upgradedBy = new Map<number, ProjectId>()
  for (const [li, list] of topology.upgrades) {
    const link = links[li]!
    let minutes = link.minutes,
      fixedWait = link.waitMinutes ?? 0,
      by = -1
    for (const u of list) {
      if (!projectOpen[u.project]) continue
      const m = u.minutes ?? (u.speedKmh !== undefined ? (link.km / u.speedKmh) * 60 : minutes)
      const w = u.waitMinutes ?? fixedWait
      if (m + w < minutes + fixedWait) {
        minutes = m
        fixedWait = w
        by = u.project
      }
    }
    if (by < 0) continue
    if (travel === topology.baseTravelMinutes) {
      travel = travel.slice()
      wait = wait.slice()
    }
    travel[li] = profileMinutes(resolved.profile, link, link.km, minutes)
    wait[li] = fixedWait + topology.serviceWaitMinutes[li]!
    upgradedBy.set(li, projects[by]!.id)
    touched.push(li)
  }
  const byTime = resolved.optimize === 'time'
  const { linkArcStart, linkArcs, linkKm } = topology
  for (const li of touched) {
    const cost = !linkOpen[li] ? Infinity : byTime ? travel[li]! + wait[li]! : linkKm[li]!
    for (let k = linkArcStart[li]!; k < linkArcStart[li + 1]!; k++) arcCost[linkArcs[k]!] = cost
  }
  return {
    dataset,
    scenario,
    options: resolved,
    topology,
    placeIds: topology.placeIds,
    placeRank: topology.placeRank,
    indexOf: topology.indexOf,
    arcStart: topology.arcStart,
    arcTarget: topology.arcTarget,
    arcLink: topology.arcLink,
    arcCost,
    linkOpen,
    linkTravelMinutes: travel,
    linkWaitMinutes: wait,
    linkUpgradedBy: upgradedBy,
    memo: {},
  }
}

/**
 * The network with every project closed and nothing upgraded: what a scenario copies and then changes
 * where its open projects do (kept per topology and measure). Copying flat arrays and changing a few
 * thousand entries is several times faster on large networks than recomputing every arc's cost, whose
 * reads by link index jump across memory.
 */
interface ScenarioFloor {
  readonly linkOpen: Uint8Array
  readonly arcCost: Float64Array
}

const floors = new WeakMap<NetworkTopology, Partial<Record<Optimize, ScenarioFloor>>>()

function scenarioFloor(topology: NetworkTopology, optimize: Optimize): ScenarioFloor {
  let byMeasure = floors.get(topology)
  if (!byMeasure) floors.set(topology, (byMeasure = {}))
  return (byMeasure[optimize] ??= buildFloor(topology, optimize))
}

function buildFloor(topology: NetworkTopology, optimize: Optimize): ScenarioFloor {
  const { linkProject, arcLink, baseTravelMinutes: travel, baseWaitMinutes: wait, linkKm } = topology
  const linkOpen = new Uint8Array(linkProject.length)
  for (let i = 0; i < linkOpen.length; i++) linkOpen[i] = linkProject[i]! < 0 ? 1 : 0
  const arcCost = new Float64Array(arcLink.length)
  for (let a = 0; a < arcCost.length; a++) {
    const li = arcLink[a]!
    arcCost[a] = !linkOpen[li] ? Infinity : optimize === 'time' ? travel[li]! + wait[li]! : linkKm[li]!
  }
  return { linkOpen, arcCost }
}

/** The topology link at `index` as it is in this scenario (built once per network and link). */
export function openLinkAt(network: ScenarioNetwork, index: number): OpenLink {
  const cached = (network.memo.openLinks ??= new Map())
  let open = cached.get(index)
  if (!open) {
    const { topology } = network
    const link = topology.links[index]!
    const waitMinutes = network.linkWaitMinutes[index]!
    const flags = topology.estimateFlags[index]!
    open = {
      link,
      km: link.km,
      travelMinutes: network.linkTravelMinutes[index]!,
      waitMinutes,
      waitReason: waitMinutes === 0 ? null : topology.serviceWaitMinutes[index]! > 0 ? 'service' : 'fixed',
      upgradedBy: network.linkUpgradedBy.get(index) ?? null,
      estimated: (flags & 1) !== 0 || (waitMinutes > 0 && (flags & 2) !== 0),
    }
    cached.set(index, open)
  }
  return open
}

/** Indices (into `topology.links`) of the links open in this scenario, in id order. */
export function openLinkIndices(network: ScenarioNetwork): number[] {
  const out: number[] = []
  for (let i = 0; i < network.linkOpen.length; i++) if (network.linkOpen[i]) out.push(i)
  return out
}

/** The links open in this scenario, in id order. */
export function openLinks(network: ScenarioNetwork): OpenLink[] {
  return openLinkIndices(network).map((i) => openLinkAt(network, i))
}
