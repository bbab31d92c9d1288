/**
 * Imported tiles
 * ==============
 * The map of an imported network, cut into vector tiles here in the worker, so that the page never
 * holds the network: a province's 100k places would be a 40 MB GeoJSON to clone into the page and on
 * into the map's own worker. The links of no project (merged by map rank, `networkOverview`) are
 * indexed once per network by geojson-vt, which simplifies each line for the zoom it is seen at and
 * drops the ones shorter than a few pixels there; each tile the map asks for is encoded as a Mapbox
 * Vector Tile (vt-pbf), a few kilobytes. Project links and named places are few: the page draws them
 * from the import's answer, so that opening a project on the slider redraws only those.
 */
import type { GeoJSONVT } from '@maplibre/geojson-vt'
import type { fromGeojsonVt as FromGeojsonVt } from '@maplibre/vt-pbf'
import type { NetworkOverview } from '../../core/index.ts'
import { NETWORK_TILE_LAYER, NETWORK_TILE_MAX_ZOOM } from './imported-tile-format.ts'

const EXTENT = 4096

export type ImportedTileRequest = { type: 'imported-tile'; key: string; z: number; x: number; y: number }
/** The tile's bytes (empty where the network has nothing), or `gone`: the network is no longer kept. */
export type ImportedTileAnswer = { ok: true; tile: Uint8Array } | { ok: false; gone: true }

/** Each kept network's links, and their tile index once the map has asked for a tile. */
const networks = new Map<string, { network: NetworkOverview['network']; index: GeoJSONVT | null }>()
const EMPTY = new Uint8Array(0)

/** The tiler and the tile encoder, loaded with the first tile (only the import page draws tiles). */
let tiler: Promise<{
  GeoJSONVT: typeof GeoJSONVT
  fromGeojsonVt: typeof FromGeojsonVt
}> | null = null
const loadTiler = () =>
  (tiler ??= Promise.all([import('@maplibre/geojson-vt'), import('@maplibre/vt-pbf')]).then(([vt, pbf]) => ({
    GeoJSONVT: vt.GeoJSONVT,
    fromGeojsonVt: pbf.fromGeojsonVt,
  })))

/** Keeps a network's links for its tiles (the index is built at the first tile asked for). */
export function keepTiles(key: string, network: NetworkOverview['network']): void {
  networks.set(key, { network, index: null })
}

/** Drops the tiles of networks no longer kept. */
export function forgetTiles(keep: (key: string) => boolean): void {
  for (const key of networks.keys()) if (!keep(key)) networks.delete(key)
}

function indexOf(key: string, Tiler: typeof GeoJSONVT): GeoJSONVT | null {
  const kept = networks.get(key)
  if (!kept) return null
  // oxlint-disable-next-line typescript/no-explicit-any -- geojson-vt types its input with the GeoJSON namespace
  kept.index ??= new Tiler(kept.network as any, {
    maxZoom: NETWORK_TILE_MAX_ZOOM,
    extent: EXTENT,
    // Simplification, in tile units (4,096 per tile side): under a screen pixel at any zoom.
    tolerance: 8,
    buffer: 64,
  })
  return kept.index
}

export async function answerImportedTile(request: ImportedTileRequest): Promise<ImportedTileAnswer> {
  const { GeoJSONVT: Tiler, fromGeojsonVt } = await loadTiler()
  const index = indexOf(request.key, Tiler)
  if (!index) return { ok: false, gone: true }
  const { z, x, y } = request
  if (![z, x, y].every(Number.isInteger) || z < 0 || z > 24 || x < 0 || y < 0 || x >= 2 ** z || y >= 2 ** z)
    return { ok: true, tile: EMPTY }
  const tile = index.getTile(z, x, y)
  if (!tile || tile.features.length === 0) return { ok: true, tile: EMPTY }
  return { ok: true, tile: fromGeojsonVt({ [NETWORK_TILE_LAYER]: tile }, { version: 2, extent: EXTENT }) }
}
