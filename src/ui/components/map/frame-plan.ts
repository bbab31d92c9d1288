/**
 * Frame plan
 * ==========
 * Fitting the network map to a plan so that every marker and the name written beside it stay inside
 * the map (`network-map.tsx`).
 */
import type { Map as MapLibreMap } from 'maplibre-gl'

/**
 * Frames `bounds` so that every plan marker, its name included, is inside the map: a first fit with
 * room on the right for names, then, if a name still crosses an edge, a second fit with that much more
 * room on that side.
 */
export function framePlan(
  map: MapLibreMap,
  node: HTMLElement,
  bounds: readonly [number, number, number, number],
  markers: readonly HTMLElement[],
) {
  const [w, s, e, n] = bounds
  const box: [[number, number], [number, number]] = [
    [w, s],
    [e, n],
  ]
  const padding = framePadding(node)
  map.fitBounds(box, { padding, maxZoom: 12, duration: 0 })
  const frame = node.getBoundingClientRect()
  const margin = 4
  let left = 0,
    right = 0,
    top = 0,
    bottom = 0
  for (const m of markers) {
    const r = m.getBoundingClientRect()
    left = Math.max(left, frame.left + margin - r.left)
    right = Math.max(right, r.right - (frame.right - margin))
    top = Math.max(top, frame.top + margin - r.top)
    bottom = Math.max(bottom, r.bottom - (frame.bottom - margin))
  }
  if (left + right + top + bottom <= 0) return
  const grown = {
    left: padding.left + left,
    right: padding.right + right,
    top: padding.top + top,
    bottom: padding.bottom + bottom,
  }
  // Never leave less than a third of the map for the plan itself.
  if (grown.left + grown.right > frame.width * 0.67 || grown.top + grown.bottom > frame.height * 0.67) return
  map.fitBounds(box, { padding: grown, maxZoom: 12, duration: 0 })
}

/** Room for the names written right of the markers, so none is cut at the map's edge. */
export function framePadding(node: HTMLElement) {
  const w = node.clientWidth,
    h = node.clientHeight
  const side = Math.max(16, Math.min(48, w * 0.08))
  return {
    top: Math.max(16, Math.min(48, h * 0.08)),
    bottom: Math.max(16, Math.min(48, h * 0.08)),
    left: side,
    right: Math.max(side, Math.min(160, w * 0.3)),
  }
}
