/**
 * Road split
 * ==========
 * Joins a position to the nearest point of an imported road rather than to the nearest junction: a
 * temple beside the middle of a long road is reached from that point, not from a crossroads
 * kilometres away. The road's link is split there into two links that keep its figures (length and
 * any time in proportion to the geometry on each side, speed, class, one-way) and geometry, and a new
 * junction is put at the point. Overlay records that name the split link (a project's upgrade or
 * closure) are pointed at both halves by `piecesOf`.
 */
import { haversineKm } from '../geo/distance.ts'

type Json = Record<string, unknown>
type Position = readonly [lon: number, lat: number]

/** Closer than this to a junction, a position joins the junction itself (no split). */
export const JUNCTION_TOLERANCE_KM = 0.05

/** The nearest point of a link to a position. */
export interface RoadPoint {
  readonly link: Json
  /** The point, and its distance from the position. */
  readonly lon: number
  readonly lat: number
  readonly km: number
  /** Where it lies: on segment `segment` of the link's line, a share `along` of the line's length from its start. */
  readonly segment: number
  readonly along: number
}

/** The line of a link: its geometry, or the straight line between its ends. */
function lineOf(link: Json, placeAt: (id: string) => Position | null): Position[] | null {
  const g = link.geometry as Position[] | undefined
  if (Array.isArray(g) && g.length >= 2) return g
  const a = placeAt(String(link.from)),
    b = placeAt(String(link.to))
  return a && b ? [a, b] : null
}

const lineKm = (line: readonly Position[]) => {
  let km = 0
  for (let i = 1; i < line.length; i++) km += haversineKm(line[i - 1]![1], line[i - 1]![0], line[i]![1], line[i]![0])
  return km
}

/**
 * The nearest point of any of `roads` to (lat, lon), when it is within `withinKm`; null otherwise.
 * Segments are projected in a local flat frame (east-west scaled by the cosine of the latitude),
 * which is exact enough over the few kilometres that matter; distances are great-circle.
 */
export function nearestRoadPoint(
  roads: readonly Json[],
  placeAt: (id: string) => Position | null,
  lat: number,
  lon: number,
  withinKm: number,
): RoadPoint | null {
  const kx = Math.cos((lat * Math.PI) / 180)
  // A box around the position, in degrees, that every closer point lies in.
  const dLat = withinKm / 111,
    dLon = withinKm / (111 * Math.max(kx, 0.01))
  let best: RoadPoint | null = null
  for (const link of roads) {
    const line = lineOf(link, placeAt)
    if (!line) continue
    let total = 0
    const lengths: number[] = []
    for (let i = 1; i < line.length; i++) {
      const d = haversineKm(line[i - 1]![1], line[i - 1]![0], line[i]![1], line[i]![0])
      lengths.push(d)
      total += d
    }
    let before = 0
    for (let i = 1; i < line.length; i++) {
      const [ax, ay] = line[i - 1]!,
        [bx, by] = line[i]!
      const seg = lengths[i - 1]!
      if (
        Math.min(ax, bx) > lon + dLon ||
        Math.max(ax, bx) < lon - dLon ||
        Math.min(ay, by) > lat + dLat ||
        Math.max(ay, by) < lat - dLat
      ) {
        before += seg
        continue
      }
      const ux = (bx - ax) * kx,
        uy = by - ay
      const px = (lon - ax) * kx,
        py = lat - ay
      const len2 = ux * ux + uy * uy
      const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, (px * ux + py * uy) / len2))
      const qLon = ax + (bx - ax) * t,
        qLat = ay + (by - ay) * t
      const km = haversineKm(lat, lon, qLat, qLon)
      if (km <= withinKm && (!best || km < best.km))
        best = { link, lon: qLon, lat: qLat, km, segment: i - 1, along: total > 0 ? (before + seg * t) / total : 0 }
      before += seg
    }
  }
  return best
}

/** A figure split in proportion, rounded as the importer rounds (3 decimals), never below 0.001. */
const share = (value: number, part: number) => Math.max(0.001, Number((value * part).toFixed(3)))

/**
 * Splits `point.link` at the point: returns the two links (ids `<id>-a` and `<id>-b`, from the link's
 * start to the new junction `junction`, then on to its end), which replace it in the document.
 */
export function splitAt(point: RoadPoint, junction: string, placeAt: (id: string) => Position | null): [Json, Json] {
  const link = point.link
  const line = lineOf(link, placeAt)!
  const at: Position = [point.lon, point.lat]
  const first = [...line.slice(0, point.segment + 1), at]
  const second = [at, ...line.slice(point.segment + 1)]
  const part = lineKm(first) / (lineKm(first) + lineKm(second) || 1)
  const half = (suffix: string, from: unknown, to: unknown, geometry: Position[], p: number): Json => {
    const out: Json = { ...link, id: `${String(link.id)}-${suffix}`, from, to, km: share(Number(link.km), p) }
    if (typeof link.minutes === 'number') out.minutes = share(link.minutes, p)
    if (Array.isArray(link.geometry)) out.geometry = geometry
    return out
  }
  return [half('a', link.from, junction, first, part), half('b', junction, link.to, second, 1 - part)]
}

/** Where split links went: each split id to its two halves, followed to the current pieces. */
export class SplitLinks {
  private readonly halves = new Map<string, [string, string]>()
  record(id: string, a: string, b: string): void {
    this.halves.set(id, [a, b])
  }
  /** The links `id` is now made of: itself when it was never split. */
  piecesOf(id: string): string[] {
    const h = this.halves.get(id)
    return h ? [...this.piecesOf(h[0]), ...this.piecesOf(h[1])] : [id]
  }
  get size(): number {
    return this.halves.size
  }
}
