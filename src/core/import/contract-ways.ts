/**
 * Contract ways
 * =============
 * Steps 1 and 2 of an import (`build-network.ts`): keep the ways that are roads, ferries or rail, with
 * their direction (`oneway=yes|-1|no`, implied on motorways and roundabouts), then cut them at every
 * point where ways meet or end, so the points in between are contracted into one segment that keeps
 * its geometry.
 */
import { recordProblem, type RecordProblem } from './import-problems.ts'
import type { RawNetwork, RawWay } from './raw-ways.ts'
import { wayKind, type WayKind } from './road-classes.ts'

/**
 * Why a way was left out, besides its tag (`highway=footway`, `railway=abandoned`): the report's
 * words, which the app translates by key.
 */
export const LEFT_OUT = {
  notRoad: 'not a road, ferry or railway',
  missingPoint: 'a point missing from the file',
  tooShort: 'fewer than two points',
} as const

/** A way kept, with its kind, its direction and its points in the direction of travel. */
export interface KeptWay {
  readonly way: RawWay
  readonly kind: WayKind
  readonly oneway: boolean
  readonly points: readonly string[]
}

/** A stretch of a kept way between two places (points where ways meet or end). */
export interface Segment {
  readonly from: string
  readonly to: string
  readonly points: readonly string[]
  readonly way: KeptWay
}

function onewayOf(way: RawWay, kind: WayKind): { oneway: boolean; reverse: boolean } {
  const tag = way.tags.oneway
  if (tag === 'yes' || tag === 'true' || tag === '1') return { oneway: true, reverse: false }
  if (tag === '-1' || tag === 'reverse') return { oneway: true, reverse: true }
  if (tag === 'no' || tag === 'false' || tag === '0') return { oneway: false, reverse: false }
  return { oneway: kind.impliedOneway || way.tags.junction === 'roundabout', reverse: false }
}

/**
 * The ways to keep. Each way left out is counted in `leftOut` by its reason; a way naming a point the
 * file lacks is also described in `problems`.
 */
export function keepWays(
  raw: RawNetwork,
  problems: RecordProblem[],
  leftOut: Record<string, number>,
  kindOf: (tags: Readonly<Record<string, string>>) => WayKind | null = wayKind,
): KeptWay[] {
  const skip = (reason: string) => (leftOut[reason] = (leftOut[reason] ?? 0) + 1)
  const kept: KeptWay[] = []
  for (const way of raw.ways) {
    const kind = kindOf(way.tags)
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
      problems.push(recordProblem('way-missing-point', { way: way.id, point: missing }))
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
  return kept
}

/**
 * Cuts the kept ways at their junctions (a point used twice, or a way's end); a closed way (a
 * roundabout drawn as one loop) is also cut in its middle.
 */
export function cutAtJunctions(kept: readonly KeptWay[]): { segments: Segment[]; junctions: Set<string> } {
  const uses = new Map<string, number>()
  for (const k of kept)
    k.points.forEach((p, i) => uses.set(p, (uses.get(p) ?? 0) + (i === 0 || i === k.points.length - 1 ? 2 : 1)))
  const junctions = new Set([...uses].filter(([, n]) => n >= 2).map(([p]) => p))
  const segments: Segment[] = []
  for (const k of kept) {
    let start = 0
    for (let i = 1; i < k.points.length; i++) {
      if (!junctions.has(k.points[i]!) && i < k.points.length - 1) continue
      const pts = k.points.slice(start, i + 1)
      if (pts[0] === pts[pts.length - 1]) {
        // A loop (a roundabout drawn as one closed way): split it in the middle.
        if (pts.length >= 3) {
          const mid = Math.floor(pts.length / 2)
          junctions.add(pts[mid]!)
          segments.push({ from: pts[0]!, to: pts[mid]!, points: pts.slice(0, mid + 1), way: k })
          segments.push({ from: pts[mid]!, to: pts[pts.length - 1]!, points: pts.slice(mid), way: k })
        }
      } else segments.push({ from: pts[0]!, to: pts[pts.length - 1]!, points: pts, way: k })
      start = i
    }
  }
  return { segments, junctions }
}
