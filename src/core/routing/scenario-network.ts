/**
 * Scenario network
 * ================
 * The network of one scenario and one travel profile, compiled into flat typed arrays (a CSR
 * adjacency) for fast searches. Derived from the dataset each time, never by mutating shared state.
 */
import type { LinkId, PlaceId, ProjectId } from '../model/ids.ts'
import { LINK_MODES, TRAVEL_PROFILES, type LinkMode } from '../model/link.ts'
import type { Dataset, Link } from '../dataset/dataset.ts'
import type { Scenario } from '../scenario/scenario.ts'
import { CoreError } from '../errors.ts'
import { profileAllows, profileMinutes, type TravelProfile } from './travel-profile.ts'

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

/** A compiled scenario network. Treat as immutable. */
export interface ScenarioNetwork {
  readonly dataset: Dataset
  readonly scenario: Scenario
  readonly options: ResolvedRoutingOptions
  /** Place ids sorted; a node's index is its position here. */
  readonly placeIds: readonly PlaceId[]
  readonly indexOf: ReadonlyMap<PlaceId, number>
  /** Open links usable by the profile and modes, sorted by id. */
  readonly links: readonly OpenLink[]
  /** Arcs leaving node i are `arcStart[i] .. arcStart[i+1]-1`. */
  readonly arcStart: Int32Array
  readonly arcTarget: Int32Array
  /** Index into `links`; also the tie-break rank, since `links` is sorted by id. */
  readonly arcLink: Int32Array
  /** What the search minimises: minutes (travel + wait) or km. */
  readonly arcCost: Float64Array
}

const ALL_MODES: readonly LinkMode[] = LINK_MODES

/** Fills in defaults and checks values: car, every mode, fastest. */
export function resolveRoutingOptions(options: RoutingOptions = {}): ResolvedRoutingOptions {
  const profile = options.profile ?? 'car'
  if (!(TRAVEL_PROFILES as readonly string[]).includes(profile))
    throw new CoreError('INVALID_OPTION', `profile: "${profile}" must be ${TRAVEL_PROFILES.join(', ')}`)
  const modes = options.modes ?? ALL_MODES
  for (const m of modes)
    if (!ALL_MODES.includes(m))
      throw new CoreError('INVALID_OPTION', `modes: "${m}" must be one of ${ALL_MODES.join(', ')}`)
  if (modes.length === 0) throw new CoreError('INVALID_OPTION', `modes: give at least one of ${ALL_MODES.join(', ')}`)
  const optimize = options.optimize ?? 'time'
  if (optimize !== 'time' && optimize !== 'distance')
    throw new CoreError('INVALID_OPTION', `optimize: "${String(optimize)}" must be time or distance`)
  return {
    profile,
    modes: ALL_MODES.filter((m) => modes.includes(m)),
    optimize,
    existingOnly: options.existingOnly ?? false,
  }
}

function isEstimate(link: Link, fields: readonly string[]): boolean {
  const p = link.provenance as Record<string, { confidence?: string } | undefined> | undefined
  return fields.some((f) => p?.[f]?.confidence === 'low')
}

/** The link with the open projects' upgrades applied; when several apply, the fastest wins. */
function applyScenario(
  link: Link,
  open: ReadonlySet<ProjectId>,
  upgrades: ReadonlyMap<
    LinkId,
    Array<{ project: ProjectId; minutes?: number; speedKmh?: number; waitMinutes?: number }>
  >,
) {
  let minutes = link.minutes
  let wait = link.waitMinutes ?? 0
  let upgradedBy: ProjectId | null = null
  for (const u of upgrades.get(link.id) ?? []) {
    if (!open.has(u.project)) continue
    const m = u.minutes ?? (u.speedKmh !== undefined ? (link.km / u.speedKmh) * 60 : minutes)
    const w = u.waitMinutes ?? wait
    if (m + w < minutes + wait) {
      minutes = m
      wait = w
      upgradedBy = u.project
    }
  }
  return { minutes, fixedWait: wait, upgradedBy }
}

/** Compiles the network of a scenario for a profile. Linear in the size of the dataset. */
export function buildScenarioNetwork(
  dataset: Dataset,
  scenario: Scenario,
  options: RoutingOptions = {},
): ScenarioNetwork {
  const resolved = resolveRoutingOptions(options)
  const open = new Set(
    resolved.existingOnly
      ? scenario.openProjects.filter((id) => dataset.projectById.get(id)?.status === 'completed')
      : scenario.openProjects,
  )
  const closedByReplacement = new Set<LinkId>()
  const upgrades = new Map<
    LinkId,
    Array<{ project: ProjectId; minutes?: number; speedKmh?: number; waitMinutes?: number }>
  >()
  for (const project of dataset.projects) {
    if (open.has(project.id)) for (const id of project.replaces ?? []) closedByReplacement.add(id)
    for (const u of project.upgrades ?? []) {
      const list = upgrades.get(u.link) ?? []
      list.push({
        project: project.id,
        ...(u.minutes !== undefined && { minutes: u.minutes }),
        ...(u.speedKmh !== undefined && { speedKmh: u.speedKmh }),
        ...(u.waitMinutes !== undefined && { waitMinutes: u.waitMinutes }),
      })
      upgrades.set(u.link, list)
    }
  }

  const placeIds = dataset.places.map((p) => p.id).sort()
  const indexOf = new Map(placeIds.map((id, i) => [id, i]))
  const links: OpenLink[] = []
  for (const link of dataset.links) {
    if (link.project !== null && !open.has(link.project)) continue
    if (closedByReplacement.has(link.id)) continue
    if (!resolved.modes.includes(link.mode)) continue
    if (!profileAllows(resolved.profile, link)) continue
    const { minutes, fixedWait, upgradedBy } = applyScenario(link, open, upgrades)
    const service = link.service
    const serviceWait = service
      ? (service.headwayMinutes !== undefined ? service.headwayMinutes / 2 : 0) + (service.boardMinutes ?? 0)
      : 0
    const waitMinutes = fixedWait + serviceWait
    links.push({
      link,
      km: link.km,
      travelMinutes: profileMinutes(resolved.profile, link, link.km, minutes),
      waitMinutes,
      waitReason: waitMinutes === 0 ? null : serviceWait > 0 ? 'service' : 'fixed',
      upgradedBy,
      estimated:
        isEstimate(link, ['km', 'speedKmh', 'minutes']) ||
        (waitMinutes > 0 && isEstimate(link, ['waitMinutes', 'service'])),
    })
  }
  links.sort((a, b) => (a.link.id < b.link.id ? -1 : a.link.id > b.link.id ? 1 : 0))

  // Count arcs per node, then fill (counting sort keeps arcs grouped by source, in link-id order).
  const n = placeIds.length
  const degree = new Int32Array(n + 1)
  for (const l of links) {
    degree[indexOf.get(l.link.from)! + 1]!++
    if (!l.link.oneway) degree[indexOf.get(l.link.to)! + 1]!++
  }
  const arcStart = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) arcStart[i + 1] = arcStart[i]! + degree[i + 1]!
  const m = arcStart[n]!
  const arcTarget = new Int32Array(m)
  const arcLink = new Int32Array(m)
  const arcCost = new Float64Array(m)
  const fill = arcStart.slice(0, n)
  links.forEach((l, li) => {
    const cost = resolved.optimize === 'time' ? l.travelMinutes + l.waitMinutes : l.km
    const add = (from: PlaceId, to: PlaceId) => {
      const at = fill[indexOf.get(from)!]!++
      arcTarget[at] = indexOf.get(to)!
      arcLink[at] = li
      arcCost[at] = cost
    }
    add(l.link.from, l.link.to)
    if (!l.link.oneway) add(l.link.to, l.link.from)
  })
  return { dataset, scenario, options: resolved, placeIds, indexOf, links, arcStart, arcTarget, arcLink, arcCost }
}
