/**
 * Trip as GeoJSON (RFC 7946)
 * ==========================
 * Stops as points (start, visits, nights, end) and drives as lines along the links' geometry, with
 * names, days and local times (with their +07:00 offset) as properties. Coordinates are
 * longitude, latitude, as the RFC requires.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson'
import { placeOf } from '../dataset/lookup.ts'
import type { Dataset } from '../dataset/dataset.ts'
import type { Itinerary } from '../itinerary/itinerary.ts'
import { safeText } from './text-cells.ts'
import { legPath, localWithOffset, tripEnd, tripEvents } from './trip-events.ts'
import { defaultTripTitle, placeLabel, type TripExportOptions } from './trip-export-options.ts'

export interface TripStopProperties {
  readonly kind: 'start' | 'visit' | 'night' | 'end'
  readonly id: string
  readonly name: string
  readonly day: number
  readonly order: number | null
  readonly arrive: string | null
  readonly depart: string | null
  readonly note: string | null
}

export interface TripLegProperties {
  readonly kind: 'travel'
  readonly day: number
  readonly from: string
  readonly to: string
  readonly fromName: string
  readonly toName: string
  readonly depart: string
  readonly arrive: string
  readonly minutes: number
  readonly km: number
  readonly modes: readonly string[]
  readonly estimated: boolean
}

export function tripGeoJson(
  itinerary: Itinerary,
  dataset: Dataset,
  options: TripExportOptions,
): FeatureCollection<Point | LineString, TripStopProperties | TripLegProperties> & { name: string } {
  const { lang } = options
  const name = (id: string) => safeText(placeLabel(dataset, id, lang))
  const features: Array<Feature<Point | LineString, TripStopProperties | TripLegProperties>> = []
  const point = (place: string, props: Omit<TripStopProperties, 'id' | 'name'>) => {
    const p = placeOf(dataset, place)!
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { id: place, name: name(place), ...props },
    })
  }
  const first = itinerary.days[0]
  if (first)
    point(first.from, {
      kind: 'start',
      day: 1,
      order: null,
      arrive: null,
      depart: localWithOffset(`${first.date}T${first.depart}`),
      note: null,
    })
  const events = tripEvents(itinerary)
  for (const e of events) {
    if (e.kind === 'visit') {
      point(e.place, {
        kind: 'visit',
        day: e.day,
        order: e.order,
        arrive: localWithOffset(e.arrive),
        depart: localWithOffset(e.end),
        note: options.stopNotes?.[e.place] ? safeText(options.stopNotes[e.place]) : null,
      })
    } else if (e.kind === 'lunch') {
      continue
    } else if (e.kind === 'night') {
      point(e.place, {
        kind: 'night',
        day: e.day,
        order: null,
        arrive: localWithOffset(e.start),
        depart: null,
        note: null,
      })
    } else {
      const coordinates = legPath(dataset, e.leg)
      if (coordinates.length < 2) continue
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates },
        properties: {
          kind: 'travel',
          day: e.day,
          from: e.from,
          to: e.to,
          fromName: name(e.from),
          toName: name(e.to),
          depart: localWithOffset(e.start),
          arrive: localWithOffset(e.end),
          minutes: Math.round(e.leg.minutes),
          km: Math.round(e.leg.km * 10) / 10,
          modes: e.leg.modes,
          estimated: e.leg.estimated,
        },
      })
    }
  }
  const last = itinerary.days[itinerary.days.length - 1]
  if (last)
    point(last.to, {
      kind: 'end',
      day: last.day,
      order: null,
      arrive: localWithOffset(tripEnd(itinerary, events)!),
      depart: null,
      note: null,
    })
  const title =
    options.title ??
    defaultTripTitle(dataset, itinerary.days[0]?.from ?? '', itinerary.order[0], itinerary.days.length, lang)
  return { type: 'FeatureCollection', name: safeText(title), features }
}
