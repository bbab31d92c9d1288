/**
 * Raw ways
 * ========
 * What every import format is read into: points with ids, and ways (ordered point ids) with their
 * tags, as in OpenStreetMap. A problem in the input is reported with the record it is in.
 */
import { recordProblem, type RecordProblem } from './import-problems.ts'

export interface RawPoint {
  readonly lat: number
  readonly lon: number
  readonly tags?: Readonly<Record<string, string>>
}

export interface RawWay {
  /** The way's own id in its file (an OSM way id, or a GeoJSON feature's index or id). */
  readonly id: string
  readonly points: readonly string[]
  readonly tags: Readonly<Record<string, string>>
}

export interface RawNetwork {
  readonly points: ReadonlyMap<string, RawPoint>
  readonly ways: readonly RawWay[]
  /** Records skipped while reading, each naming itself (`way 123: …` in English). */
  readonly problems: readonly RecordProblem[]
}

/**
 * Adds a point read from a file (its tags kept only when it has some), or names it in `problems` when
 * its coordinates are not a place on Earth. Every reader adds its points through here.
 */
export function addPoint(
  points: Map<string, RawPoint>,
  problems: RecordProblem[],
  id: string,
  lat: number,
  lon: number,
  tags: Readonly<Record<string, string>>,
): void {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    problems.push(recordProblem('node-no-position', { node: id }))
    return
  }
  points.set(id, Object.keys(tags).length > 0 ? { lat, lon, tags } : { lat, lon })
}
