/**
 * Synthetic OpenStreetMap extracts
 * ================================
 * Seeded OSM XML for the import's scale runs: a jittered grid of nodes; ways along rows and columns,
 * each a few blocks long (so the points between junctions are contracted), with highway classes from
 * trunk to residential, some one-way, some footways (left out), a ferry line and a few ways that
 * reference a node missing from the file (named in the report). Same seed, same file.
 */
import { seededRandom } from './synthetic-network.ts'
import { gridWays } from '../src/test-support/grid-ways.ts'

const CLASSES = ['trunk', 'primary', 'secondary', 'tertiary', 'unclassified', 'residential'] as const

/** An OSM XML document of about `nodes` nodes. */
export function syntheticOsm({ nodes, seed }: { nodes: number; seed: number }): string {
  const random = seededRandom(seed)
  const side = Math.ceil(Math.sqrt(nodes))
  const step = 0.002
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="bench">']
  const id = (row: number, col: number) => row * side + col + 1
  for (let row = 0; row < side; row++)
    for (let col = 0; col < side; col++) {
      const lat = 21 + row * step + (random() - 0.5) * step * 0.5
      const lon = 106 + col * step + (random() - 0.5) * step * 0.5
      out.push(`<node id="${id(row, col)}" lat="${lat.toFixed(6)}" lon="${lon.toFixed(6)}"/>`)
    }
  let way = 1
  const emit = (refs: number[], tags: Record<string, string>) => {
    out.push(`<way id="${way++}">`)
    for (const r of refs) out.push(`<nd ref="${r}"/>`)
    for (const [k, v] of Object.entries(tags)) out.push(`<tag k="${k}" v="${v}"/>`)
    out.push('</way>')
  }
  const tagsOf = (): Record<string, string> => {
    const r = random()
    if (r < 0.05) return { highway: 'footway' }
    const tags: Record<string, string> = { highway: CLASSES[Math.floor(random() * CLASSES.length)]! }
    if (random() < 0.1) tags.oneway = 'yes'
    return tags
  }
  // Ways of 2–6 blocks along each row and each column.
  gridWays(side, random, (junctions) =>
    emit(
      junctions.map((j) => j + 1),
      tagsOf(),
    ),
  )
  // A ferry across the grid, and a few ways with a node the file lacks.
  emit([id(0, 0), id(side - 1, side - 1)], { route: 'ferry', name: 'Bench ferry' })
  for (let k = 0; k < 5; k++) emit([id(k, 0), side * side + 100 + k], { highway: 'residential' })
  out.push('</osm>')
  return out.join('\n')
}
