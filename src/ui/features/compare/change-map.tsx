/**
 * Map of change
 * =============
 * MapLibre map of the comparison: links coloured by their status in "after" (new, upgraded, closed,
 * slowed), places coloured by minutes gained or lost from the chosen place. Lazy-loaded with the
 * map library; the same numbers are in the table beside it.
 */
import { useEffect, useRef } from 'react'
import {
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  Popup,
  setWorkerUrl,
  type ExpressionSpecification,
} from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import {
  datasetBounds,
  linkFeatures,
  placeFeatures,
  LINK_CHANGE_STATUSES,
  type Dataset,
  type LinkChange,
  type PlaceChange,
  placeName,
} from '../../../core/index.ts'
import { LINK_STATUS_STYLE, PLACE_BIN_COLOURS, PLACE_BINS, placeBin } from './change-bins.ts'
import { declutterLabels, type PlacedLabel } from '../../components/map/declutter-labels.ts'
import { recordLoad, whenLoaded } from '../../components/map/when-loaded.ts'

setWorkerUrl(workerUrl)

export interface ChangeMapProps {
  readonly dataset: Dataset
  readonly label: string
  readonly links: readonly LinkChange[]
  readonly places: readonly PlaceChange[]
  readonly origin: string
  /** What a click on a place or link says (already in the reader's language). */
  readonly describePlace: (id: string) => string
  readonly describeLink: (id: string) => string
  readonly language: 'vi' | 'en'
}

const match = (property: string, pairs: Array<[string, string | number]>, fallback: string | number) =>
  ['match', ['get', property], ...pairs.flat(), fallback] as unknown as ExpressionSpecification

export default function ChangeMap({
  dataset,
  label,
  links,
  places,
  origin,
  describePlace,
  describeLink,
  language,
}: ChangeMapProps) {
  const labelsRef = useRef<PlacedLabel[]>([])
  const container = useRef<HTMLDivElement>(null)
  const mapRef = useRef<MapLibreMap | null>(null)
  const words = useRef({ describePlace, describeLink })
  useEffect(() => {
    words.current = { describePlace, describeLink }
  })

  const linkData = () => {
    const status = new Map(links.map((l) => [l.link, l.status]))
    const base = linkFeatures(dataset)
    return {
      ...base,
      features: base.features.map((f) => ({
        ...f,
        properties: { ...f.properties, change: status.get(f.properties.id as never) ?? 'absent' },
      })),
    }
  }
  const placeData = () => {
    const bins = new Map(places.map((p) => [p.place as string, placeBin(p)]))
    const base = placeFeatures(dataset)
    return {
      ...base,
      features: base.features
        .filter((f) => bins.has(f.properties.id) || f.properties.id === origin)
        .map((f) => ({
          ...f,
          properties: { ...f.properties, bin: f.properties.id === origin ? 'origin' : bins.get(f.properties.id)! },
        })),
    }
  }

  useEffect(() => {
    const node = container.current
    if (!node) return
    const [west, south, east, north] = datasetBounds(dataset)
    const map = new MapLibreMap({
      container: node,
      style: {
        version: 8,
        sources: {
          links: { type: 'geojson', data: linkData() },
          places: { type: 'geojson', data: placeData() },
        },
        layers: [
          { id: 'background', type: 'background', paint: { 'background-color': '#f3eee4' } },
          ...LINK_CHANGE_STATUSES.slice()
            .reverse()
            .map((status) => ({
              id: `change-${status}`,
              type: 'line' as const,
              source: 'links',
              filter: ['==', ['get', 'change'], status] as ExpressionSpecification,
              layout: { 'line-cap': 'round' as const, 'line-join': 'round' as const },
              paint: {
                'line-color': LINK_STATUS_STYLE[status].colour,
                'line-width': LINK_STATUS_STYLE[status].width,
                ...(LINK_STATUS_STYLE[status].dash && { 'line-dasharray': LINK_STATUS_STYLE[status].dash }),
              },
            })),
          {
            id: 'change-places',
            type: 'circle',
            source: 'places',
            paint: {
              'circle-radius': match('bin', [['origin', 10]], 7),
              'circle-color': match(
                'bin',
                [['origin', '#f2b705'], ...PLACE_BINS.map((b): [string, string] => [b, PLACE_BIN_COLOURS[b]])],
                '#ffffff',
              ),
              'circle-stroke-color': match('bin', [['disconnected', '#ffffff']], '#333333'),
              'circle-stroke-width': match(
                'bin',
                [
                  ['origin', 3],
                  ['connected', 3],
                ],
                1.2,
              ),
            },
          },
        ],
      },
      bounds: [
        [west, south],
        [east, north],
      ],
      fitBoundsOptions: { padding: 30 },
      attributionControl: false,
    })
    recordLoad(map)
    mapRef.current = map
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right')
    const popup = new Popup({ closeButton: true, maxWidth: '280px' })
    const layers = ['change-places', ...LINK_CHANGE_STATUSES.map((s) => `change-${s}`)]
    map.on('click', (event) => {
      const hit = map.queryRenderedFeatures(event.point, { layers })[0]
      const id = hit?.properties?.id as string | undefined
      if (!hit || !id) return
      const content = document.createElement('p')
      content.textContent =
        hit.layer.id === 'change-places' ? words.current.describePlace(id) : words.current.describeLink(id)
      popup.setLngLat(event.lngLat).setDOMContent(content).addTo(map)
    })
    // Names of the compared places, decluttered as on the main map.
    labelsRef.current = dataset.places
      .filter((p) => p.kind === 'heritage-site' || p.kind === 'city')
      .map((place) => {
        const element = document.createElement('div')
        element.className = `map-label map-label-${place.kind}`
        element.textContent = place.name[language]
        element.dataset.place = place.id
        new Marker({ element, anchor: 'left', offset: [10, 0] }).setLngLat([place.lon, place.lat]).addTo(map)
        return { element, priority: place.kind === 'city' ? 0 : 1 }
      })
    map.on('moveend', () => declutterLabels(labelsRef.current))
    map.once('idle', () => declutterLabels(labelsRef.current))
    map.on('idle', () => {
      node.dataset.state = 'idle'
      node.dataset.renderedPlaces = String(map.queryRenderedFeatures({ layers: ['change-places'] }).length)
    })
    return () => {
      map.remove()
      mapRef.current = null
    }
    // The map is built once per dataset; data changes below update its sources.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataset])

  useEffect(() => {
    for (const l of labelsRef.current) {
      const id = l.element.dataset.place
      l.element.textContent = id === undefined ? '' : placeName(dataset, id, language)
    }
    if (mapRef.current?.loaded()) declutterLabels(labelsRef.current)
  }, [dataset, language])

  const key = JSON.stringify([origin, links.map((l) => l.status), places.map((p) => [p.place, p.kind, p.savedMinutes])])
  useEffect(() => {
    const map = mapRef.current
    if (!map) return
    const apply = () => {
      ;(map.getSource('links') as { setData?: (d: unknown) => void } | undefined)?.setData?.(linkData())
      ;(map.getSource('places') as { setData?: (d: unknown) => void } | undefined)?.setData?.(placeData())
    }
    whenLoaded(map, apply)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  return (
    <div ref={container} className="network-map change-map" role="region" aria-label={label} data-testid="change-map" />
  )
}
