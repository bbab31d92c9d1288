/**
 * Imported map style
 * ==================
 * How an imported network looks: its links from the worker's vector tiles, each map rank appearing
 * from its own zoom (main roads from afar, local streets close up), coloured by mode as on every map of
 * the app; project links drawn from the import's answer, dotted until their day and solid after; the
 * named places as dots; the route on top. No tiles, glyphs or sprites are fetched from anywhere.
 */
import type { ExpressionSpecification, LineLayerSpecification, StyleSpecification } from 'maplibre-gl'
import type { Feature, FeatureCollection, LineString, Point } from 'geojson'
import { MAP_RANKS, type MapRank, type OverviewPlace, type OverviewProjectLink } from '../../../core/index.ts'
import { KIND_COLOURS, modeColour, PLAN_SOURCE, dayColour } from '../../components/map/map-style.ts'
import { importedTileUrl, NETWORK_TILE_LAYER, NETWORK_TILE_MAX_ZOOM } from '../../worker/imported-tile-format.ts'

/** From which zoom each rank is drawn: at 8–9 a province fills the screen, at 12–13 a town does. */
export const RANK_MIN_ZOOM = { 0: 0, 1: 10, 2: 12, 3: 13 } as const satisfies Record<MapRank, number>
const RANK_WIDTH = { 0: 3, 1: 2.2, 2: 1.6, 3: 1.1 } as const satisfies Record<MapRank, number>

export const NETWORK_LAYERS = MAP_RANKS.map((rank) => `network-${rank}`)
export const PROJECT_LAYERS = ['projects-closed', 'projects-open'] as const
export const NAMED_PLACE_LAYER = 'named-places'
export const ROUTE_LAYER = 'imported-route'

export function importedMapStyle(key: string): StyleSpecification {
  const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] })
  return {
    version: 8,
    sources: {
      network: {
        type: 'vector',
        tiles: [importedTileUrl(key)],
        maxzoom: NETWORK_TILE_MAX_ZOOM,
      },
      projects: { type: 'geojson', data: empty() },
      [NAMED_PLACE_LAYER]: { type: 'geojson', data: empty() },
      [PLAN_SOURCE]: { type: 'geojson', data: empty() },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f3eee4' } },
      // Least prominent first, so main roads are drawn over streets.
      ...[...MAP_RANKS].reverse().map((rank): LineLayerSpecification => ({
        id: `network-${rank}`,
        type: 'line',
        source: 'network',
        'source-layer': NETWORK_TILE_LAYER,
        minzoom: RANK_MIN_ZOOM[rank],
        filter: ['==', ['get', 'rank'], rank],
        // Plain joins and ends: round ones add geometry to each of a province's 100k short lines.
        paint: {
          'line-color': modeColour,
          // Thin from afar (a province is a web of roads), full width close up.
          'line-width': ['interpolate', ['linear'], ['zoom'], 8, RANK_WIDTH[rank] / 2, 14, RANK_WIDTH[rank]],
          'line-opacity': rank === 3 ? 0.7 : 1,
        },
      })),
      {
        id: PROJECT_LAYERS[0],
        type: 'line',
        source: 'projects',
        filter: ['!', ['get', 'open']],
        paint: { 'line-color': modeColour, 'line-width': 3, 'line-dasharray': [0.6, 1.6], 'line-opacity': 0.9 },
      },
      {
        id: PROJECT_LAYERS[1],
        type: 'line',
        source: 'projects',
        filter: ['get', 'open'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': modeColour, 'line-width': 4 },
      },
      {
        id: `${ROUTE_LAYER}-casing`,
        type: 'line',
        source: PLAN_SOURCE,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#ffffff', 'line-width': 9 },
      },
      {
        id: ROUTE_LAYER,
        type: 'line',
        source: PLAN_SOURCE,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': dayColour(0), 'line-width': 5 },
      },
      {
        id: NAMED_PLACE_LAYER,
        type: 'circle',
        source: NAMED_PLACE_LAYER,
        paint: {
          'circle-radius': ['match', ['get', 'kind'], 'heritage-site', 7, 5],
          'circle-color': [
            'match',
            ['get', 'kind'],
            ...(Object.entries(KIND_COLOURS).flatMap(([kind, colour]) => [kind, colour]) as string[]),
            KIND_COLOURS.place,
          ] as unknown as ExpressionSpecification,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
    ],
  }
}

/** The project links, each open or not on the day shown. */
export function projectFeatures(
  links: readonly OverviewProjectLink[],
  open: ReadonlySet<string>,
): FeatureCollection<LineString, { id: string; project: string; mode: string; open: boolean }> {
  return {
    type: 'FeatureCollection',
    features: links.map((l) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: l.coordinates.map(([lon, lat]) => [lon, lat]) },
      properties: { id: l.id, project: l.project, mode: l.mode, open: open.has(l.project) },
    })),
  }
}

/** The named places as dots (their names are in the popup a tap opens). */
export function namedPlaceFeatures(
  places: readonly OverviewPlace[],
): FeatureCollection<Point, { id: string; kind: string }> {
  return {
    type: 'FeatureCollection',
    features: places.map((p): Feature<Point, { id: string; kind: string }> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { id: p.id, kind: p.kind },
    })),
  }
}
