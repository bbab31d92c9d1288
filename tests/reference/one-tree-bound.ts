/**
 * Held–Karp 1-tree lower bound
 * ============================
 * A lower bound on the shortest path from `start` through every other node to `end`, on a symmetric
 * matrix: the path plus a free edge end → start is a tour, so a lower bound on the tour with that edge
 * at cost 0 bounds the path. The bound is the best 1-tree found by subgradient optimisation of node
 * penalties (Held and Karp, 1970–71), usually within a few per cent of the optimum.
 */

/** Minimum 1-tree cost under penalties `pi`, with each node's degree written to `degree`. */
function oneTree(cost: (a: number, b: number) => number, n: number, pi: Float64Array, degree: Int32Array): number {
  // Prim's algorithm on nodes 1 … n-1, then node 0 joined by its two cheapest edges.
  degree.fill(0)
  const inTree = new Uint8Array(n),
    best = new Float64Array(n).fill(Infinity),
    parent = new Int32Array(n).fill(-1)
  let total = 0
  best[1] = 0
  for (let k = 1; k < n; k++) {
    let u = -1
    for (let v = 1; v < n; v++) if (!inTree[v] && (u < 0 || best[v]! < best[u]!)) u = v
    inTree[u] = 1
    total += best[u]!
    if (parent[u]! >= 0) {
      degree[u]!++
      degree[parent[u]!]!++
    }
    for (let v = 1; v < n; v++) {
      if (inTree[v]) continue
      const c = cost(u, v) + pi[u]! + pi[v]!
      if (c < best[v]!) {
        best[v] = c
        parent[v] = u
      }
    }
  }
  let first = -1,
    second = -1
  for (let v = 1; v < n; v++) {
    const c = cost(0, v) + pi[v]!
    if (first < 0 || c < cost(0, first) + pi[first]!) {
      second = first
      first = v
    } else if (second < 0 || c < cost(0, second) + pi[second]!) second = v
  }
  total += cost(0, first) + pi[first]! + cost(0, second) + pi[second]! + 2 * pi[0]!
  degree[0] = 2
  degree[first]!++
  degree[second]!++
  let sum = 0
  for (let v = 0; v < n; v++) sum += pi[v]!
  return total - 2 * sum
}

/**
 * Lower bound on a path start → every node → end over `matrix` (symmetric, finite). `upper`, the length
 * of any such path, sets Polyak's step size (the bound stays valid whatever it is).
 */
export function pathLowerBound(
  matrix: ReadonlyArray<ReadonlyArray<number>>,
  start: number,
  end: number,
  upper?: number,
  rounds = 1000,
): number {
  const n = matrix.length
  if (n <= 2) return n === 2 ? matrix[start]![end]! : 0
  const cost = (a: number, b: number) =>
    (a === start && b === end) || (a === end && b === start) ? 0 : Math.min(matrix[a]![b]!, matrix[b]![a]!)
  const pi = new Float64Array(n),
    degree = new Int32Array(n)
  let bound = -Infinity,
    lambda = 2,
    stale = 0
  for (let round = 0; round < rounds && lambda > 1e-4; round++) {
    const value = oneTree(cost, n, pi, degree)
    if (value > bound + 1e-9) {
      bound = value
      stale = 0
    } else if (++stale >= 30) {
      lambda /= 2
      stale = 0
    }
    let norm = 0
    for (let v = 0; v < n; v++) norm += (degree[v]! - 2) ** 2
    if (norm === 0) break // the 1-tree is a path with the free edge: optimal
    const target = upper ?? value * 1.05
    const step = (lambda * Math.max(target - value, 1e-6)) / norm
    for (let v = 0; v < n; v++) pi[v]! += step * (degree[v]! - 2)
  }
  return bound
}
