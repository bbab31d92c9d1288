/**
 * Synthetic networks
 * ==================
 * Seeded, road-like networks for benchmarks: places on a jittered grid, links to grid neighbours and
 * some diagonals, speeds by a random road class, 5% of links in dated projects. Same seed, same network.
 */

import { seededRandom } from '../src/test-support/seeded-random.ts'

export { seededRandom }

export interface SyntheticOptions {
  places: number
  seed: number
  sites?: number
}

/** A dataset document with about `places` places and 2 links per place. */
export function syntheticDocument({ places, seed, sites = 200 }: SyntheticOptions) {
  const random = seededRandom(seed)
  const side = Math.ceil(Math.sqrt(places))
  const stepDeg = 0.01
  const pts: Array<{ id: string; lat: number; lon: number }> = []
  for (let i = 0; i < places; i++) {
    const row = Math.floor(i / side),
      col = i % side
    pts.push({
      id: `n${i}`,
      lat: 10 + row * stepDeg + (random() - 0.5) * stepDeg * 0.6,
      lon: 100 + col * stepDeg + (random() - 0.5) * stepDeg * 0.6,
    })
  }
  const km = (a: number, b: number) => {
    const p = pts[a]!,
      q = pts[b]!
    const dy = (p.lat - q.lat) * 111.2,
      dx = (p.lon - q.lon) * 111.2 * Math.cos((p.lat * Math.PI) / 180)
    return Math.hypot(dx, dy)
  }
  const projectCount = 20
  const links: Array<Record<string, unknown>> = []
  const addLink = (a: number, b: number) => {
    const speeds = [25, 40, 40, 50, 80]
    const l: Record<string, unknown> = {
      id: `l${links.length}`,
      from: pts[a]!.id,
      to: pts[b]!.id,
      mode: 'road',
      km: Math.round(km(a, b) * (1.05 + random() * 0.3) * 100) / 100,
      speedKmh: speeds[Math.floor(random() * speeds.length)],
    }
    if (random() < 0.05) l.project = `proj${Math.floor(random() * projectCount)}`
    if (random() < 0.1) l.oneway = true
    links.push(l)
  }
  for (let i = 0; i < places; i++) {
    const col = i % side
    if (col + 1 < side && i + 1 < places && random() < 0.92) addLink(i, i + 1)
    if (i + side < places && random() < 0.92) addLink(i, i + side)
    if (col + 1 < side && i + side + 1 < places && random() < 0.16) addLink(i, i + side + 1)
  }
  const projects = Array.from({ length: projectCount }, (_, j) => ({
    id: `proj${j}`,
    name: `Project ${j}`,
    status: 'planned',
    expected: { date: `${2024 + (j % 10)}-0${1 + (j % 9)}`, confidence: 'low' },
  }))
  const siteEvery = Math.max(1, Math.floor(places / sites))
  return {
    version: 1,
    places: pts.map((p, i) => ({ ...p, name: p.id, kind: i % siteEvery === 0 ? 'heritage-site' : 'junction' })),
    links,
    projects,
  }
}
