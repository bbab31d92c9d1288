/**
 * Region grid
 * ===========
 * OpenStreetMap XML of a road grid over the embedded dataset's region (lat 20.8–21.46, lon
 * 105.8–107.12, roads `step` degrees apart, 0.02 unless given: primary and tertiary rows, secondary
 * and residential columns), so that every place of the dataset lies within 2 km of an imported road.
 * At 0.004° it has about 55,000 junctions, a province's worth. For laying the dataset's
 * overlay on imported roads in tests.
 */
export function regionGridOsm(step = 0.02): string {
  const rows = Math.round(0.66 / step) + 1,
    cols = Math.round(1.32 / step) + 1
  const id = (r: number, c: number) => r * cols + c + 1
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6">']
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      out.push(`<node id="${id(r, c)}" lat="${(20.8 + r * step).toFixed(5)}" lon="${(105.8 + c * step).toFixed(5)}"/>`)
  const way = (wid: number, refs: number[], highway: string) =>
    `<way id="${wid}">${refs.map((ref) => `<nd ref="${ref}"/>`).join('')}<tag k="highway" v="${highway}"/></way>`
  for (let r = 0; r < rows; r++)
    out.push(
      way(
        r + 1,
        [...Array(cols).keys()].map((c) => id(r, c)),
        r % 5 === 0 ? 'primary' : 'tertiary',
      ),
    )
  for (let c = 0; c < cols; c++)
    out.push(
      way(
        rows + c + 1,
        [...Array(rows).keys()].map((r) => id(r, c)),
        c % 5 === 0 ? 'secondary' : 'residential',
      ),
    )
  out.push('</osm>')
  return out.join('\n')
}
