/**
 * Network map
 * ===========
 * MapLibre map of the whole network, with labels for heritage sites and cities and details on click.
 * Lazy-loaded: MapLibre is about 1 MB.
 */
import { useEffect, useRef } from 'react'
import { Map as MapLibreMap, Marker, NavigationControl, Popup, setWorkerUrl, type MapGeoJSONFeature } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import { datasetBounds, type Dataset, type LinkId, type PlaceId } from '../../../core/index.ts'
import { buildMapStyle, LINK_LAYERS, PLACE_LAYER } from './map-style.ts'
import { linkPopup, placePopup } from './map-popup-content.ts'
import { declutterLabels, type PlacedLabel } from './declutter-labels.ts'

setWorkerUrl(workerUrl)

const LABELLED_KINDS = new Set(['heritage-site', 'city'])

export interface NetworkMapProps {
  readonly dataset: Dataset
}

export default function NetworkMap({ dataset }: NetworkMapProps) {
  const container = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const node = container.current
    if (!node) return
    const [west, south, east, north] = datasetBounds(dataset)
    const map = new MapLibreMap({
      container: node,
      style: buildMapStyle(dataset),
      bounds: [[west, south], [east, north]],
      fitBoundsOptions: { padding: 40 },
      attributionControl: false,
    })
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right')

    const labels: PlacedLabel[] = []
    for (const place of dataset.places.filter((p) => LABELLED_KINDS.has(p.kind))) {
      const label = document.createElement('div')
      label.className = `map-label map-label-${place.kind}`
      label.textContent = place.name.vi
      new Marker({ element: label, anchor: 'left', offset: [9, 0] }).setLngLat([place.lon, place.lat]).addTo(map)
      // Cities first, then UNESCO components, then other sites.
      labels.push({ element: label, priority: place.kind === 'city' ? 0 : place.heritage?.unescoComponent ? 1 : 2 })
    }
    map.on('moveend', () => declutterLabels(labels))

    const popup = new Popup({ closeButton: true, maxWidth: '280px' })
    const show = (feature: MapGeoJSONFeature | undefined, lngLat: { lng: number; lat: number }) => {
      const id = feature?.properties?.id as string | undefined
      if (!id) return
      const content = feature?.layer.id === PLACE_LAYER ? placePopup(dataset, id as PlaceId) : linkPopup(dataset, id as LinkId)
      if (content) popup.setLngLat(lngLat).setDOMContent(content).addTo(map)
    }
    map.on('click', (event) => {
      const hits = map.queryRenderedFeatures(event.point, { layers: [PLACE_LAYER, ...LINK_LAYERS] })
      // Where features overlap, a place beats a link and a heritage site beats a wharf or junction.
      // Among overlapping places of the same rank, the one nearest the pointer wins.
      const rank = (f: MapGeoJSONFeature) => (f.layer.id === PLACE_LAYER ? 0 : 2) + (f.properties?.kind === 'heritage-site' ? 0 : 1)
      const distance = (f: MapGeoJSONFeature) => {
        if (f.geometry.type !== 'Point') return 0
        const [lon, lat] = f.geometry.coordinates as [number, number]
        const p = map.project([lon, lat])
        return Math.hypot(p.x - event.point.x, p.y - event.point.y)
      }
      show([...hits].sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b))[0], event.lngLat)
    })
    map.on('mousemove', (event) => {
      const hits = map.queryRenderedFeatures(event.point, { layers: [PLACE_LAYER, ...LINK_LAYERS] })
      map.getCanvas().style.cursor = hits.length > 0 ? 'pointer' : ''
    })
    map.once('idle', () => declutterLabels(labels))
    map.on('idle', () => {
      // Exposed for the browser tests and for anyone inspecting the page: what the map has drawn.
      node.dataset.state = 'idle'
      node.dataset.renderedPlaces = String(map.queryRenderedFeatures({ layers: [PLACE_LAYER] }).length)
      node.dataset.renderedLinks = String(map.queryRenderedFeatures({ layers: [...LINK_LAYERS] }).length)
    })
    map.on('error', (event) => {
      node.dataset.error = event.error?.message ?? 'map error'
    })
    return () => { map.remove() }
  }, [dataset])

  return <div ref={container} className="network-map" role="region" aria-label="Map of the heritage network" data-testid="network-map" />
}
