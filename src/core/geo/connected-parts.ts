/**
 * Connected parts
 * ===============
 * The connected parts of a network taken as undirected (union–find over typed arrays, union by size
 * and path halving), and the largest one: what the dataset check calls the main network and what an
 * import keeps.
 */

/** Parts of nodes `0 … count − 1`. */
export interface IndexedParts {
  /** The part a node belongs to (its representative). */
  readonly partOf: (node: number) => number
  /** The largest part's representative (the earliest node's part on a tie), or -1 with no nodes. */
  readonly largest: number
}

/** `join` is called once and names every edge by calling `link(a, b)`. */
export function connectedPartsOf(count: number, join: (link: (a: number, b: number) => void) => void): IndexedParts {
  const parent = new Int32Array(count)
  const size = new Int32Array(count).fill(1)
  for (let i = 0; i < count; i++) parent[i] = i
  const partOf = (x: number): number => {
    while (parent[x] !== x) {
      const up = parent[parent[x]!]!
      parent[x] = up
      x = up
    }
    return x
  }
  join((a, b) => {
    let ra = partOf(a),
      rb = partOf(b)
    if (ra === rb) return
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra]
    parent[rb] = ra
    size[ra]! += size[rb]!
  })
  // The largest part; on a tie, the part of the earliest node.
  let largest = -1
  for (let i = 0; i < count; i++) {
    const r = partOf(i)
    if (largest === -1 || size[r]! > size[largest]!) largest = r
  }
  return { partOf, largest }
}

export interface ConnectedParts {
  /** The part a node belongs to (its representative). */
  readonly partOf: (node: string) => string
  /** The largest part's representative (the earliest node's part on a tie), or null with no nodes. */
  readonly largest: string | null
}

/** `nodes` in a stable order; an edge whose ends are not both nodes is ignored. */
export function connectedParts(nodes: Iterable<string>, edges: Iterable<readonly [string, string]>): ConnectedParts {
  const ids: string[] = []
  const index = new Map<string, number>()
  for (const id of nodes)
    if (!index.has(id)) {
      index.set(id, ids.length)
      ids.push(id)
    }
  const parts = connectedPartsOf(ids.length, (link) => {
    for (const [a, b] of edges) {
      const ia = index.get(a),
        ib = index.get(b)
      if (ia !== undefined && ib !== undefined) link(ia, ib)
    }
  })
  return {
    partOf: (node) => ids[parts.partOf(index.get(node)!)]!,
    largest: parts.largest === -1 ? null : ids[parts.largest]!,
  }
}
