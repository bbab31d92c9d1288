/**
 * Plan features
 * =============
 * A route or a trip as a map draws it: one line per day (a route is day 0), markers for the start
 * (`A`), the end when it is elsewhere (`B`), each stop numbered in visiting order and each overnight
 * base, and the box that frames them all. The UI decides colours and words; this says what is where.
 */
import type { Feature, FeatureCollection, LineString } from 'geojson'
import type { Dataset } from '../dataset/dataset.ts'
import type { Itinerary } from '../itinerary/itinerary.ts'
import type { PlaceId } from '../model/ids.ts'
import type { FoundRoute } from '../routing/route.ts'
import { legPath, stepsPath } from '../export/trip-events.ts'

export type PlanMarkerRole = 'start' | 'end' | 'stop' | 'night'

export interface PlanMarker {
  readonly place: PlaceId
  readonly role: PlanMarkerRole
  /** `A`, `B`, or the stop's number in the trip (1, 2, …); empty for a night. */
  readonly label: string
  /** Index of the day (0 for the first day and for a route). */
  readonly day: number
}

export interface MapPlan {
  readonly lines: FeatureCollection<LineString, { readonly day: number }>
  readonly markers: readonly PlanMarker[]
  /** `[west, south, east, north]` of every line point and marker; null for an empty plan. */
  readonly bounds: readonly [number, number, number, number] | null
}

function boundsOf(dataset: Dataset, lines: MapPlan['lines'], markers: readonly PlanMarker[]): MapPlan['bounds'] {
  let west = Infinity,
    south = Infinity,
    east = -Infinity,
    north = -Infinity
  const add = (lon: number, lat: number) => {
    west = Math.min(west, lon)
    east = Math.max(east, lon)
    south = Math.min(south, lat)
    north = Math.max(north, lat)
  }
  for (const f of lines.features) for (const [lon, lat] of f.geometry.coordinates) add(lon!, lat!)
  for (const m of markers) {
    const p = dataset.placeById.get(m.place)
    if (p) add(p.lon, p.lat)
  }
  return west === Infinity ? null : [west, south, east, north]
}

const line = (day: number, coordinates: Array<[number, number]>): Feature<LineString, { day: number }> => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates },
  properties: { day },
})

/** A route: its line, `A` at the start and `B` at the end. */
export function routeMapPlan(dataset: Dataset, route: FoundRoute): MapPlan {
  const coordinates = stepsPath(dataset, route.legs)
  const lines: MapPlan['lines'] = {
    type: 'FeatureCollection',
    features: coordinates.length > 1 ? [line(0, coordinates)] : [],
  }
  const markers: PlanMarker[] = [{ place: route.from, role: 'start', label: 'A', day: 0 }]
  if (route.to !== route.from) markers.push({ place: route.to, role: 'end', label: 'B', day: 0 })
  return { lines, markers, bounds: boundsOf(dataset, lines, markers) }
}

/** A trip: a line per day, the start, the stops numbered across days, the nights, the end if elsewhere. */
export function tripMapPlan(dataset: Dataset, itinerary: Itinerary): MapPlan {
  const features = itinerary.days.flatMap((d, i) =>
    d.legs.map((leg) => legPath(dataset, leg)).flatMap((c) => (c.length > 1 ? [line(i, c)] : [])),
  )
  const lines: MapPlan['lines'] = { type: 'FeatureCollection', features }
  const first = itinerary.days[0]
  const last = itinerary.days[itinerary.days.length - 1]
  const markers: PlanMarker[] = []
  if (!first || !last) return { lines, markers, bounds: null }
  const marked = new Set<PlaceId>([first.from])
  markers.push({ place: first.from, role: 'start', label: 'A', day: 0 })
  let n = 0
  itinerary.days.forEach((d, i) => {
    for (const s of d.stops) {
      markers.push({ place: s.place, role: 'stop', label: String(++n), day: i })
      marked.add(s.place)
    }
  })
  itinerary.days.forEach((d, i) => {
    if (i < itinerary.days.length - 1 && !marked.has(d.to)) {
      markers.push({ place: d.to, role: 'night', label: '', day: i })
      marked.add(d.to)
    }
  })
  if (!marked.has(last.to)) markers.push({ place: last.to, role: 'end', label: 'B', day: itinerary.days.length - 1 })
  return { lines, markers, bounds: boundsOf(dataset, lines, markers) }
}
