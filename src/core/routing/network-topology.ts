/**
 * Network topology
 * ================
 * What every scenario of a dataset shares, for one travel profile and set of modes: the places (in
 * the order of `place-order.ts`, along a curve over the map), every link the profile may use in some scenario (existing or planned) in id order, and one
 * CSR adjacency over all of them. Built once per dataset, profile and modes (kept in a WeakMap on the
 * dataset); a scenario then only decides which links are open and what each costs
 * (`scenario-network.ts`), so a step of the date slider recomputes a few flat arrays instead of a
 * graph.
 */
import type { LinkId, PlaceId, ProjectId } from '../model/ids.ts'
import type { LinkMode } from '../model/link.ts'
import type { Dataset, Link } from '../dataset/dataset.ts'
import { profileAllows, profileMinutes, type TravelProfile } from './travel-profile.ts'
import { IdIndex } from '../dataset/id-index.ts'
import { placeOrder } from './place-order.ts'

/** A project's change to one link's figures, with the project as an index into `dataset.projects`. */
export interface TopologyUpgrade {
  readonly project: number
  readonly minutes?: number
  readonly speedKmh?: number
  readonly waitMinutes?: number
}

export interface NetworkTopology {
  readonly dataset: Dataset
  readonly profile: TravelProfile
  readonly modes: readonly LinkMode[]
  /** Place ids in node order (`place-order.ts`): a node's index is its position here. */
  readonly placeIds: readonly PlaceId[]
  /** Each node's position in id order: the tie rule's second key. */
  readonly placeRank: Int32Array
  readonly indexOf: ReadonlyMap<PlaceId, number>
  /** Every link the profile and modes may use in some scenario, sorted by id. */
  readonly links: readonly Link[]
  readonly linkIndex: ReadonlyMap<LinkId, number>
  /** Each link's length in km, and 1 where it is a road (driving time counts only roads). */
  readonly linkKm: Float64Array
  readonly linkIsRoad: Uint8Array
  /** The project (index into `dataset.projects`) a link belongs to; -1 for a link that exists. */
  readonly linkProject: Int32Array
  /** The link's minutes of travel for the profile, before any upgrade. */
  readonly baseTravelMinutes: Float64Array
  /** Minutes waited before the link (fixed wait plus half the headway and boarding), before upgrades. */
  readonly baseWaitMinutes: Float64Array
  /** The part of the wait that is a service's (headway and boarding). */
  readonly serviceWaitMinutes: Float64Array
  /** 1 when the link's length, speed or time is our estimate; 2 when its wait is; 3 both. */
  readonly estimateFlags: Uint8Array
  /** Links each project replaces (by project index, as link indices). */
  readonly replacedBy: readonly (readonly number[])[]
  /** Upgrades by link index, for the links some project upgrades. */
  readonly upgrades: ReadonlyMap<number, readonly TopologyUpgrade[]>
  /** Arcs leaving node i are `arcStart[i] .. arcStart[i+1]-1`, in link-id order. */
  readonly arcStart: Int32Array
  readonly arcTarget: Int32Array
  /** Index into `links`; also the tie-break rank, since `links` is sorted by id. */
  readonly arcLink: Int32Array
  /** The arcs of link i are `linkArcs[linkArcStart[i] .. linkArcStart[i+1]-1]` (one, or two both ways). */
  readonly linkArcStart: Int32Array
  readonly linkArcs: Int32Array
  /** The links of each project (by project index, as link indices). */
  readonly projectLinks: readonly Int32Array[]
}

const cache = new WeakMap<Dataset, Map<string, NetworkTopology>>()

function isEstimate(link: Link, fields: readonly string[]): boolean {
  const p = link.provenance as Record<string, { confidence?: string } | undefined> | undefined
  return fields.some((f) => p?.[f]?.confidence === 'low')
}

/** The topology of `dataset` for a profile and modes (built once, then shared). */
export function networkTopology(dataset: Dataset, profile: TravelProfile, modes: readonly LinkMode[]): NetworkTopology {
  let byOptions = cache.get(dataset)
  if (!byOptions) cache.set(dataset, (byOptions = new Map()))
  const key = `${profile}|${modes.join(',')}`
  let topology = byOptions.get(key)
  if (!topology) byOptions.set(key, (topology = buildTopology(dataset, profile, modes)))
  return topology
}

function buildTopology(dataset: Dataset, profile: TravelProfile, modes: readonly LinkMode[]): NetworkTopology {
  const byId = dataset.places.map((p) => p.id).sort()
  const lat = new Float64Array(byId.length),
    lon = new Float64Array(byId.length)
  byId.forEach((id, i) => {
    const place = dataset.placeById.get(id)!
    lat[i] = place.lat
    lon[i] = place.lon
  })
  const { rank: placeRank } = placeOrder(lat, lon)
  const placeIds = Array.from(placeRank, (r) => byId[r]!)
  // Id indexes, not Maps: filling a Map of a province's 600,000 link ids took about 0.4 s here.
  const indexOf = new IdIndex(placeIds)
  const projectIndex = new Map(dataset.projects.map((p, i) => [p.id, i]))
  const links = dataset.links
    .filter((l) => modes.includes(l.mode) && profileAllows(profile, l))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const count = links.length
  const linkIndex = new IdIndex(links.map((l) => l.id))
  const linkProject = new Int32Array(count)
  const linkKm = new Float64Array(count)
  const linkIsRoad = new Uint8Array(count)
  const baseTravelMinutes = new Float64Array(count)
  const baseWaitMinutes = new Float64Array(count)
  const serviceWaitMinutes = new Float64Array(count)
  const estimateFlags = new Uint8Array(count)
  const from = new Int32Array(count),
    to = new Int32Array(count)
  for (let i = 0; i < count; i++) {
    const link = links[i]!
    linkKm[i] = link.km
    linkIsRoad[i] = link.mode === 'road' ? 1 : 0
    linkProject[i] = link.project === null ? -1 : (projectIndex.get(link.project) ?? -1)
    baseTravelMinutes[i] = profileMinutes(profile, link, link.km, link.minutes)
    const service = link.service
    const serviceWait = service
      ? (service.headwayMinutes !== undefined ? service.headwayMinutes / 2 : 0) + (service.boardMinutes ?? 0)
      : 0
    serviceWaitMinutes[i] = serviceWait
    baseWaitMinutes[i] = (link.waitMinutes ?? 0) + serviceWait
    estimateFlags[i] =
      (isEstimate(link, ['km', 'speedKmh', 'minutes']) ? 1 : 0) | (isEstimate(link, ['waitMinutes', 'service']) ? 2 : 0)
    from[i] = indexOf.get(link.from)!
    to[i] = indexOf.get(link.to)!
  }
  const replacedBy = dataset.projects.map((p) =>
    (p.replaces ?? []).map((id) => linkIndex.get(id)).filter((i): i is number => i !== undefined),
  )
  const upgrades = new Map<number, TopologyUpgrade[]>()
  dataset.projects.forEach((p, project) => {
    for (const u of p.upgrades ?? []) {
      const li = linkIndex.get(u.link)
      if (li === undefined) continue
      const list = upgrades.get(li) ?? []
      list.push({
        project,
        ...(u.minutes !== undefined && { minutes: u.minutes }),
        ...(u.speedKmh !== undefined && { speedKmh: u.speedKmh }),
        ...(u.waitMinutes !== undefined && { waitMinutes: u.waitMinutes }),
      })
      upgrades.set(li, list)
    }
  })

  // Count arcs per node, then fill (counting sort keeps arcs grouped by source, in link-id order).
  const n = placeIds.length
  const arcStart = new Int32Array(n + 1)
  for (let i = 0; i < count; i++) {
    arcStart[from[i]! + 1]!++
    if (!links[i]!.oneway) arcStart[to[i]! + 1]!++
  }
  for (let i = 0; i < n; i++) arcStart[i + 1]! += arcStart[i]!
  const m = arcStart[n]!
  const arcTarget = new Int32Array(m)
  const arcLink = new Int32Array(m)
  const fill = arcStart.slice(0, n)
  const linkArcStart = new Int32Array(count + 1)
  const linkArcs = new Int32Array(m)
  for (let i = 0; i < count; i++) {
    let at = fill[from[i]!]!++
    arcTarget[at] = to[i]!
    arcLink[at] = i
    let next = linkArcStart[i]!
    linkArcs[next++] = at
    if (!links[i]!.oneway) {
      at = fill[to[i]!]!++
      arcTarget[at] = from[i]!
      arcLink[at] = i
      linkArcs[next++] = at
    }
    linkArcStart[i + 1] = next
  }
  const byProject: number[][] = dataset.projects.map(() => [])
  for (let i = 0; i < count; i++) if (linkProject[i]! >= 0) byProject[linkProject[i]!]!.push(i)
  const projectLinks = byProject.map((list) => Int32Array.from(list))
  return {
    dataset,
    profile,
    modes,
    placeIds,
    placeRank,
    indexOf,
    links,
    linkIndex,
    linkKm,
    linkIsRoad,
    linkProject,
    baseTravelMinutes,
    baseWaitMinutes,
    serviceWaitMinutes,
    estimateFlags,
    replacedBy,
    upgrades,
    arcStart,
    arcTarget,
    arcLink,
    linkArcStart,
    linkArcs,
    projectLinks,
  }
}

/** The project ids behind project indices (for answers, which name projects by id). */
export function projectIdAt(topology: NetworkTopology, index: number): ProjectId {
  return topology.dataset.projects[index]!.id
}
