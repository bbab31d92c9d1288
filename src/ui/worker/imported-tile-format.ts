/**
 * The tiles of an imported network, as the worker cuts them and the map asks for them: the URL
 * scheme, the tile layer's name and the deepest zoom cut (the map over-zooms past it).
 */
export const IMPORTED_PROTOCOL = 'imported'
export const NETWORK_TILE_LAYER = 'network'
export const NETWORK_TILE_MAX_ZOOM = 14

/** The tile URL template of a network kept under `key`. */
export function importedTileUrl(key: string): string {
  return `${IMPORTED_PROTOCOL}://${key}/{z}/{x}/{y}`
}

/** The network key and tile of a URL the map asks for, or null for any other. */
export function parseImportedTileUrl(url: string): { key: string; z: number; x: number; y: number } | null {
  const m = /^imported:\/\/([^/]+)\/(\d+)\/(\d+)\/(\d+)$/.exec(url)
  return m ? { key: m[1]!, z: Number(m[2]), x: Number(m[3]), y: Number(m[4]) } : null
}
