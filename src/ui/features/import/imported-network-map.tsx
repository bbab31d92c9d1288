/**
 * Imported network map
 * ====================
 * The map of a network imported on `/import`. The page never holds the network: the map asks the
 * worker for vector tiles through a URL scheme of its own (`imported://`), and the worker cuts them
 * from the network it keeps, simplified for each zoom. Project links (dotted until their day, solid
 * after), the named places and the route are small and drawn from the answers the page already has,
 * so a step of the day slider changes only those. A tap on a named place offers it as the route's
 * start or end. Lazy-loaded with MapLibre.
 */
import { useEffect, useRef } from 'react'
import {
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  Popup,
  setWorkerUrl,
  type GeoJSONSource,
  type PointLike,
} from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import type { MapPlan, OverviewPlace, OverviewProjectLink } from '../../../core/index.ts'
import type { CoreClient } from '../../worker/core-client.ts'
import { recordLoad, whenLoaded } from '../../components/map/when-loaded.ts'
import { PLAN_SOURCE } from '../../components/map/map-style.ts'
import { planMarkerElement } from '../../components/map/plan-marker.ts'
import { tapTolerancePx } from '../../components/map/tap-tolerance.ts'
import { namedPlacePopup, type RouteEnd } from './named-place-popup.ts'
import { useTileProtocol } from './use-tile-protocol.ts'
import {
  importedMapStyle,
  NAMED_PLACE_LAYER,
  namedPlaceFeatures,
  projectFeatures,
  ROUTE_LAYER,
} from './imported-map-style.ts'

setWorkerUrl(workerUrl)

/**
 * Runs `apply` in the next frame, not in the one that draws the page's own change (the route's words):
 * the map's redraw then has a frame of its own (each costs tens of milliseconds on a slow phone).
 * Returns the cancel, for an effect's cleanup.
 */
function nextFrame(apply: () => void): () => void {
  const id = requestAnimationFrame(apply)
  return () => cancelAnimationFrame(id)
}

export interface ImportedNetworkMapProps {
  readonly core: CoreClient
  readonly networkKey: string
  readonly bounds: readonly [number, number, number, number]
  readonly projectLinks: readonly OverviewProjectLink[]
  readonly places: readonly OverviewPlace[]
  /** Projects open on the day shown. */
  readonly openProjects: readonly string[]
  readonly plan: MapPlan | null
  /** Where the plan's marked places are. */
  readonly points: Readonly<Record<string, readonly [number, number]>>
  readonly language: 'vi' | 'en'
  readonly words: {
    readonly label: string
    readonly kind: (kind: string) => string
    readonly end: (end: RouteEnd) => string
    readonly marker: (role: string) => string
  }
  /** A named place chosen on the map as the route's start or end. */
  readonly onPick: (end: RouteEnd, place: string) => void
}

export default function ImportedNetworkMap(props: ImportedNetworkMapProps) {
  const { core, networkKey, bounds, projectLinks, places, openProjects, plan, language, words } = props
  const container = useRef<HTMLDivElement>(null)
  useTileProtocol(core, (bytes) => {
    const node = container.current
    if (node && bytes > 0) node.dataset.tilesWithLinks = String(Number(node.dataset.tilesWithLinks ?? 0) + 1)
  })
  const mapRef = useRef<MapLibreMap | null>(null)
  const markersRef = useRef<Marker[]>([])
  const latest = useRef(props)
  useEffect(() => {
    latest.current = props
  })

  useEffect(() => {
    const node = container.current
    if (!node) return
    const [west, south, east, north] = bounds
    const map = new MapLibreMap({
      container: node,
      style: importedMapStyle(networkKey),
      bounds: [
        [west, south],
        [east, north],
      ],
      fitBoundsOptions: { padding: 24 },
      attributionControl: { compact: true },
    })
    recordLoad(map)
    mapRef.current = map
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right')
    const popup = new Popup({ closeButton: true, maxWidth: '280px', focusAfterOpen: true })
    map.on('click', (event) => {
      const r = tapTolerancePx(event.originalEvent)
      const { x, y } = event.point
      const box: [PointLike, PointLike] = [
        [x - r, y - r],
        [x + r, y + r],
      ]
      const id = map.queryRenderedFeatures(box, { layers: [NAMED_PLACE_LAYER] })[0]?.properties?.id as
        string | undefined
      const { places: named, words: w, language: lang, onPick } = latest.current
      const place = id ? named.find((p) => p.id === id) : undefined
      if (!place) return
      const content = namedPlacePopup(place, lang, w, (end) => {
        popup.remove()
        onPick(end, place.id)
      })
      popup.setLngLat([place.lon, place.lat]).setDOMContent(content).addTo(map)
    })
    map.on('mousemove', (event) => {
      map.getCanvas().style.cursor =
        map.queryRenderedFeatures(event.point, { layers: [NAMED_PLACE_LAYER] }).length > 0 ? 'pointer' : ''
    })
    map.on('idle', () => {
      // What the map has drawn, for browser tests and curious readers. Never a query of the network's
      // layers: that decodes every tile's lines here, on the page's thread (600 ms at 100k places).
      node.dataset.state = 'idle'
      node.dataset.renderedRoute = String(map.queryRenderedFeatures({ layers: [ROUTE_LAYER] }).length)
      node.dataset.zoom = String(map.getZoom())
      node.dataset.center = map.getCenter().toArray().join(',')
    })
    map.on('error', (event) => {
      node.dataset.error = event.error?.message ?? 'map error'
    })
    return () => {
      map.remove()
      mapRef.current = null
    }
    // One map per network; what changes with the day or the route is applied below.
  }, [networkKey, bounds])

  useEffect(() => {
    const map = mapRef.current
    if (!map) return
    whenLoaded(map, () =>
      (map.getSource(NAMED_PLACE_LAYER) as GeoJSONSource | undefined)?.setData(namedPlaceFeatures(places)),
    )
  }, [places])

  const openKey = openProjects.join(',')
  useEffect(() => {
    const map = mapRef.current
    if (!map) return
    const open = new Set(openKey ? openKey.split(',') : [])
    return nextFrame(() =>
      whenLoaded(map, () => {
        const features = projectFeatures(projectLinks, open)
        ;(map.getSource('projects') as GeoJSONSource | undefined)?.setData(features)
        if (container.current)
          container.current.dataset.openProjectLinks = String(features.features.filter((f) => f.properties.open).length)
      }),
    )
  }, [openKey, projectLinks])

  // The route: its line, `A` and `B`, and the frame; keyed by content, so a slider step that leaves the
  // route as it was touches nothing. The map frames a route when its ends change, not when the day
  // does: while the slider moves, the view stays put (and no new tiles are cut).
  const planKey = plan ? JSON.stringify(plan) : ''
  const endsKey = plan ? plan.markers.map((m) => m.place).join('→') : ''
  const framed = useRef('')
  // `A` and `B`, redrawn when the ends (or the language) change, not at every step of the day.
  useEffect(() => {
    const map = mapRef.current
    if (!map) return
    const now = latest.current
    const shown = endsKey ? now.plan : null
    for (const m of markersRef.current) m.remove()
    markersRef.current = []
    for (const marker of shown?.markers ?? []) {
      const at = now.points[marker.place]
      if (!at) continue
      const name = now.places.find((p) => p.id === marker.place)?.name[language] ?? marker.place
      const { element } = planMarkerElement(marker, name, now.words.marker(marker.role), 'img')
      markersRef.current.push(
        new Marker({ element, anchor: 'left', offset: [-12, 0] }).setLngLat([at[0], at[1]]).addTo(map),
      )
    }
  }, [endsKey, language])
  useEffect(() => {
    const map = mapRef.current
    const node = container.current
    if (!map || !node) return
    const shown: MapPlan | null = planKey ? (JSON.parse(planKey) as MapPlan) : null
    return nextFrame(() =>
      whenLoaded(map, () => {
        ;(map.getSource(PLAN_SOURCE) as GeoJSONSource | undefined)?.setData(
          shown?.lines ?? { type: 'FeatureCollection', features: [] },
        )
        if (shown?.bounds && framed.current !== endsKey) {
          framed.current = endsKey
          const [w, s, e, n] = shown.bounds
          map.fitBounds(
            [
              [w, s],
              [e, n],
            ],
            {
              padding: { top: 32, bottom: 32, left: 32, right: Math.min(140, node.clientWidth * 0.3) },
              maxZoom: 13,
              duration: 0,
            },
          )
        }
      }),
    )
  }, [planKey, endsKey])

  return (
    <div
      ref={container}
      className="network-map imported-network-map"
      role="region"
      aria-label={words.label}
      data-testid="imported-map"
    />
  )
}
