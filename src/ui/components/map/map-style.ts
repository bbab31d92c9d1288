/**
 * Map style
 * =========
 * The offline MapLibre style drawn from our own data: links coloured by mode and dashed by status,
 * places sized by kind, UNESCO components ringed in gold. No tiles, glyphs or sprites are fetched.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl'
import { LINK_MODES, linkFeatures, placeFeatures, type Dataset, type LinkMode } from '../../../core/index.ts'

export const MODE_COLOURS = {
  road: '#6b4f3a',
  waterway: '#1f6fb2',
  rail: '#7b3fa0',
  'cable-car': '#0f766e',
} as const satisfies Record<LinkMode, string>
export const KIND_COLOURS = {
  'heritage-site': '#c2410c',
  city: '#1f2937',
  town: '#4b5563',
  wharf: '#1f6fb2',
  station: '#7b3fa0',
  junction: '#9ca3af',
  place: '#c2410c',
} as const
export const UNESCO_RING = '#d4a017'

// A colour per mode, derived from MODE_COLOURS so a new mode only needs its colour there.
export const modeColour = [
  'match',
  ['get', 'mode'],
  ...LINK_MODES.filter((m) => m !== 'road').flatMap((m) => [m, MODE_COLOURS[m]]),
  MODE_COLOURS.road,
] as unknown as ExpressionSpecification
const modeWidth: ExpressionSpecification = ['match', ['get', 'mode'], 'rail', 2.5, 'cable-car', 2, 3]

/** Layer ids that hold links, in drawing order. */
export const LINK_LAYERS = ['links-existing', 'links-under-construction', 'links-planned'] as const
export const PLACE_LAYER = 'places'
export const ROUTE_LAYERS = ['route-casing', 'route'] as const
export const BASEMAP_LAYER = 'osm'
export const ROUTE_COLOUR = '#f2b705'
export const PLAN_SOURCE = 'plan'
export const PLAN_LAYERS = ['plan-casing', 'plan-line'] as const
/**
 * One colour per day of a trip (a route is day 0): distinct from each other and from the network's
 * mode colours, each dark enough to carry a white number (contrast ≥ 4.5:1 on its badge).
 */
export const DAY_COLOURS = ['#be185d', '#1d4ed8', '#047857', '#b45309', '#6d28d9', '#b91c1c', '#0e7490'] as const

/** The colour of a day (cycling after the seventh). */
export function dayColour(day: number): string {
  return DAY_COLOURS[day % DAY_COLOURS.length]!
}

const dayColourExpression = [
  'match',
  ['get', 'day'],
  ...DAY_COLOURS.slice(1).flatMap((c, i) => [i + 1, c]),
  DAY_COLOURS[0],
] as unknown as ExpressionSpecification

/** Opacity of links: full when open in the scenario (or when no scenario is given), faded otherwise. */
export function linkOpacity(openProjects: readonly string[] | null): ExpressionSpecification | number {
  if (openProjects === null) return 1
  return [
    'case',
    ['any', ['==', ['get', 'project'], null], ['in', ['get', 'project'], ['literal', [...openProjects]]]],
    1,
    0.22,
  ]
}

/** Filter selecting the links of a route. */
export function routeFilter(linkIds: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'id'], ['literal', [...linkIds]]]
}

export function buildMapStyle(dataset: Dataset): StyleSpecification {
  return {
    version: 8,
    sources: {
      links: { type: 'geojson', data: linkFeatures(dataset) },
      places: { type: 'geojson', data: placeFeatures(dataset) },
      [PLAN_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      [BASEMAP_LAYER]: {
        type: 'raster',
        tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
        tileSize: 256,
        maxzoom: 19,
        attribution: '© OpenStreetMap contributors',
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f3eee4' } },
      {
        id: BASEMAP_LAYER,
        type: 'raster',
        source: BASEMAP_LAYER,
        layout: { visibility: 'none' },
        paint: { 'raster-opacity': 0.55 },
      },
      {
        id: 'links-existing',
        type: 'line',
        source: 'links',
        filter: ['in', ['get', 'status'], ['literal', ['existing', 'opened']]],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': modeColour, 'line-width': modeWidth },
      },
      {
        id: 'links-under-construction',
        type: 'line',
        source: 'links',
        filter: ['==', ['get', 'status'], 'under-construction'],
        paint: { 'line-color': modeColour, 'line-width': modeWidth, 'line-dasharray': [3, 2] },
      },
      {
        id: 'links-planned',
        type: 'line',
        source: 'links',
        filter: ['==', ['get', 'status'], 'planned'],
        paint: { 'line-color': modeColour, 'line-width': modeWidth, 'line-dasharray': [0.6, 1.6], 'line-opacity': 0.9 },
      },
      {
        id: 'route-casing',
        type: 'line',
        source: 'links',
        filter: routeFilter([]),
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#5b2508', 'line-width': 10 },
      },
      {
        id: 'route',
        type: 'line',
        source: 'links',
        filter: routeFilter([]),
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': ROUTE_COLOUR, 'line-width': 6 },
      },
      {
        id: PLAN_LAYERS[0],
        type: 'line',
        source: PLAN_SOURCE,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#ffffff', 'line-width': 10 },
      },
      {
        id: PLAN_LAYERS[1],
        type: 'line',
        source: PLAN_SOURCE,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': dayColourExpression, 'line-width': 6 },
      },
      {
        id: PLACE_LAYER,
        type: 'circle',
        source: 'places',
        paint: {
          'circle-radius': [
            'match',
            ['get', 'kind'],
            'heritage-site',
            7,
            'city',
            6,
            'town',
            4.5,
            'wharf',
            5,
            'station',
            5,
            3,
          ],
          'circle-color': [
            'match',
            ['get', 'kind'],
            'heritage-site',
            KIND_COLOURS['heritage-site'],
            'city',
            KIND_COLOURS.city,
            'town',
            KIND_COLOURS.town,
            'wharf',
            KIND_COLOURS.wharf,
            'station',
            KIND_COLOURS.station,
            KIND_COLOURS.junction,
          ],
          'circle-stroke-color': ['case', ['get', 'unesco'], UNESCO_RING, '#ffffff'],
          'circle-stroke-width': ['case', ['get', 'unesco'], 3, 1.2],
        },
      },
    ],
  }
}
