/**
 * Build an imported network
 * =========================
 * Turns raw ways (from OpenStreetMap XML or GeoJSON) into a dataset document in our format:
 * 1. keep roads, ferries and rail by their tags (`road-classes.ts`), with one-way rules
 *    (`oneway=yes|-1|no`, implied on motorways and roundabouts);
 * 2. make a place of every point where ways meet or end, and contract the points in between: each
 *    stretch between two such places becomes one link that keeps its geometry and its length;
 * 3. keep the largest connected part, and say what was dropped and why;
 * 4. lay an overlay on top (`overlay.ts`): heritage sites and gateways joined to the nearest place,
 *    and the dated projects with their new links, upgrades and closures.
 * The document is then validated by `parseDataset` like any other: every problem names its record.
 */
import { haversineKm } from '../geo/distance.ts'
import { connectedParts } from '../geo/connected-parts.ts'
import type { RawNetwork, RawPoint, RawWay } from './raw-ways.ts'
import { maxSpeedKmh, wayKind, type WayKind } from './road-classes.ts'

/** What the import kept, left out and why. */
export interface ImportReport {
  readonly ways: { readonly read: number; readonly kept: number; readonly leftOut: Readonly<Record<string, number>> }
  readonly points: { readonly read: number; readonly contracted: number }
  readonly places: number
  readonly links: number
  readonly oneway: number
  /** The largest connected part is kept; what was not connected to it. */
  readonly disconnected: { readonly places: number; readonly links: number }
  readonly problems: readonly string[]
}

/**
 * Why a way was left out, besides its tag (`highway=footway`, `railway=abandoned`): the report's
 * words, which the app translates by key.
 */
export const LEFT_OUT = {
  notRoad: 'not a road, ferry or railway',
  missingPoint: 'a point missing from the file',
  tooShort: 'fewer than two points',
} as const

export type DatasetDocument = Record<string, unknown> & {
  places: Array<Record<string, unknown>>
  links: Array<Record<string, unknown>>
  sources: Array<Record<string, unknown>>
  projects: Array<Record<string, unknown>>
}

export interface ImportOptions {
  /** How the input names itself in the sources (the file name). */
  readonly sourceTitle: string
  /** True for OpenStreetMap data (cited as such, with its licence page). */
  readonly osm: boolean
}

/** Most positions kept in one link's geometry (the format's limit is 5,000). */
const MAX_GEOMETRY = 2000

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'x'

function onewayOf(way: RawWay, kind: WayKind): { oneway: boolean; reverse: boolean } {
  const tag = way.tags.oneway
  if (tag === 'yes' || tag === 'true' || tag === '1') return { oneway: true, reverse: false }
  if (tag === '-1' || tag === 'reverse') return { oneway: true, reverse: true }
  if (tag === 'no' || tag === 'false' || tag === '0') return { oneway: false, reverse: false }
  return { oneway: kind.impliedOneway || way.tags.junction === 'roundabout', reverse: false }
}

/** Keeps at most `max` positions, evenly, always the first and the last. */
function thin<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items]
  const out: T[] = []
  for (let i = 0; i < max - 1; i++) out.push(items[Math.floor((i * (items.length - 1)) / (max - 1))]!)
  out.push(items[items.length - 1]!)
  return out
}

export function buildImportedNetwork(
  raw: RawNetwork,
  options: ImportOptions,
): { document: DatasetDocument; report: ImportReport } {
  const problems = [...raw.problems]
  const leftOut: Record<string, number> = {}
  const skip = (reason: string) => (leftOut[reason] = (leftOut[reason] ?? 0) + 1)

  // 1. Ways we keep, with their kind and direction.
  interface Kept {
    way: RawWay
    kind: WayKind
    oneway: boolean
    points: string[]
  }
  const kept: Kept[] = []
  for (const way of raw.ways) {
    const kind = wayKind(way.tags)
    if (!kind) {
      skip(
        way.tags.highway
          ? `highway=${way.tags.highway}`
          : way.tags.railway
            ? `railway=${way.tags.railway}`
            : LEFT_OUT.notRoad,
      )
      continue
    }
    const missing = way.points.find((p) => !raw.points.has(p))
    if (missing !== undefined) {
      problems.push(`way ${way.id}: point ${missing} is not in the file: way left out`)
      skip(LEFT_OUT.missingPoint)
      continue
    }
    // Repeated consecutive points add nothing.
    const points = way.points.filter((p, i) => i === 0 || p !== way.points[i - 1])
    if (points.length < 2) {
      skip(LEFT_OUT.tooShort)
      continue
    }
    const { oneway, reverse } = onewayOf(way, kind)
    kept.push({ way, kind, oneway, points: reverse ? points.reverse() : points })
  }

  // 2. Places where ways meet or end; the points in between are contracted into links.
  const uses = new Map<string, number>()
  for (const k of kept)
    k.points.forEach((p, i) => uses.set(p, (uses.get(p) ?? 0) + (i === 0 || i === k.points.length - 1 ? 2 : 1)))
  const junction = new Set([...uses].filter(([, n]) => n >= 2).map(([p]) => p))
  interface Segment {
    from: string
    to: string
    points: string[]
    k: Kept
  }
  const segments: Segment[] = []
  for (const k of kept) {
    let start = 0
    for (let i = 1; i < k.points.length; i++) {
      if (!junction.has(k.points[i]!) && i < k.points.length - 1) continue
      const pts = k.points.slice(start, i + 1)
      if (pts[0] === pts[pts.length - 1]) {
        // A loop (a roundabout drawn as one closed way): split it in the middle.
        if (pts.length >= 3) {
          const mid = Math.floor(pts.length / 2)
          junction.add(pts[mid]!)
          segments.push({ from: pts[0]!, to: pts[mid]!, points: pts.slice(0, mid + 1), k })
          segments.push({ from: pts[mid]!, to: pts[pts.length - 1]!, points: pts.slice(mid), k })
        }
      } else segments.push({ from: pts[0]!, to: pts[pts.length - 1]!, points: pts, k })
      start = i
    }
  }

  // 3. The largest connected part (union-find over the segments, ignoring direction).
  const ends = new Set<string>()
  for (const seg of segments) ends.add(seg.from).add(seg.to)
  const { partOf, largest } = connectedParts(
    ends,
    segments.map((seg) => [seg.from, seg.to] as const),
  )
  const inLargest = (p: string) => largest !== null && partOf(p) === largest
  const keptSegments = segments.filter((s) => inLargest(s.from))
  const placePoints = [...ends].filter(inLargest)

  // 4. The document.
  const placeIds = new Map<string, string>()
  let counter = 0
  for (const p of placePoints) placeIds.set(p, options.osm ? `n${slug(p)}` : `j${++counter}`)
  const point = (id: string): RawPoint => raw.points.get(id)!
  const places = placePoints.map((p) => {
    const pt = point(p)
    const name = pt.tags?.name
    const id = placeIds.get(p)!
    return {
      id,
      name: name
        ? { vi: pt.tags?.['name:vi'] ?? name, en: pt.tags?.['name:en'] ?? name }
        : { vi: `Nút ${id}`, en: `Junction ${id}` },
      kind: 'junction',
      lat: Number(pt.lat.toFixed(7)),
      lon: Number(pt.lon.toFixed(7)),
    }
  })
  const usedLinkIds = new Set<string>()
  const perWay = new Map<Kept, number>()
  for (const s of keptSegments) perWay.set(s.k, (perWay.get(s.k) ?? 0) + 1)
  const seen = new Map<Kept, number>()
  const links = keptSegments.map((s) => {
    const n = (seen.get(s.k) ?? 0) + 1
    seen.set(s.k, n)
    let id = `w${slug(s.k.way.id)}${perWay.get(s.k)! > 1 ? `-${n}` : ''}`
    while (usedLinkIds.has(id)) id = `${id}-x`
    usedLinkIds.add(id)
    let km = 0
    for (let i = 1; i < s.points.length; i++) {
      const a = point(s.points[i - 1]!),
        b = point(s.points[i]!)
      km += haversineKm(a.lat, a.lon, b.lat, b.lon)
    }
    const tags = s.k.way.tags
    const capped = maxSpeedKmh(tags.maxspeed)
    const speedKmh = Math.min(s.k.kind.speedKmh, capped ?? Infinity)
    const name = tags.name
    const link: Record<string, unknown> = {
      id,
      from: placeIds.get(s.from),
      to: placeIds.get(s.to),
      mode: s.k.kind.mode,
      km: Math.max(0.01, Number(km.toFixed(3))),
      speedKmh: Number(speedKmh.toFixed(1)),
      ...(s.k.oneway ? { oneway: true } : {}),
      ...(name ? { name: { vi: tags['name:vi'] ?? name, en: tags['name:en'] ?? name } } : {}),
      ...(s.k.kind.roadClass
        ? { road: { class: s.k.kind.roadClass, ...(tags.ref ? { ref: tags.ref.slice(0, 40) } : {}) } }
        : {}),
      ...(s.k.kind.waitMinutes > 0 ? { waitMinutes: s.k.kind.waitMinutes } : {}),
      geometry: thin(s.points, MAX_GEOMETRY).map((p) => [
        Number(point(p).lon.toFixed(7)),
        Number(point(p).lat.toFixed(7)),
      ]),
      sources: ['import-source'],
      provenance: {
        speedKmh: {
          confidence: 'low',
          sources: ['import-speeds'],
          note:
            capped !== null && capped < s.k.kind.speedKmh
              ? 'the way’s maxspeed tag, below the default speed of its kind'
              : 'the default speed of its kind of way',
        },
      },
    }
    return link
  })
  const lats = places.map((p) => p.lat),
    lons = places.map((p) => p.lon)
  const bound = (xs: number[], f: (a: number, b: number) => number) => xs.reduce((a, b) => f(a, b), xs[0] ?? 0)
  const document: DatasetDocument = {
    version: 1,
    ...(places.length > 0
      ? {
          region: {
            south: Number((bound(lats, Math.min) - 0.05).toFixed(4)),
            north: Number((bound(lats, Math.max) + 0.05).toFixed(4)),
            west: Number((bound(lons, Math.min) - 0.05).toFixed(4)),
            east: Number((bound(lons, Math.max) + 0.05).toFixed(4)),
          },
        }
      : {}),
    sources: [
      options.osm
        ? {
            id: 'import-source',
            kind: 'reference',
            title: options.sourceTitle,
            publisher: 'OpenStreetMap contributors',
            url: 'https://www.openstreetmap.org/copyright',
          }
        : { id: 'import-source', kind: 'reference', title: options.sourceTitle },
      {
        id: 'import-speeds',
        kind: 'estimate',
        title: {
          vi: 'Tốc độ mặc định theo loại đường khi nhập dữ liệu (ước tính)',
          en: 'Default speeds by kind of way for imported networks (our estimates)',
        },
      },
    ],
    places,
    links,
    projects: [],
  }
  const report: ImportReport = {
    ways: { read: raw.ways.length, kept: kept.length, leftOut },
    points: {
      read: raw.points.size,
      contracted: Math.max(0, new Set(kept.flatMap((k) => k.points)).size - junction.size),
    },
    places: places.length,
    links: links.length,
    oneway: links.filter((l) => l.oneway === true).length,
    disconnected: { places: ends.size - placePoints.length, links: segments.length - keptSegments.length },
    problems,
  }
  return { document, report }
}
