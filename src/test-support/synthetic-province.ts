/**
 * Synthetic province
 * ==================
 * A seeded road network shaped like a province's, for scale tests in the browser: a jittered grid of
 * streets in which, as in real data, most roads are local and a few are main roads (every 24th row and
 * column a trunk road, every 8th a primary, every 4th a secondary), each row and column cut into ways
 * of 2–6 blocks; and an overlay with a town near one corner, a temple near the other, and a planned
 * expressway between them (opening June 2028). Same seed, same network.
 */
import type { RawNetwork, RawPoint, RawWay } from '../core/index.ts'
import { seededRandom } from './seeded-random.ts'
import { gridWays } from './grid-ways.ts'

/** The grid's spacing, in degrees (about 220 m). */
const STEP_DEG = 0.002
const ORIGIN = { lat: 21, lon: 106 }

function highwayOf(line: number): string {
  if (line % 24 === 0) return 'trunk'
  if (line % 8 === 0) return 'primary'
  if (line % 4 === 0) return 'secondary'
  return line % 2 === 0 ? 'tertiary' : 'residential'
}

export interface SyntheticProvince {
  readonly network: Pick<RawNetwork, 'points' | 'ways'>
  /** The overlay, as the import reads it (JSON). */
  readonly overlay: string
  /** The overlay's two places and its project. */
  readonly ids: { readonly town: string; readonly temple: string; readonly project: string }
  /** Where the two places are. */
  readonly places: { readonly town: { lat: number; lon: number }; readonly temple: { lat: number; lon: number } }
}

/** A province of `side` × `side` junctions. */
export function syntheticProvince({ side, seed = 7 }: { side: number; seed?: number }): SyntheticProvince {
  const random = seededRandom(seed)
  const points = new Map<string, RawPoint>()
  const id = (row: number, col: number) => String(row * side + col + 1)
  for (let row = 0; row < side; row++)
    for (let col = 0; col < side; col++)
      points.set(id(row, col), {
        lat: ORIGIN.lat + row * STEP_DEG + (random() - 0.5) * STEP_DEG * 0.4,
        lon: ORIGIN.lon + col * STEP_DEG + (random() - 0.5) * STEP_DEG * 0.4,
      })
  const ways: RawWay[] = []
  gridWays(side, random, (junctions, line) => {
    const tags: Record<string, string> = { highway: highwayOf(line) }
    if (tags.highway === 'residential' && random() < 0.1) tags.oneway = 'yes'
    ways.push({ id: String(ways.length + 1), points: junctions.map((j) => String(j + 1)), tags })
  })
  const at = (f: number) => ({
    lat: Number((ORIGIN.lat + side * STEP_DEG * f).toFixed(5)),
    lon: Number((ORIGIN.lon + side * STEP_DEG * f).toFixed(5)),
  })
  const from = at(0.06),
    to = at(0.94)
  // The road is a fifth longer than the straight line (the dataset's checks want no shorter).
  const straightKm = 111.2 * Math.hypot(to.lat - from.lat, (to.lon - from.lon) * Math.cos((ORIGIN.lat * Math.PI) / 180))
  const overlay = {
    sources: [{ id: 'synthetic', kind: 'estimate', title: { vi: 'Dữ liệu tổng hợp', en: 'Synthetic test data' } }],
    gateways: ['west-gate'],
    places: [
      { id: 'west-gate', name: { vi: 'Cổng Tây', en: 'West gate' }, kind: 'town', ...at(0.05) },
      { id: 'far-temple', name: { vi: 'Đền Xa', en: 'Far temple' }, kind: 'heritage-site', ...at(0.95) },
    ],
    projects: [
      {
        id: 'new-expressway',
        name: { vi: 'Cao tốc mới', en: 'New expressway' },
        status: 'planned',
        expected: { date: '2028-06', confidence: 'low', sources: ['synthetic'] },
        sources: ['synthetic'],
      },
    ],
    links: [
      {
        id: 'expressway-link',
        from,
        to,
        mode: 'road',
        km: Math.round(straightKm * 1.2 * 10) / 10,
        speedKmh: 90,
        road: { class: 'expressway' },
        project: 'new-expressway',
        sources: ['synthetic'],
      },
    ],
  }
  return {
    network: { points, ways },
    overlay: JSON.stringify(overlay, null, 1),
    ids: { town: 'west-gate', temple: 'far-temple', project: 'new-expressway' },
    places: { town: at(0.05), temple: at(0.95) },
  }
}
