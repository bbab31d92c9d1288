/**
 * Network map
 * ===========
 * MapLibre map of the network: links faded when not open in the scenario, labels in the current
 * language, and the plan on top: a route or a trip drawn one colour per day, with `A` at the start,
 * `B` at an end elsewhere, numbered stops with their names (never hidden by decluttering) and nights;
 * the map frames the plan whenever it changes. A tap opens a place's popup with its actions, or, where
 * places crowd under the finger, a list to choose from. Lazy-loaded, since MapLibre is about 1 MB.
 */
import { useEffect, useMemo, useRef } from 'react'
import {
  LngLatBounds,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  Popup,
  setWorkerUrl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type PointLike,
} from 'maplibre-gl'
import { recordLoad, whenLoaded } from './when-loaded.ts'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import { linkOf, datasetBounds, type Dataset, type LinkId, type MapPlan, type PlaceId } from '../../../core/index.ts'
import {
  BASEMAP_LAYER,
  buildMapStyle,
  LINK_LAYERS,
  linkOpacity,
  PLACE_LAYER,
  PLAN_LAYERS,
  PLAN_SOURCE,
  ROUTE_LAYERS,
  routeFilter,
} from './map-style.ts'
import { linkPopup, placeChooser, placePopup, type MapWords, type PlaceAction } from './map-popup-content.ts'
import { declutterLabels, type PlacedLabel } from './declutter-labels.ts'
import { planMarkerElement } from './plan-marker.ts'
import { MOUSE_TOLERANCE_PX, TOUCH_TOLERANCE_PX } from './tap-tolerance.ts'
import { framePadding, framePlan } from './frame-plan.ts'

setWorkerUrl(workerUrl)

const LABELLED_KINDS = new Set(['heritage-site', 'city'])

type Label = PlacedLabel & { id: PlaceId; hidden?: boolean; fixed?: boolean }

/** Writes each network label's name in the chosen language. */
function relabel(labels: readonly Label[], dataset: Dataset, language: 'vi' | 'en'): void {
  for (const l of labels) l.element.textContent = dataset.placeById.get(l.id)?.name[language] ?? l.id
}

/** Hides the network labels of places the plan marks with its own name. */
function hidePlanned(labels: readonly Label[], marked: ReadonlySet<PlaceId>): void {
  for (const l of labels) l.hidden = marked.has(l.id)
}

/** Declutters the plan's names (always shown) and the network's labels together. */
function declutterAll(plan: readonly Label[], network: readonly Label[]): void {
  declutterLabels([...plan, ...network])
}

export interface NetworkMapProps {
  readonly dataset: Dataset
  readonly language: 'vi' | 'en'
  readonly label: string
  /** Open projects of the scenario; null draws links by their project status only. */
  readonly openProjects?: readonly string[] | null
  /** Links to highlight (a project's); the map fits them when they change. */
  readonly highlightLinks?: readonly string[]
  /** A route or a trip to draw on top, framed when it changes. */
  readonly plan?: MapPlan | null
  /** Accessible title of a plan marker (`Stop 2, day 1`). */
  readonly markerTitle?: (marker: MapPlan['markers'][number]) => string
  readonly basemap?: boolean
  readonly words: MapWords
  /** The actions a place's popup offers, and what to do on each. */
  readonly actions?: readonly PlaceAction[]
  readonly onAction?: (action: PlaceAction, id: PlaceId) => void
}

export default function NetworkMap({
  dataset,
  language,
  label,
  openProjects = null,
  highlightLinks = [],
  plan = null,
  markerTitle,
  basemap = false,
  words,
  actions = [],
  onAction,
}: NetworkMapProps) {
  const container = useRef<HTMLDivElement>(null)
  const mapRef = useRef<MapLibreMap | null>(null)
  const labelsRef = useRef<Label[]>([])
  const planLabelsRef = useRef<Label[]>([])
  const planMarkersRef = useRef<Marker[]>([])
  const pickFromLabelRef = useRef<(e: MouseEvent, id: PlaceId) => void>(() => {})
  const props = useRef({ words, actions, onAction, markerTitle, language })
  useEffect(() => {
    props.current = { words, actions, onAction, markerTitle, language }
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
    recordLoad(map)
    mapRef.current = map
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right')
    const popup = new Popup({ closeButton: true, maxWidth: '300px', focusAfterOpen: true })
    const openPlace = (id: PlaceId) => {
      const place = dataset.placeById.get(id)
      const current = props.current
      const content = placePopup(dataset, id, current.words, current.actions, (a, p) => {
        popup.remove()
        current.onAction?.(a, p)
      })
      if (place && content) popup.setLngLat([place.lon, place.lat]).setDOMContent(content).addTo(map)
    }

    labelsRef.current = dataset.places
      .filter((p) => LABELLED_KINDS.has(p.kind))
      .map((place) => {
        const element = document.createElement('div')
        element.className = `map-label map-label-${place.kind}`
        element.textContent = place.name[props.current.language]
        element.dataset.place = place.id
        element.addEventListener('click', (e) => pickFromLabel(e, place.id))
        new Marker({ element, anchor: 'left', offset: [9, 0] }).setLngLat([place.lon, place.lat]).addTo(map)
        return { id: place.id, element, priority: place.kind === 'city' ? 0 : place.heritage?.unescoComponent ? 1 : 2 }
      })
    const declutter = () => declutterAll(planLabelsRef.current, labelsRef.current)
    map.on('moveend', declutter)
    map.once('idle', declutter)

    const coarse = globalThis.matchMedia?.('(pointer: coarse)').matches ?? false
    // What a tap at `point` means: the one place there, a list when several crowd under the finger
    // (`also`: a place whose label was tapped, counted even when its dot is out of reach), else a link.
    const pickAt = (point: { x: number; y: number }, touch: boolean, also: PlaceId | null = null) => {
      const r = touch || coarse ? TOUCH_TOLERANCE_PX : MOUSE_TOLERANCE_PX
      const { x, y } = point
      const box: [PointLike, PointLike] = [
        [x - r, y - r],
        [x + r, y + r],
      ]
      const distance = (f: MapGeoJSONFeature) => {
        if (f.geometry.type !== 'Point') return Infinity
        const p = map.project(f.geometry.coordinates as [number, number])
        return Math.hypot(p.x - x, p.y - y)
      }
      // Every place within reach of the tap, nearest first (heritage sites before others at a tie).
      const places = map
        .queryRenderedFeatures(box, { layers: [PLACE_LAYER] })
        .map((f) => ({ id: f.properties?.id as PlaceId, d: distance(f), site: f.properties?.kind === 'heritage-site' }))
        .filter((p, i, all) => p.d <= r && all.findIndex((q) => q.id === p.id) === i)
        .sort((a, b) => a.d - b.d || Number(b.site) - Number(a.site))
      if (also && !places.some((p) => p.id === also)) places.unshift({ id: also, d: 0, site: true })
      // Junctions only count when nothing else is there: a tap on a crowded spot lists what matters.
      const named = places.filter((p) => dataset.placeById.get(p.id)?.kind !== 'junction')
      const candidates = named.length > 0 ? named : places
      if (candidates.length === 1) return openPlace(candidates[0]!.id)
      const at = map.unproject([x, y])
      if (candidates.length > 1) {
        const chooser = placeChooser(
          dataset,
          candidates.map((c) => c.id),
          props.current.words,
          (id) => openPlace(id),
        )
        popup.setLngLat(at).setDOMContent(chooser).addTo(map)
        return
      }
      const link = map.queryRenderedFeatures(box, { layers: [...LINK_LAYERS] })[0]
      const content = link ? linkPopup(dataset, link.properties?.id as LinkId, props.current.words) : null
      if (content) popup.setLngLat(at).setDOMContent(content).addTo(map)
    }
    const isTouch = (e: Event) => {
      const type = (e as PointerEvent).pointerType
      return type === 'touch' || type === 'pen'
    }
    map.on('click', (event) => pickAt(event.point, isTouch(event.originalEvent)))
    // A label stands for its place, but it may cover other dots: the same rule applies at the tap.
    const pickFromLabel = (e: MouseEvent, id: PlaceId) => {
      e.stopPropagation()
      const rect = map.getCanvasContainer().getBoundingClientRect()
      pickAt({ x: e.clientX - rect.left, y: e.clientY - rect.top }, isTouch(e), id)
    }
    pickFromLabelRef.current = pickFromLabel
    map.on('mousemove', (event) => {
      map.getCanvas().style.cursor =
        map.queryRenderedFeatures(event.point, { layers: [PLACE_LAYER, ...LINK_LAYERS] }).length > 0 ? 'pointer' : ''
    })
    map.on('idle', () => {
      // Exposed for browser tests and curious readers: what the map has drawn.
      node.dataset.state = 'idle'
      node.dataset.renderedPlaces = String(map.queryRenderedFeatures({ layers: [PLACE_LAYER] }).length)
      node.dataset.renderedLinks = String(map.queryRenderedFeatures({ layers: [...LINK_LAYERS] }).length)
      node.dataset.renderedRoute = String(
        map.queryRenderedFeatures({ layers: [ROUTE_LAYERS[1], PLAN_LAYERS[1]] }).length,
      )
    })
    map.on('error', (event) => {
      node.dataset.error = event.error?.message ?? 'map error'
    })
    return () => {
      map.remove()
      mapRef.current = null
    }
    // The map is built once per dataset; language and plan changes are applied below.
  }, [dataset])

  useEffect(() => {
    relabel(labelsRef.current, dataset, language)
    if (mapRef.current?.loaded()) declutterAll(planLabelsRef.current, labelsRef.current)
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
    whenLoaded(map, apply)
  }, [openKey])

  const highlightKey = highlightLinks.join(',')
  useEffect(() => {
    const map = mapRef.current
    const node = container.current
    if (!map || !node) return
    const ids = highlightKey ? highlightKey.split(',') : []
    const apply = () => {
      for (const layer of ROUTE_LAYERS) map.setFilter(layer, routeFilter(ids))
      if (ids.length === 0) return
      const bounds = new LngLatBounds()
      for (const id of ids) {
        const link = linkOf(dataset, id)
        for (const end of link ? [link.from, link.to] : []) {
          const p = dataset.placeById.get(end)!
          bounds.extend([p.lon, p.lat])
        }
      }
      map.fitBounds(bounds, { padding: framePadding(node), maxZoom: 12, duration: 0 })
    }
    whenLoaded(map, apply)
  }, [highlightKey, dataset])

  // The plan: its lines, one colour per day, its markers, and the frame. Keyed by its content, so an
  // identical answer (the slider moved but the route did not change) touches nothing on the map.
  // Written once per plan, not at every render: a trip's lines hold thousands of coordinates, and
  // the page redraws at each step of a slider (5 ms a time, 22 ms on a slowed phone).
  const planKey = useMemo(() => (plan ? JSON.stringify(plan) : ''), [plan])
  useEffect(() => {
    const map = mapRef.current
    const node = container.current
    if (!map || !node) return
    const shown: MapPlan | null = planKey ? (JSON.parse(planKey) as MapPlan) : null
    for (const m of planMarkersRef.current) m.remove()
    planMarkersRef.current = []
    planLabelsRef.current = []
    hidePlanned(labelsRef.current, new Set(shown?.markers.map((m) => m.place) ?? []))
    for (const marker of shown?.markers ?? []) {
      const place = dataset.placeById.get(marker.place)
      if (!place) continue
      const title = props.current.markerTitle?.(marker) ?? marker.label
      const { element, name } = planMarkerElement(marker, place.name[language], title, 'button')
      element.addEventListener('click', (e) => pickFromLabelRef.current(e, marker.place))
      const m = new Marker({ element, anchor: 'left', offset: [-12, 0] }).setLngLat([place.lon, place.lat]).addTo(map)
      planMarkersRef.current.push(m)
      planLabelsRef.current.push({ id: marker.place, element: name, priority: -1, fixed: true })
    }
    const apply = () => {
      const source = map.getSource(PLAN_SOURCE) as GeoJSONSource | undefined
      source?.setData(shown?.lines ?? { type: 'FeatureCollection', features: [] })
      if (shown?.bounds)
        framePlan(
          map,
          node,
          shown.bounds,
          planMarkersRef.current.map((m) => m.getElement()),
        )
      declutterAll(planLabelsRef.current, labelsRef.current)
    }
    whenLoaded(map, apply)
  }, [planKey, dataset, language])

  useEffect(() => {
    const map = mapRef.current
    if (!map) return
    const apply = () => map.setLayoutProperty(BASEMAP_LAYER, 'visibility', basemap ? 'visible' : 'none')
    whenLoaded(map, apply)
  }, [basemap])

  return <div ref={container} className="network-map" role="region" aria-label={label} data-testid="network-map" />
}
