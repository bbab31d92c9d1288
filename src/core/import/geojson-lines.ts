/**
 * GeoJSON lines
 * =============
 * Reads road lines from a GIS export: a FeatureCollection of LineString or MultiLineString features
 * whose properties carry OSM-style tags (`highway`, `oneway`, `maxspeed`, `name`, `route=ferry`,
 * `railway`) or a `class` of our own road classes. Lines meet where they share an exact position.
 */
import { importRefusal, recordProblem, type RecordProblem } from './import-problems.ts'
import type { RawNetwork, RawPoint, RawWay } from './raw-ways.ts'

type Position = readonly [number, number, ...number[]]

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Math.abs(p[0]) <= 180 &&
  Math.abs(p[1]) <= 90

/** Reads a GeoJSON FeatureCollection. Throws `INVALID_IMPORT` when it is not one. */
export function readGeoJsonLines(document: unknown): RawNetwork {
  const doc = document as { type?: unknown; features?: unknown }
  if (!doc || typeof doc !== 'object' || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features))
    throw importRefusal('geojson-not-collection')
  const points = new Map<string, RawPoint>()
  const ways: RawWay[] = []
  const problems: RecordProblem[] = []
  const pointId = (p: Position) => {
    // Lines meet at equal positions (to 1e-7°, about 1 cm).
    const id = `${p[1].toFixed(7)},${p[0].toFixed(7)}`
    if (!points.has(id)) points.set(id, { lat: p[1], lon: p[0] })
    return id
  }
  doc.features.forEach((feature: unknown, index: number) => {
    const f = feature as { id?: unknown; geometry?: { type?: unknown; coordinates?: unknown }; properties?: unknown }
    const name = `features[${index}]`
    const id = typeof f?.id === 'string' || typeof f?.id === 'number' ? String(f.id) : String(index)
    const props = f?.properties && typeof f.properties === 'object' ? (f.properties as Record<string, unknown>) : {}
    const tags: Record<string, string> = {}
    for (const [k, v] of Object.entries(props))
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') tags[k] = String(v)
    const g = f?.geometry
    const lines =
      g?.type === 'LineString'
        ? [g.coordinates]
        : g?.type === 'MultiLineString' && Array.isArray(g.coordinates)
          ? g.coordinates
          : null
    if (!lines) {
      problems.push(recordProblem('feature-not-line', { feature: name, geometry: String(g?.type ?? 'missing') }))
      return
    }
    lines.forEach((line: unknown, part: number) => {
      if (!Array.isArray(line) || line.length < 2 || !line.every(isPosition)) {
        problems.push(recordProblem('line-too-short', { feature: name }))
        return
      }
      ways.push({ id: lines.length > 1 ? `${id}-${part + 1}` : id, points: line.map(pointId), tags })
    })
  })
  return { points, ways, problems }
}
