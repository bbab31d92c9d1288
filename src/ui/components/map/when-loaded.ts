/**
 * Changes to a map's style (data, paint, layers) wait until the style has loaded once. The test is
 * our own record of the `load` event, not `map.isStyleLoaded()`: that is also false whenever a source
 * is still fetching tiles (the OpenStreetMap background offline, or slow), long after `load` fired
 * once and for all, and waiting for another `load` then waits forever — a plan that arrived at that
 * moment was never drawn.
 */
import type { Map as MapLibreMap } from 'maplibre-gl'

const loaded = new WeakSet<MapLibreMap>()

/** Call right after creating a map, before any `whenLoaded`. */
export function recordLoad(map: MapLibreMap): void {
  map.once('load', () => loaded.add(map))
}

/** Runs `apply` now if the map's style has loaded, else when it does. */
export function whenLoaded(map: MapLibreMap, apply: () => void): void {
  if (loaded.has(map)) apply()
  else map.once('load', apply)
}
