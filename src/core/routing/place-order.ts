/**
 * Place order
 * ===========
 * The order in which a topology numbers its places: along a Hilbert curve over their coordinates, so
 * that places near one another on the ground are near one another in the search's arrays (a search
 * reads the costs of a place's neighbours; numbered by id, on a province they lay megabytes apart and
 * most reads missed the processor's caches: a full search took a third longer). Places at one point
 * keep their id order. The tie rule still speaks of ids: it reads each place's `rank` in id order.
 */

/** Cells per side of the grid the curve runs through (2^15: a province's places are ~5 m apart). */
const CURVE_BITS = 15
/** Room left for a place's rank beside its curve position in one exact float (15·2 + 23 = 53 bits). */
const RANK_BITS = 23
const RANK_SPAN = 2 ** RANK_BITS

export interface PlaceOrder {
  /** The place at each node index, as its position in `byId` (the id order). */
  readonly rank: Int32Array
}

/**
 * The node order of places given in id order (`lat[i]`, `lon[i]` of the i-th id). More places than the
 * ranks can hold (8 million) keep their id order.
 */
export function placeOrder(lat: ArrayLike<number>, lon: ArrayLike<number>): PlaceOrder {
  const n = lat.length
  const rank = new Int32Array(n)
  if (n > RANK_SPAN) {
    for (let i = 0; i < n; i++) rank[i] = i
    return { rank }
  }
  let south = Infinity,
    north = -Infinity,
    west = Infinity,
    east = -Infinity
  for (let i = 0; i < n; i++) {
    if (lat[i]! < south) south = lat[i]!
    if (lat[i]! > north) north = lat[i]!
    if (lon[i]! < west) west = lon[i]!
    if (lon[i]! > east) east = lon[i]!
  }
  const side = 2 ** CURVE_BITS
  const span = Math.max(north - south, east - west) || 1
  const cell = (v: number, min: number) => Math.min(side - 1, Math.floor(((v - min) / span) * side))
  const keys = new Float64Array(n)
  for (let i = 0; i < n; i++) keys[i] = hilbertIndex(cell(lon[i]!, west), cell(lat[i]!, south)) * RANK_SPAN + i
  keys.sort()
  for (let i = 0; i < n; i++) rank[i] = keys[i]! % RANK_SPAN
  return { rank }
}

/** Position of cell (x, y) along the Hilbert curve filling the 2^CURVE_BITS grid. */
export function hilbertIndex(x: number, y: number): number {
  const last = 2 ** CURVE_BITS - 1
  let d = 0
  for (let s = 2 ** (CURVE_BITS - 1); s >= 1; s /= 2) {
    const rx = (x & s) > 0 ? 1 : 0,
      ry = (y & s) > 0 ? 1 : 0
    d += s * s * ((3 * rx) ^ ry)
    // Rotate the quadrant so the curve inside it runs the right way.
    if (ry === 0) {
      if (rx === 1) {
        x = last - x
        y = last - y
      }
      const t = x
      x = y
      y = t
    }
  }
  return d
}
