/**
 * Network overview
 * ================
 * A large network (an imported province: 100k places) as a map draws it: the links that exist, merged
 * into one multi-line per map rank and mode, so a tiler holds a few features instead of a hundred
 * thousand, each road joined end to end through the junctions it passes (`chainPieces`); and apart, the links of dated projects (few, each drawn open or not on the chosen day) and
 * the named places. The rank says from how far a link is worth drawing; the UI maps ranks to zooms.
 */
import type { Feature, FeatureCollection, MultiLineString } from 'geojson'
import type { Dataset, Link, Place } from '../dataset/dataset.ts'
import type { LinkMode, RoadClass } from '../model/link.ts'
import { datasetBounds } from './network-features.ts'

/** How prominent a link is on a map: 0 is drawn from afar, 3 only close up. */
export type MapRank = 0 | 1 | 2 | 3
export const MAP_RANKS: readonly MapRank[] = [0, 1, 2, 3]

/** The rank of each road class (a new class fails to compile until it has one). */
const ROAD_CLASS_RANKS = {
  expressway: 0,
  'national-4-lane': 0,
  'national-2-lane': 1,
  provincial: 2,
  local: 3,
  'relic-road': 3,
} as const satisfies Record<RoadClass, MapRank>

/** Rail, boats and cable cars are few and each matters: drawn from afar, like expressways. */
export function linkMapRank(link: Pick<Link, 'mode' | 'road'>): MapRank {
  if (link.mode !== 'road') return 0
  return link.road?.class ? ROAD_CLASS_RANKS[link.road.class] : 3
}

export interface OverviewProps {
  readonly rank: MapRank
  readonly mode: LinkMode
}

/** A project's link, drawn apart so that opening it redraws only these. */
export interface OverviewProjectLink {
  readonly id: string
  readonly project: string
  readonly mode: LinkMode
  readonly coordinates: ReadonlyArray<readonly [number, number]>
}

/** A place with a name worth showing (not a bare junction). */
export interface OverviewPlace {
  readonly id: string
  readonly name: Place['name']
  readonly kind: Place['kind']
  readonly lon: number
  readonly lat: number
}

export interface NetworkOverview {
  /** Links of no project, one multi-line per rank and mode. */
  readonly network: FeatureCollection<MultiLineString, OverviewProps>
  readonly projectLinks: readonly OverviewProjectLink[]
  /** `[west, south, east, north]` of every place. */
  readonly bounds: readonly [number, number, number, number]
}

function linkLine(dataset: Dataset, link: Link): Line {
  if (link.geometry) return link.geometry.map(([lon, lat]) => [lon, lat])
  const a = dataset.placeById.get(link.from)!
  const b = dataset.placeById.get(link.to)!
  return [
    [a.lon, a.lat],
    [b.lon, b.lat],
  ]
}

type Line = Array<[number, number]>
interface Piece {
  readonly from: string
  readonly to: string
  readonly line: Line
}

/**
 * Joins pieces end to end wherever exactly two of them meet at a place (a main road through a junction
 * of side streets), so that a road is one line, not hundreds of short ones: from afar a tiler keeps a
 * long line, simplified, where it would drop each short piece as shorter than a pixel.
 */
export function chainPieces(pieces: readonly Piece[]): Line[] {
  const at = new Map<string, number[]>()
  pieces.forEach((p, i) => {
    for (const end of [p.from, p.to]) {
      let list = at.get(end)
      if (!list) at.set(end, (list = []))
      list.push(i)
    }
  })
  const used = new Uint8Array(pieces.length)
  // The piece that continues a chain at `place` (coming from piece `i`), if the road just passes by.
  const next = (place: string, i: number): number | null => {
    const list = at.get(place)!
    if (list.length !== 2) return null
    const j = list[0] === i ? list[1]! : list[0]!
    return used[j] || j === i ? null : j
  }
  const lines: Line[] = []
  for (let start = 0; start < pieces.length; start++) {
    if (used[start]) continue
    used[start] = 1
    const first = pieces[start]!
    // Forwards from the piece's end, then backwards from its start (collected outwards, then turned).
    const ahead: Line = [...first.line]
    const behind: Line = []
    for (const [out, from] of [
      [ahead, first.to],
      [behind, first.from],
    ] as const) {
      let place = from
      let i = start
      for (let j = next(place, i); j !== null; j = next(place, i)) {
        used[j] = 1
        const p = pieces[j]!
        const outwards = p.from === place ? p.line : [...p.line].reverse()
        for (let k = 1; k < outwards.length; k++) out.push(outwards[k]!)
        place = p.from === place ? p.to : p.from
        i = j
      }
    }
    lines.push(behind.length > 0 ? [...behind.reverse(), ...ahead] : ahead)
  }
  return lines
}

export function networkOverview(dataset: Dataset): NetworkOverview {
  const groups = new Map<string, { props: OverviewProps; pieces: Piece[] }>()
  const projectLinks: OverviewProjectLink[] = []
  for (const link of dataset.links) {
    const coordinates = linkLine(dataset, link)
    if (link.project !== null) {
      projectLinks.push({ id: link.id, project: link.project, mode: link.mode, coordinates })
      continue
    }
    const rank = linkMapRank(link)
    const key = `${rank}/${link.mode}`
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { props: { rank, mode: link.mode }, pieces: [] }))
    group.pieces.push({ from: link.from, to: link.to, line: coordinates })
  }
  const features = [...groups.values()]
    // Least prominent first, so major roads are drawn over minor ones.
    .sort((a, b) => b.props.rank - a.props.rank)
    .map(({ props, pieces }): Feature<MultiLineString, OverviewProps> => ({
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates: chainPieces(pieces) },
      properties: props,
    }))
  return { network: { type: 'FeatureCollection', features }, projectLinks, bounds: datasetBounds(dataset) }
}

/** The places worth a mark on the map (every kind but a bare junction), at most `limit`. */
export function overviewPlaces(dataset: Dataset, limit: number): OverviewPlace[] {
  const out: OverviewPlace[] = []
  for (const p of dataset.places) {
    if (p.kind === 'junction') continue
    out.push({ id: p.id, name: p.name, kind: p.kind, lon: p.lon, lat: p.lat })
    if (out.length >= limit) break
  }
  return out
}
