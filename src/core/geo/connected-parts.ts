/**
 * Connected parts
 * ===============
 * The connected parts of a network taken as undirected (union–find with path compression), and the
 * largest one: what the dataset check calls the main network and what an import keeps.
 */

export interface ConnectedParts {
  /** The part a node belongs to (its representative). */
  readonly partOf: (node: string) => string
  /** The largest part's representative (the earliest node's part on a tie), or null with no nodes. */
  readonly largest: string | null
}

/** `nodes` in a stable order; an edge whose ends are not both nodes is ignored. */
export function connectedParts(nodes: Iterable<string>, edges: Iterable<readonly [string, string]>): ConnectedParts {
  const parent = new Map<string, string>()
  for (const n of nodes) parent.set(n, n)
  const partOf = (x: string): string => {
    let root = x
    while (parent.get(root) !== root) root = parent.get(root)!
    for (let node = x; node !== root;) {
      const next = parent.get(node)!
      parent.set(node, root)
      node = next
    }
    return root
  }
  for (const [a, b] of edges) if (parent.has(a) && parent.has(b)) parent.set(partOf(a), partOf(b))
  const size = new Map<string, number>()
  for (const n of parent.keys()) {
    const r = partOf(n)
    size.set(r, (size.get(r) ?? 0) + 1)
  }
  let largest: string | null = null
  for (const [root, n] of size) if (largest === null || n > size.get(largest)!) largest = root
  return { partOf, largest }
}
