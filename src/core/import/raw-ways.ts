/**
 * Raw ways
 * ========
 * What every import format is read into: points with ids, and ways (ordered point ids) with their
 * tags, as in OpenStreetMap. A problem in the input is reported with the record it is in.
 */
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
  /** Problems found while reading, each naming its record (`way 123: …`). */
  readonly problems: readonly string[]
}
