/**
 * Imported records
 * ================
 * Step 4 of an import (`build-network.ts`): the dataset's records for the places and segments kept,
 * in our format: junctions named from their tags (or "Junction n…"), links with their length along
 * the geometry, the default speed of their kind (or a lower `maxspeed`), direction, name, road class
 * and reference, and provenance that says the speed is an estimate; and the document around them.
 */
import { haversineKm } from '../geo/distance.ts'
import type { RawNetwork, RawPoint } from './raw-ways.ts'
import { maxSpeedKmh } from './road-classes.ts'
import type { Segment } from './contract-ways.ts'

/** Most positions kept in one link's geometry (the format's limit is 5,000). */
const MAX_GEOMETRY = 2000

export const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'x'

/** Keeps at most `max` positions, evenly, always the first and the last. */
function thin<T>(items: readonly T[], max: number): readonly T[] {
  if (items.length <= max) return items
  const out: T[] = []
  for (let i = 0; i < max - 1; i++) out.push(items[Math.floor((i * (items.length - 1)) / (max - 1))]!)
  out.push(items[items.length - 1]!)
  return out
}

/** A place record for each point kept (a junction or a way's end). */
export function placeRecords(raw: RawNetwork, points: readonly string[], placeIds: ReadonlyMap<string, string>) {
  return points.map((p) => {
    const pt = raw.points.get(p)!
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
}

/** What every imported link says of its speed (frozen: shared by every link that says it). */
const speedNote = (note: string) =>
  Object.freeze({ speedKmh: Object.freeze({ confidence: 'low', sources: Object.freeze(['import-speeds']), note }) })
const DEFAULT_SPEED = speedNote('the default speed of its kind of way')
const CAPPED_SPEED = speedNote('the way’s maxspeed tag, below the default speed of its kind')
/** A speed the import's speeds file gives: cited to the file, and not rated by us. */
const givenNote = (note: string, sources: readonly string[]) =>
  Object.freeze({ speedKmh: Object.freeze({ sources: Object.freeze([...sources]), note }) })
const GIVEN_SPEED = givenNote('the speed the speeds file gives its kind of way', ['import-speed-file'])
const CAPPED_GIVEN_SPEED = givenNote('the way’s maxspeed tag, below the speed the speeds file gives its kind', [
  'import-source',
  'import-speed-file',
])

/** A link record for each segment kept; ids from the way's id, numbered when a way has several. */
export function linkRecords(
  raw: RawNetwork,
  segments: readonly Segment[],
  placeIds: ReadonlyMap<string, string>,
): Record<string, unknown>[] {
  const point = (id: string): RawPoint => raw.points.get(id)!
  const usedLinkIds = new Set<string>()
  // Per way: its segments, and its id as a slug (made once: a way is cut into several segments).
  const perWay = new Map<Segment['way'], { count: number; slug: string }>()
  for (const s of segments) {
    const known = perWay.get(s.way)
    if (known) known.count++
    else perWay.set(s.way, { count: 1, slug: slug(s.way.way.id) })
  }
  const seen = new Map<Segment['way'], number>()
  return segments.map((s) => {
    const n = (seen.get(s.way) ?? 0) + 1
    seen.set(s.way, n)
    const way = perWay.get(s.way)!
    let id = way.count > 1 ? `w${way.slug}-${n}` : `w${way.slug}`
    while (usedLinkIds.has(id)) id = `${id}-x`
    usedLinkIds.add(id)
    // Each point looked up once, for the length and the geometry.
    const points = s.points.map(point)
    let km = 0
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!,
        b = points[i]!
      km += haversineKm(a.lat, a.lon, b.lat, b.lon)
    }
    const { kind, oneway } = s.way
    const tags = s.way.way.tags
    const capped = maxSpeedKmh(tags.maxspeed)
    const speedKmh = Math.min(kind.speedKmh, capped ?? Infinity)
    const name = tags.name
    return {
      id,
      from: placeIds.get(s.from),
      to: placeIds.get(s.to),
      mode: kind.mode,
      km: Math.max(0.01, Number(km.toFixed(3))),
      speedKmh: Number(speedKmh.toFixed(1)),
      ...(oneway ? { oneway: true } : {}),
      ...(name ? { name: { vi: tags['name:vi'] ?? name, en: tags['name:en'] ?? name } } : {}),
      ...(kind.roadClass
        ? { road: { class: kind.roadClass, ...(tags.ref ? { ref: tags.ref.slice(0, 40) } : {}) } }
        : {}),
      ...(kind.waitMinutes > 0 ? { waitMinutes: kind.waitMinutes } : {}),
      geometry: thin(points, MAX_GEOMETRY).map((p) => [Number(p.lon.toFixed(7)), Number(p.lat.toFixed(7))]),
      sources: ['import-source'],
      provenance:
        capped !== null && capped < kind.speedKmh
          ? kind.speedGiven
            ? CAPPED_GIVEN_SPEED
            : CAPPED_SPEED
          : kind.speedGiven
            ? GIVEN_SPEED
            : DEFAULT_SPEED,
    }
  })
}

/** The region around the places (0.05° of margin), or nothing for an empty network. */
export function regionAround(places: ReadonlyArray<{ readonly lat: number; readonly lon: number }>) {
  if (places.length === 0) return {}
  const lats = places.map((p) => p.lat),
    lons = places.map((p) => p.lon)
  const bound = (xs: number[], f: (a: number, b: number) => number) => xs.reduce((a, b) => f(a, b), xs[0] ?? 0)
  return {
    region: {
      south: Number((bound(lats, Math.min) - 0.05).toFixed(4)),
      north: Number((bound(lats, Math.max) + 0.05).toFixed(4)),
      west: Number((bound(lons, Math.min) - 0.05).toFixed(4)),
      east: Number((bound(lons, Math.max) + 0.05).toFixed(4)),
    },
  }
}

/**
 * The sources imported records cite: the input file, our default speeds, and the speeds file when
 * one was given (`speedsTitle`, its name).
 */
export function importSources(
  sourceTitle: string,
  osm: boolean,
  speedsTitle: string | null = null,
): Record<string, unknown>[] {
  return [
    osm
      ? {
          id: 'import-source',
          kind: 'reference',
          title: sourceTitle,
          publisher: 'OpenStreetMap contributors',
          url: 'https://www.openstreetmap.org/copyright',
        }
      : { id: 'import-source', kind: 'reference', title: sourceTitle },
    {
      id: 'import-speeds',
      kind: 'estimate',
      title: {
        vi: 'Tốc độ mặc định theo loại đường khi nhập dữ liệu (ước tính)',
        en: 'Default speeds by kind of way for imported networks (our estimates)',
      },
    },
    ...(speedsTitle === null ? [] : [{ id: 'import-speed-file', kind: 'reference', title: speedsTitle }]),
  ]
}
