/**
 * Random networks
 * ===============
 * fast-check arbitraries for small dated networks, and plain reference algorithms (brute force,
 * Floyd–Warshall, breadth-first search) that the engine is checked against.
 */
import fc from 'fast-check'
import { openLinkAt, parseDataset, type Dataset, type OpenLink, type ScenarioNetwork } from '../core/index.ts'

export interface RandomLink {
  from: number
  to: number
  minutes: number
  km: number
  oneway: boolean
  project: number | null
  wait: number
  mode: 'road' | 'waterway' | 'rail'
}
export interface RandomNetwork {
  nodes: number
  links: RandomLink[]
  projectYears: Array<number | null>
}

/** A network of `minNodes..maxNodes` places and up to `maxLinks` links, some in dated projects. */
export function randomNetwork(
  minNodes: number,
  maxNodes: number,
  maxLinks: number,
  options: { oneway?: boolean; projects?: boolean } = {},
): fc.Arbitrary<RandomNetwork> {
  return fc
    .integer({ min: minNodes, max: maxNodes })
    .chain((nodes) =>
      fc.record({
        nodes: fc.constant(nodes),
        projectYears: fc.array(fc.option(fc.integer({ min: 2024, max: 2032 }), { nil: null }), {
          minLength: options.projects === false ? 0 : 1,
          maxLength: options.projects === false ? 0 : 3,
        }),
        links: fc.array(
          fc.record({
            from: fc.nat(nodes - 1),
            to: fc.nat(nodes - 1),
            minutes: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0.5, max: 90, noNaN: true })),
            // A speed within what every mode can do, so km and minutes vary independently but stay plausible.
            kmh: fc.integer({ min: 5, max: 90 }),
            oneway: options.oneway === false ? fc.constant(false) : fc.boolean(),
            project: fc.option(fc.nat(2), { nil: null, freq: 3 }),
            wait: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 20 })),
            mode: fc.constantFrom('road' as const, 'road' as const, 'waterway' as const, 'rail' as const),
          }),
          { maxLength: maxLinks },
        ),
      }),
    )
    .map((n) => ({
      ...n,
      links: n.links
        .filter((l) => l.from !== l.to)
        .map(({ kmh, ...l }) => ({
          ...l,
          km: Math.max(0.05, Math.round(((l.minutes * kmh) / 60) * 100) / 100),
          project: l.project !== null && l.project < n.projectYears.length ? l.project : null,
        })),
    }))
}

/**
 * A grid of 2–7 × 2–7 places whose two-way links take 1 or 2 minutes (1 twice as often), some in a
 * project that opens in 2030: many routes cost the same, which tests the tie rule.
 */
export function tiedGrid(): fc.Arbitrary<RandomNetwork> {
  return fc
    .record({ w: fc.integer({ min: 2, max: 7 }), h: fc.integer({ min: 2, max: 7 }) })
    .chain(({ w, h }) =>
      fc.record({
        w: fc.constant(w),
        h: fc.constant(h),
        minutes: fc.array(fc.constantFrom(1, 1, 2), { minLength: 2 * w * h, maxLength: 2 * w * h }),
        project: fc.array(fc.boolean(), { minLength: 2 * w * h, maxLength: 2 * w * h }),
      }),
    )
    .map((g) => {
      const links: RandomLink[] = []
      for (let y = 0; y < g.h; y++)
        for (let x = 0; x < g.w; x++) {
          const at = y * g.w + x
          for (const [to, k] of [
            [x + 1 < g.w ? at + 1 : -1, 2 * at],
            [y + 1 < g.h ? at + g.w : -1, 2 * at + 1],
          ] as const) {
            if (to < 0) continue
            const minutes = g.minutes[k]!
            links.push({
              from: at,
              to,
              minutes,
              km: minutes,
              oneway: false,
              wait: 0,
              mode: 'road',
              project: g.project[k] ? 0 : null,
            })
          }
        }
      return { nodes: g.w * g.h, links, projectYears: [2030] }
    })
}

/** The dataset document of a random network; `order` permutes places and links (for shuffle tests). */
export function documentOf(net: RandomNetwork, order?: { places: number[]; links: number[] }) {
  const placeOrder = order?.places ?? [...Array(net.nodes).keys()]
  const linkOrder = order?.links ?? [...net.links.keys()]
  return {
    version: 1,
    // Places a few metres apart in an order unlike their ids', so the network numbers them along its
    // curve, not by id (`place-order.ts`).
    places: placeOrder.map((i) => ({
      id: `p${i}`,
      name: `P${i}`,
      lat: 21 + ((i * 7919) % 101) * 1e-6,
      lon: 106 + ((i * 104729) % 103) * 1e-6,
    })),
    links: linkOrder.map((i) => {
      const l = net.links[i]!
      return {
        id: `l${String(i).padStart(3, '0')}`,
        from: `p${l.from}`,
        to: `p${l.to}`,
        mode: l.mode,
        km: l.km,
        minutes: l.minutes,
        ...(l.oneway && { oneway: true }),
        ...(l.wait > 0 && { waitMinutes: l.wait }),
        ...(l.project !== null && { project: `j${l.project}` }),
      }
    }),
    projects: net.projectYears.map((year, j) => ({
      id: `j${j}`,
      name: `J${j}`,
      ...(year !== null && { expected: { date: `${year}-01`, confidence: 'high' } }),
    })),
  }
}

export function datasetOf(net: RandomNetwork, order?: { places: number[]; links: number[] }): Dataset {
  const result = parseDataset(documentOf(net, order))
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
  return result.dataset
}

/** Arcs of a compiled network as plain triples, for the reference algorithms. */
export function arcsOf(network: ScenarioNetwork): Array<{ from: number; to: number; cost: number; link: OpenLink }> {
  const arcs = []
  for (let u = 0; u + 1 < network.arcStart.length; u++) {
    for (let a = network.arcStart[u]!; a < network.arcStart[u + 1]!; a++) {
      // A link closed in this scenario is no arc of it.
      if (network.arcCost[a] === Infinity) continue
      arcs.push({
        from: u,
        to: network.arcTarget[a]!,
        cost: network.arcCost[a]!,
        link: openLinkAt(network, network.arcLink[a]!),
      })
    }
  }
  return arcs
}

/** Cheapest cost over every simple path (exponential: small graphs only). */
export function bruteForceCost(network: ScenarioNetwork, s: number, t: number): number {
  const out = new Map<number, Array<{ to: number; cost: number }>>()
  for (const a of arcsOf(network)) out.set(a.from, [...(out.get(a.from) ?? []), a])
  let best = Infinity
  const seen = new Set<number>([s])
  const walk = (u: number, cost: number) => {
    if (cost >= best) return
    if (u === t) {
      best = cost
      return
    }
    for (const a of out.get(u) ?? []) {
      if (seen.has(a.to)) continue
      seen.add(a.to)
      walk(a.to, cost + a.cost)
      seen.delete(a.to)
    }
  }
  walk(s, 0)
  return best
}

/** All-pairs cheapest costs. */
export function floydWarshall(network: ScenarioNetwork): number[][] {
  const n = network.placeIds.length
  const d = Array.from({ length: n }, (_row, i) => Array.from({ length: n }, (_cell, j) => (i === j ? 0 : Infinity)))
  for (const a of arcsOf(network)) d[a.from]![a.to] = Math.min(d[a.from]![a.to]!, a.cost)
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const via = d[i]![k]! + d[k]![j]!
        if (via < d[i]![j]!) d[i]![j] = via
      }
  return d
}

/** Places reachable from `s` by breadth-first search. */
export function reachableByBfs(network: ScenarioNetwork, s: number): Set<number> {
  const out = new Map<number, number[]>()
  for (const arc of arcsOf(network)) {
    const list = out.get(arc.from) ?? []
    list.push(arc.to)
    out.set(arc.from, list)
  }
  const seen = new Set([s])
  const queue = [s]
  while (queue.length) {
    const u = queue.shift()!
    for (const v of out.get(u) ?? []) {
      if (seen.has(v)) continue
      seen.add(v)
      queue.push(v)
    }
  }
  return seen
}
