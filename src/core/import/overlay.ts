/**
 * Overlay
 * =======
 * Puts our own records on an imported network: places (heritage sites, gateways, wharves) joined to
 * the nearest point of an imported road (split there, `road-split.ts`) or the nearest junction when it
 * is as near, by an access link whose length is reported (a warning past `SNAP_WARNING_KM`), and the
 * dated projects with their links. A link's end may be a place id (an imported `n…` junction or an
 * overlay place) or a position `{ lat, lon }`, joined the same way. Upgrades and closures name
 * imported links by id (`w<way id>`; a split one stands for its halves), so a project can replace an
 * existing bridge. `gateways` (place ids, most important first) are copied. Everything else in the
 * overlay is copied as it is, and validated with the rest of the document.
 */
import { importRefusal } from './import-problems.ts'
import { haversineKm } from '../geo/distance.ts'
import { JUNCTION_TOLERANCE_KM, nearestRoadPoint, SplitLinks, splitAt, type RoadPoint } from './road-split.ts'
import type { DatasetDocument } from './build-network.ts'

/** Past this distance from the nearest imported place, a joined place gets a warning. */
export const SNAP_WARNING_KM = 2

export interface Snap {
  /** The overlay record: `places[i] <id>` or `links[i].from`. */
  readonly record: string
  /** The imported place joined: a junction, or the new one put on a road (`road`). */
  readonly to: string
  readonly km: number
  /** The road link split to put the new junction on it; null when an existing junction was nearer. */
  readonly road: string | null
}

type Json = Record<string, unknown>

function nearest(places: readonly Json[], lat: number, lon: number): { id: string; km: number } | null {
  let best: { id: string; km: number } | null = null
  for (const p of places) {
    if (p.kind !== 'junction') continue
    const km = haversineKm(lat, lon, p.lat as number, p.lon as number)
    if (!best || km < best.km) best = { id: p.id as string, km }
  }
  return best
}

const asArray = (value: unknown, field: string): Json[] => {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw importRefusal('overlay-not-list', { field })
  return value as Json[]
}

/** Adds the overlay to `document` (changed in place); returns what was joined where, and warnings. */
export function applyOverlay(document: DatasetDocument, overlay: unknown): { snaps: Snap[]; warnings: string[] } {
  if (!overlay || typeof overlay !== 'object' || Array.isArray(overlay)) throw importRefusal('overlay-not-object')
  const o = overlay as Json
  const imported = [...document.places]
  const positions = new Map(imported.map((p) => [String(p.id), [p.lon, p.lat] as [number, number]]))
  const placeAt = (id: string) => positions.get(id) ?? null
  // Imported roads a place may be joined to (split ones are replaced by their halves).
  const roads = document.links.filter((l) => l.mode === 'road')
  const split = new SplitLinks()
  const snaps: Snap[] = []
  const warnings: string[] = []
  /** Joins a position to the nearest junction, or to the nearest point of a road when that is nearer. */
  const join = (record: string, lat: unknown, lon: unknown, junction: string) => {
    if (typeof lat !== 'number' || typeof lon !== 'number') throw importRefusal('overlay-no-position', { record })
    const n = nearest(imported, lat, lon)
    if (!n) throw importRefusal('overlay-nothing-to-join', { record })
    const onRoad = n.km > JUNCTION_TOLERANCE_KM ? nearestRoadPoint(roads, placeAt, lat, lon, n.km) : null
    const joined =
      onRoad && n.km - onRoad.km > JUNCTION_TOLERANCE_KM
        ? putOnRoad(onRoad, junction)
        : { to: n.id, km: n.km, road: null }
    snaps.push({ record, ...joined })
    if (joined.km > SNAP_WARNING_KM)
      warnings.push(
        `${record} is ${joined.km.toFixed(1)} km from the nearest imported road (${joined.to}): check its position or the extract's extent`,
      )
    return joined
  }
  /** A new junction at a road point, the road's link split there. */
  const putOnRoad = (point: RoadPoint, junction: string) => {
    const id = String(point.link.id)
    const halves = splitAt(point, junction, placeAt)
    document.links.splice(document.links.indexOf(point.link), 1, ...halves)
    roads.splice(roads.indexOf(point.link), 1, ...halves)
    split.record(id, String(halves[0].id), String(halves[1].id))
    const place = {
      id: junction,
      name: { vi: `Nút ${junction}`, en: `Junction ${junction}` },
      kind: 'junction',
      lat: Number(point.lat.toFixed(7)),
      lon: Number(point.lon.toFixed(7)),
    }
    document.places.push(place)
    imported.push(place)
    positions.set(junction, [place.lon, place.lat])
    return { to: junction, km: point.km, road: id }
  }
  asArray(o.sources, 'sources').forEach((s) => document.sources.push(s))
  asArray(o.places, 'places').forEach((p, i) => {
    document.places.push(p)
    if (p.join === false) return
    delete p.join
    const id = String(p.id)
    const n = join(`places[${i}] ${id}`, p.lat, p.lon, `at-${id}`.slice(0, 80))
    // The way from the road to the place: the straight line and a little more, on a local road.
    document.links.push({
      id: `access-${id}`.slice(0, 80),
      from: n.to,
      to: id,
      mode: 'road',
      km: Math.max(0.05, Number((n.km * 1.3).toFixed(3))),
      speedKmh: 20,
      road: { class: 'local' },
      provenance: {
        km: {
          confidence: 'low',
          sources: ['import-speeds'],
          note: 'joined to the nearest imported road or junction: 1.3 × the straight line',
        },
      },
    })
  })
  asArray(o.links, 'links').forEach((l, i) => {
    for (const end of ['from', 'to'] as const) {
      const v = l[end]
      if (v && typeof v === 'object') {
        const pos = v as Json
        l[end] = join(`links[${i}].${end}`, pos.lat, pos.lon, `at-links-${i}-${end}`).to
      }
    }
    document.links.push(l)
  })
  asArray(o.projects, 'projects').forEach((p) =>
    document.projects.push(split.size > 0 ? projectOnPieces(p, split, document.links) : p),
  )
  // The overlay's gateways (its places or imported ones), checked with the rest of the document.
  if (o.gateways !== undefined) document.gateways = o.gateways
  return { snaps, warnings }
}

/**
 * A project whose upgrades and closures name links split to join a place: each names the halves now
 * (an upgrade's minutes shared between them in proportion to their length).
 */
function projectOnPieces(project: Json, split: SplitLinks, links: readonly Json[]): Json {
  const km = (id: string) => Number(links.find((l) => l.id === id)?.km ?? 0)
  const out: Json = { ...project }
  if (Array.isArray(project.replaces))
    out.replaces = (project.replaces as unknown[]).flatMap((id) => split.piecesOf(String(id)))
  if (Array.isArray(project.upgrades))
    out.upgrades = (project.upgrades as Json[]).flatMap((u) => {
      const pieces = split.piecesOf(String(u.link))
      if (pieces.length === 1) return [u]
      const total = pieces.reduce((s, id) => s + km(id), 0) || 1
      return pieces.map((id) => ({
        ...u,
        link: id,
        ...(typeof u.minutes === 'number' && {
          minutes: Math.max(0.001, Number(((u.minutes * km(id)) / total).toFixed(3))),
        }),
      }))
    })
  return out
}
