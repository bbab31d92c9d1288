/**
 * Network map
 * ===========
 * MapLibre map of the network: links faded when not open in the scenario, the chosen route drawn on
 * top (and the map fitted to it), labels in the current language, details on click. Lazy-loaded,
 * since MapLibre is about 1 MB.
 */
import { useEffect, useRef } from 'react'
import {
  LngLatBounds,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  Popup,
  setWorkerUrl,
  type MapGeoJSONFeature,
} from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import { datasetBounds, type Dataset, type LinkId, type PlaceId } from '../../../core/index.ts'
import {
  BASEMAP_LAYER,
  buildMapStyle,
  LINK_LAYERS,
  linkOpacity,
  PLACE_LAYER,
  ROUTE_LAYERS,
  routeFilter,
} from './map-style.ts'
import { linkPopup, placePopup } from './map-popup-content.ts'
import { declutterLabels, type PlacedLabel } from './declutter-labels.ts'

setWorkerUrl(workerUrl)

const LABELLED_KINDS = new Set(['heritage-site', 'city'])

/** Writes each label's name in the chosen language. */
function relabel(labels: ReadonlyArray<PlacedLabel & { id: PlaceId }>, dataset: Dataset, language: 'vi' | 'en'): void {
  for (const l of labels) l.element.textContent = dataset.placeById.get(l.id)?.name[language] ?? l.id
}

export interface NetworkMapProps {
  readonly dataset: Dataset
  readonly language: 'vi' | 'en'
  readonly label: string
  /** Open projects of the scenario; null draws links by their project status only. */
  readonly openProjects?: readonly string[] | null
  /** Links of the route to highlight; the map fits them when they change. */
  readonly routeLinks?: readonly string[]
  readonly basemap?: boolean
  readonly onPlaceClick?: (id: PlaceId) => void
}

export default function NetworkMap({
  dataset,
  language,
  label,
  openProjects = null,
  routeLinks = [],
  basemap = false,
  onPlaceClick,
}: NetworkMapProps) {
  const container = useRef<HTMLDivElement>(null)
  const mapRef = useRef<MapLibreMap | null>(null)
  const labelsRef = useRef<Array<PlacedLabel & { id: PlaceId }>>([])
  const props = useRef({ language, onPlaceClick })
  useEffect(() => {
    props.current = { language, onPlaceClick }
  })

  useEffect(() => {
    const node = container.current
    if (!node) return
    const [west, south, east, north] = datasetBounds(dataset)
    const map = new MapLibreMap({
      container: node,
      style: buildMapStyle(dataset),
      bounds: [
        [west, south],
        [east, north],
      ],
      fitBoundsOptions: { padding: 40 },
      attributionControl: { compact: true },
    })
    mapRef.current = map
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right')
    labelsRef.current = dataset.places
      .filter((p) => LABELLED_KINDS.has(p.kind))
      .map((place) => {
        const element = document.createElement('div')
        element.className = `map-label map-label-${place.kind}`
        element.textContent = place.name[props.current.language]
        new Marker({ element, anchor: 'left', offset: [9, 0] }).setLngLat([place.lon, place.lat]).addTo(map)
        return { id: place.id, element, priority: place.kind === 'city' ? 0 : place.heritage?.unescoComponent ? 1 : 2 }
      })
    map.on('moveend', () => declutterLabels(labelsRef.current))
    map.once('idle', () => declutterLabels(labelsRef.current))

    const popup = new Popup({ closeButton: true, maxWidth: '280px' })
    const pickable = [PLACE_LAYER, ...LINK_LAYERS]
    map.on('click', (event) => {
      const hits = map.queryRenderedFeatures(event.point, { layers: pickable })
      // A place beats a link, a heritage site beats a wharf or junction, then the nearest wins.
      const rank = (f: MapGeoJSONFeature) =>
        (f.layer.id === PLACE_LAYER ? 0 : 2) + (f.properties?.kind === 'heritage-site' ? 0 : 1)
      const distance = (f: MapGeoJSONFeature) => {
        if (f.geometry.type !== 'Point') return 0
        const p = map.project(f.geometry.coordinates as [number, number])
        return Math.hypot(p.x - event.point.x, p.y - event.point.y)
      }
      const hit = [...hits].sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b))[0]
      const id = hit?.properties?.id as string | undefined
      if (!hit || !id) return
      const isPlace = hit.layer.id === PLACE_LAYER
      if (isPlace && props.current.onPlaceClick) props.current.onPlaceClick(id as PlaceId)
      const content = isPlace
        ? placePopup(dataset, id as PlaceId, props.current.language)
        : linkPopup(dataset, id as LinkId, props.current.language)
      if (content) popup.setLngLat(event.lngLat).setDOMContent(content).addTo(map)
    })
    map.on('mousemove', (event) => {
      map.getCanvas().style.cursor =
        map.queryRenderedFeatures(event.point, { layers: pickable }).length > 0 ? 'pointer' : ''
    })
    map.on('idle', () => {
      // Exposed for browser tests and curious readers: what the map has drawn.
      node.dataset.state = 'idle'
      node.dataset.renderedPlaces = String(map.queryRenderedFeatures({ layers: [PLACE_LAYER] }).length)
      node.dataset.renderedLinks = String(map.queryRenderedFeatures({ layers: [...LINK_LAYERS] }).length)
      node.dataset.renderedRoute = String(map.queryRenderedFeatures({ layers: ['route'] }).length)
    })
    map.on('error', (event) => {
      node.dataset.error = event.error?.message ?? 'map error'
    })
    return () => {
      map.remove()
      mapRef.current = null
    }
  }, [dataset])

  useEffect(() => {
    relabel(labelsRef.current, dataset, language)
    if (mapRef.current?.loaded()) declutterLabels(labelsRef.current)
  }, [dataset, language])

  const openKey = openProjects === null ? null : openProjects.join(',')
  useEffect(() => {
    const map = mapRef.current
    if (!map) return
    const apply = () => {
      for (const layer of LINK_LAYERS)
        map.setPaintProperty(
          layer,
          'line-opacity',
          linkOpacity(openKey === null ? null : openKey.split(',').filter(Boolean)),
        )
    }
    if (map.isStyleLoaded()) apply()
    else map.once('load', apply)
  }, [openKey])

  const routeKey = routeLinks.join(',')
  useEffect(() => {
    const map = mapRef.current
    if (!map) return
    const ids = routeKey ? routeKey.split(',') : []
    const apply = () => {
      for (const layer of ROUTE_LAYERS) map.setFilter(layer, routeFilter(ids))
      if (ids.length === 0) return
      const bounds = new LngLatBounds()
      for (const id of ids) {
        const link = dataset.linkById.get(id as LinkId)
        for (const end of link ? [link.from, link.to] : []) {
          const p = dataset.placeById.get(end)!
          bounds.extend([p.lon, p.lat])
        }
      }
      map.fitBounds(bounds, { padding: 60, maxZoom: 12, duration: 0 })
    }
    if (map.isStyleLoaded()) apply()
    else map.once('load', apply)
  }, [routeKey, dataset])

  useEffect(() => {
    const map = mapRef.current
    if (!map) return
    const apply = () => map.setLayoutProperty(BASEMAP_LAYER, 'visibility', basemap ? 'visible' : 'none')
    if (map.isStyleLoaded()) apply()
    else map.once('load', apply)
  }, [basemap])

  return <div ref={container} className="network-map" role="region" aria-label={label} data-testid="network-map" />
}
