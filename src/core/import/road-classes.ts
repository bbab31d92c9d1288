/**
 * Road classes of imported data
 * =============================
 * How an OpenStreetMap (or GIS) tag becomes a link: its mode, our road class and a default speed in
 * km/h. The speeds are our estimates of typical car speeds in northern Vietnam (documented in
 * data/README.md, "Imported networks"); a `maxspeed` tag lowers them, never raises them. Ways of any
 * other kind (service roads, tracks, paths, buildings) are left out and counted.
 */
import type { LinkMode } from '../model/link.ts'
import type { RoadClass } from '../model/link.ts'

export interface WayKind {
  readonly mode: LinkMode
  readonly roadClass: RoadClass | null
  readonly speedKmh: number
  /** A fixed wait before using it, in minutes (a ferry's). */
  readonly waitMinutes: number
  /** One way by its kind (motorways, roundabouts) unless the way says `oneway=no`. */
  readonly impliedOneway: boolean
}

const road = (roadClass: RoadClass, speedKmh: number, impliedOneway = false): WayKind => ({
  mode: 'road',
  roadClass,
  speedKmh,
  waitMinutes: 0,
  impliedOneway,
})

/** `highway=*` values we keep, with their class and default speed. */
export const HIGHWAY_KINDS: Readonly<Record<string, WayKind>> = {
  motorway: road('expressway', 80, true),
  motorway_link: road('expressway', 50, true),
  trunk: road('national-4-lane', 55),
  trunk_link: road('national-4-lane', 40),
  primary: road('national-2-lane', 45),
  primary_link: road('national-2-lane', 35),
  secondary: road('provincial', 40),
  secondary_link: road('provincial', 30),
  tertiary: road('local', 35),
  tertiary_link: road('local', 25),
  unclassified: road('local', 30),
  residential: road('local', 25),
  living_street: road('local', 15),
}

export const FERRY_KIND: WayKind = {
  mode: 'waterway',
  roadClass: null,
  speedKmh: 10,
  waitMinutes: 15,
  impliedOneway: false,
}
export const RAIL_KIND: WayKind = { mode: 'rail', roadClass: null, speedKmh: 40, waitMinutes: 0, impliedOneway: false }

/** Our own road classes, when a GIS layer gives `class` instead of `highway`. */
const BY_CLASS: Readonly<Record<string, WayKind>> = {
  expressway: HIGHWAY_KINDS.motorway!,
  'national-4-lane': HIGHWAY_KINDS.trunk!,
  'national-2-lane': HIGHWAY_KINDS.primary!,
  provincial: HIGHWAY_KINDS.secondary!,
  local: HIGHWAY_KINDS.tertiary!,
}

/** The kind of a way from its tags, or null when roads, ferries and rail do not include it. */
export function wayKind(tags: Readonly<Record<string, string>>): WayKind | null {
  if (tags.route === 'ferry') return FERRY_KIND
  if (tags.railway === 'rail' && tags.service === undefined) return RAIL_KIND
  if (tags.highway !== undefined) return HIGHWAY_KINDS[tags.highway] ?? null
  if (tags.class !== undefined) return BY_CLASS[tags.class] ?? null
  return null
}

/** A `maxspeed` tag in km/h (`50`, `50 km/h`; `mph` converted), or null. */
export function maxSpeedKmh(tag: string | undefined): number | null {
  if (!tag) return null
  const m = /^\s*(\d+(?:\.\d+)?)\s*(km\/h|kmh|mph)?\s*$/i.exec(tag)
  if (!m) return null
  const v = Number(m[1])
  return m[2]?.toLowerCase() === 'mph' ? v * 1.609344 : v
}
