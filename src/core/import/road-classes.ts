/**
 * Road classes of imported data
 * =============================
 * How an OpenStreetMap (or GIS) tag becomes a link: its mode, our road class and a default speed in
 * km/h. The speeds are our estimates of typical car speeds in northern Vietnam (documented in
 * data/README.md, "Imported networks"); a `maxspeed` tag lowers them, never raises them. Ways of any
 * other kind (service roads, tracks, paths, buildings) are left out and counted.
 */
import { MODE_SPEEDS_KMH, type LinkMode, type RoadClass } from '../model/link.ts'
import { importRefusal } from './import-problems.ts'

export interface WayKind {
  readonly mode: LinkMode
  readonly roadClass: RoadClass | null
  readonly speedKmh: number
  /** A fixed wait before using it, in minutes (a ferry's). */
  readonly waitMinutes: number
  /** One way by its kind (motorways, roundabouts) unless the way says `oneway=no`. */
  readonly impliedOneway: boolean
  /** True when `speedKmh` is the import's speeds file's, not our default. */
  readonly speedGiven?: boolean
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
  return kindOf(tags, HIGHWAY_KINDS, FERRY_KIND, RAIL_KIND)
}

function kindOf(
  tags: Readonly<Record<string, string>>,
  highways: Readonly<Record<string, WayKind>>,
  ferry: WayKind,
  rail: WayKind,
): WayKind | null {
  if (tags.route === 'ferry') return ferry
  if (tags.railway === 'rail' && tags.service === undefined) return rail
  if (tags.highway !== undefined) return highways[tags.highway] ?? null
  if (tags.class !== undefined) {
    const highway = CLASS_HIGHWAY[tags.class]
    return highway === undefined ? null : highways[highway]!
  }
  return null
}

/** The highway value whose kind one of our road classes takes (from `BY_CLASS`). */
const CLASS_HIGHWAY: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(BY_CLASS).map(([roadClass, kind]) => [
    roadClass,
    Object.keys(HIGHWAY_KINDS).find((h) => HIGHWAY_KINDS[h] === kind)!,
  ]),
)

/** The kinds a speeds file may set: every `highway` value kept, `ferry` and `rail`. */
export const SPEED_KINDS: readonly string[] = [...Object.keys(HIGHWAY_KINDS), 'ferry', 'rail']

/** A speed in km/h for some kinds of way (`SPEED_KINDS`), from an import's speeds file. */
export type SpeedTable = Readonly<Record<string, number>>

/**
 * Reads a speeds file's value: an object from kinds of way to km/h, each a number the kind's mode
 * accepts (`MODE_SPEEDS_KMH.possible`). Anything else is refused, naming the kind.
 */
export function readSpeedTable(value: unknown): SpeedTable {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw importRefusal('speeds-not-object')
  const table: Record<string, number> = {}
  for (const [kind, speed] of Object.entries(value)) {
    if (!SPEED_KINDS.includes(kind)) throw importRefusal('speeds-unknown-kind', { kind, known: SPEED_KINDS.join(', ') })
    const known = kind === 'ferry' ? FERRY_KIND : kind === 'rail' ? RAIL_KIND : HIGHWAY_KINDS[kind]!
    const [low, high] = MODE_SPEEDS_KMH[known.mode].possible
    if (typeof speed !== 'number' || !Number.isFinite(speed) || speed < low || speed > high)
      throw importRefusal('speeds-out-of-range', { kind, value: String(speed), low, high })
    table[kind] = speed
  }
  return table
}

/** `wayKind`, with the speeds of a speeds file in place of our defaults where it gives one. */
export function wayKindWith(speeds: SpeedTable): (tags: Readonly<Record<string, string>>) => WayKind | null {
  const given = (kind: WayKind, name: string): WayKind =>
    speeds[name] === undefined ? kind : { ...kind, speedKmh: speeds[name], speedGiven: true }
  const highways = Object.fromEntries(Object.entries(HIGHWAY_KINDS).map(([h, kind]) => [h, given(kind, h)]))
  const ferry = given(FERRY_KIND, 'ferry'),
    rail = given(RAIL_KIND, 'rail')
  return (tags) => kindOf(tags, highways, ferry, rail)
}

/** A `maxspeed` tag in km/h (`50`, `50 km/h`; `mph` converted), or null. */
export function maxSpeedKmh(tag: string | undefined): number | null {
  if (!tag) return null
  const m = /^\s*(\d+(?:\.\d+)?)\s*(km\/h|kmh|mph)?\s*$/i.exec(tag)
  if (!m) return null
  const v = Number(m[1])
  return m[2]?.toLowerCase() === 'mph' ? v * 1.609344 : v
}
