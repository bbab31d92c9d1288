/**
 * Network features
 * ================
 * The dataset as GeoJSON for maps: one point per place, one line per link, with the properties a map
 * style needs (kind, mode, status, UNESCO flag). Pure data; the UI decides how it looks.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson'
import type { Dataset, Link } from '../dataset/dataset.ts'

/**
 * How a link is drawn: `existing` (no project), `opened` (its project has opened), `under-construction`,
 * or `planned` (approved, planned, proposed or study).
 */
export type LinkDrawStatus = 'existing' | 'opened' | 'under-construction' | 'planned'

/** The drawing status of a link, from its project's status. */
export function linkDrawStatus(dataset: Dataset, link: Link): LinkDrawStatus {
  if (link.project === null) return 'existing'
  const status = dataset.projectById.get(link.project)?.status
  if (status === 'completed') return 'opened'
  if (status === 'under-construction') return 'under-construction'
  return 'planned'
}

export interface PlaceFeatureProps {
  readonly id: string
  readonly nameVi: string
  readonly nameEn: string
  readonly kind: string
  readonly unesco: boolean
}

export interface LinkFeatureProps {
  readonly id: string
  readonly mode: string
  readonly status: LinkDrawStatus
  readonly project: string | null
  readonly ref: string | null
}

/** Places as points. */
export function placeFeatures(dataset: Dataset): FeatureCollection<Point, PlaceFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: dataset.places.map((p): Feature<Point, PlaceFeatureProps> => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        id: p.id,
        nameVi: p.name.vi,
        nameEn: p.name.en,
        kind: p.kind,
        unesco: p.heritage?.unescoComponent ?? false,
      },
    })),
  }
}

/** Links as lines, following `geometry` where the record has one, else straight between the ends. */
export function linkFeatures(dataset: Dataset): FeatureCollection<LineString, LinkFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: dataset.links.map((l): Feature<LineString, LinkFeatureProps> => {
      const a = dataset.placeById.get(l.from)!
      const b = dataset.placeById.get(l.to)!
      const coordinates = l.geometry
        ? l.geometry.map(([lon, lat]) => [lon, lat])
        : [
            [a.lon, a.lat],
            [b.lon, b.lat],
          ]
      return {
        type: 'Feature',
        id: l.id,
        geometry: { type: 'LineString', coordinates },
        properties: {
          id: l.id,
          mode: l.mode,
          status: linkDrawStatus(dataset, l),
          project: l.project,
          ref: l.road?.ref ?? null,
        },
      }
    }),
  }
}

/** The smallest box holding every place: `[west, south, east, north]`. */
export function datasetBounds(dataset: Dataset): [number, number, number, number] {
  let west = 180,
    south = 90,
    east = -180,
    north = -90
  for (const p of dataset.places) {
    west = Math.min(west, p.lon)
    east = Math.max(east, p.lon)
    south = Math.min(south, p.lat)
    north = Math.max(north, p.lat)
  }
  return [west, south, east, north]
}
