/**
 * Overlay
 * =======
 * Puts our own records on an imported network: places (heritage sites, gateways, wharves) joined to
 * the nearest imported place by an access link whose length is reported (a warning past
 * `SNAP_WARNING_KM`), and the dated projects with their links. A link's end may be a place id (an
 * imported `n…` junction or an overlay place) or a position `{ lat, lon }`, joined to the nearest
 * imported place. Upgrades and closures name imported links by id (`w<way id>`), so a project can
 * replace an existing bridge. `gateways` (place ids, most important first) are copied. Everything else in the overlay is copied as it is, and validated with
 * the rest of the document.
 */
import { refuse } from '../errors.ts'
import { haversineKm } from '../geo/distance.ts'
import type { DatasetDocument } from './build-network.ts'

/** Past this distance from the nearest imported place, a joined place gets a warning. */
export const SNAP_WARNING_KM = 2

export interface Snap {
  /** The overlay record: `places[i] <id>` or `links[i].from`. */
  readonly record: string
  readonly to: string
  readonly km: number
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
  if (!Array.isArray(value)) throw refuse('INVALID_IMPORT', 'overlay', `${field} must be a list`)
  return value as Json[]
}

/** Adds the overlay to `document` (changed in place); returns what was joined where, and warnings. */
export function applyOverlay(document: DatasetDocument, overlay: unknown): { snaps: Snap[]; warnings: string[] } {
  if (!overlay || typeof overlay !== 'object' || Array.isArray(overlay))
    throw refuse('INVALID_IMPORT', 'overlay', 'must be a JSON object with places, links, projects and sources')
  const o = overlay as Json
  const imported = [...document.places]
  const snaps: Snap[] = []
  const warnings: string[] = []
  const join = (record: string, lat: unknown, lon: unknown) => {
    if (typeof lat !== 'number' || typeof lon !== 'number')
      throw refuse('INVALID_IMPORT', 'overlay', `${record} needs numeric lat and lon`)
    const n = nearest(imported, lat, lon)
    if (!n) throw refuse('INVALID_IMPORT', 'overlay', `${record}: the imported network has no place to join`)
    snaps.push({ record, to: n.id, km: n.km })
    if (n.km > SNAP_WARNING_KM)
      warnings.push(
        `${record} is ${n.km.toFixed(1)} km from the nearest imported place (${n.id}): check its position or the extract's extent`,
      )
    return n
  }
  asArray(o.sources, 'sources').forEach((s) => document.sources.push(s))
  asArray(o.places, 'places').forEach((p, i) => {
    document.places.push(p)
    if (p.join === false) return
    delete p.join
    const id = String(p.id)
    const n = join(`places[${i}] ${id}`, p.lat, p.lon)
    // The way from the road to the place: the straight line and a little more, on a local road.
    document.links.push({
      id: `access-${id}`.slice(0, 80),
      from: n.id,
      to: id,
      mode: 'road',
      km: Math.max(0.05, Number((n.km * 1.3).toFixed(3))),
      speedKmh: 20,
      road: { class: 'local' },
      provenance: {
        km: {
          confidence: 'low',
          sources: ['import-speeds'],
          note: 'joined to the nearest imported place: 1.3 × the straight line',
        },
      },
    })
  })
  asArray(o.links, 'links').forEach((l, i) => {
    for (const end of ['from', 'to'] as const) {
      const v = l[end]
      if (v && typeof v === 'object') {
        const pos = v as Json
        l[end] = join(`links[${i}].${end}`, pos.lat, pos.lon).id
      }
    }
    document.links.push(l)
  })
  asArray(o.projects, 'projects').forEach((p) => document.projects.push(p))
  // The overlay's gateways (its places or imported ones), checked with the rest of the document.
  if (o.gateways !== undefined) document.gateways = o.gateways
  return { snaps, warnings }
}
