// The worker's vector tiles of an imported network: what the map of /import draws, decoded as MapLibre
// decodes them. Close up, every road class is there; from afar, lines are simplified and short streets
// dropped; project links are not in the tiles (the page draws them, open or not on its day).
import { describe, expect, it } from 'vitest'
import { PbfReader } from 'pbf'
import { VectorTile } from '@mapbox/vector-tile'
import { answerImport } from './imported-networks.ts'
import { answerImportedTile } from './imported-tiles.ts'
import { NETWORK_TILE_LAYER, parseImportedTileUrl, importedTileUrl } from './imported-tile-format.ts'
import { syntheticProvince } from '../../test-support/synthetic-province.ts'
import { writeOsmPbf } from '../../test-support/osm-pbf-writer.ts'

const p = syntheticProvince({ side: 60 })
const imported = answerImport({
  type: 'import',
  format: 'pbf',
  data: writeOsmPbf(p.network),
  name: 'province.osm.pbf',
  overlay: { text: p.overlay, name: 'overlay.json' },
})
if (!imported.ok || !imported.key || !imported.map) throw new Error('the province should import')
const key = imported.key
const bounds = imported.map.bounds

/** The tile x, y holding lon, lat at zoom z (Web Mercator). */
function tileAt(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z
  const x = Math.floor(((lon + 180) / 360) * n)
  const r = (lat * Math.PI) / 180
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)
  return [x, y]
}

/** Every tile covering the network at zoom z, decoded: features' ranks and vertex count. */
async function tilesAt(z: number) {
  const [x0, y1] = tileAt(bounds[0], bounds[1], z)
  const [x1, y0] = tileAt(bounds[2], bounds[3], z)
  const ranks = new Set<number>()
  /** Length of each rank's lines, in world units (the world is 1 wide), tile buffers included. */
  const length = [0, 0, 0, 0]
  let vertices = 0,
    lines = 0
  for (let x = x0; x <= x1; x++)
    for (let y = y0; y <= y1; y++) {
      const answer = await answerImportedTile({ type: 'imported-tile', key, z, x, y })
      if (!answer.ok) throw new Error('the network should be kept')
      if (answer.tile.length === 0) continue
      const layer = new VectorTile(new PbfReader(answer.tile)).layers[NETWORK_TILE_LAYER]
      if (!layer) continue
      for (let i = 0; i < layer.length; i++) {
        const f = layer.feature(i)
        ranks.add(Number(f.properties.rank))
        for (const line of f.loadGeometry()) {
          lines++
          vertices += line.length
          for (let k = 1; k < line.length; k++)
            length[Number(f.properties.rank)]! +=
              Math.hypot(line[k]!.x - line[k - 1]!.x, line[k]!.y - line[k - 1]!.y) / f.extent / 2 ** z
        }
      }
    }
  return { ranks, vertices, lines, length }
}

describe('tiles of an imported network', () => {
  it('holds every road class close up; from afar, fewer and simpler lines, main roads kept', async () => {
    const near = await tilesAt(14)
    expect([...near.ranks].sort()).toEqual([0, 1, 2, 3])
    const far = await tilesAt(8)
    expect(far.lines).toBeLessThan(near.lines / 3)
    expect(far.vertices).toBeLessThan(near.vertices / 4)
    // A trunk road is hundreds of links shorter than a pixel from afar; joined into one line, it stays
    // on the map (simplified: its zigzags between junctions straightened).
    expect(far.length[0]).toBeGreaterThan(near.length[0]! * 0.8)
  })

  it('sends project links with the answer, for the page to draw open or not on its day', () => {
    // The overlay's expressway, with its ends joined to the network (the tiles leave it out:
    // \`networkOverview\`'s test).
    expect(imported.map!.projectLinks).toHaveLength(1)
    const link = imported.map!.projectLinks[0]!
    expect(link).toMatchObject({ id: 'expressway-link', project: 'new-expressway', mode: 'road' })
    expect(link.coordinates.length).toBeGreaterThanOrEqual(2)
  })

  it('answers an empty tile off the network or outside the world, and says when the network is gone', async () => {
    expect(await answerImportedTile({ type: 'imported-tile', key, z: 14, x: 0, y: 0 })).toEqual({
      ok: true,
      tile: new Uint8Array(0),
    })
    expect(await answerImportedTile({ type: 'imported-tile', key, z: 3, x: 9, y: 1 })).toEqual({
      ok: true,
      tile: new Uint8Array(0),
    })
    expect(await answerImportedTile({ type: 'imported-tile', key: 'imported-999', z: 0, x: 0, y: 0 })).toEqual({
      ok: false,
      gone: true,
    })
  })

  it('names its tiles in URLs the map asks with, and reads them back', () => {
    const url = importedTileUrl(key).replace('{z}', '12').replace('{x}', '3263').replace('{y}', '1798')
    expect(parseImportedTileUrl(url)).toEqual({ key, z: 12, x: 3263, y: 1798 })
    expect(parseImportedTileUrl('https://example.org/12/1/2')).toBeNull()
    expect(parseImportedTileUrl(`imported://${key}/12/1/-2`)).toBeNull()
  })
})
