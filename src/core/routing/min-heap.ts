/**
 * Min-heap
 * ========
 * The binary heap every search below 5,000 places uses (and the A* route search, network diffs and
 * "no route" explanations at any size): keys and nodes in typed arrays, grown by doubling.
 */

/** A binary min-heap of (key, node) over typed arrays. */
export class MinHeap {
  private keys = new Float64Array(64)
  private nodes = new Int32Array(64)
  size = 0
  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2)
      k.set(this.keys)
      this.keys = k
      const n = new Int32Array(this.size * 2)
      n.set(this.nodes)
      this.nodes = n
    }
    let i = this.size++
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.keys[parent]! <= key) break
      this.keys[i] = this.keys[parent]!
      this.nodes[i] = this.nodes[parent]!
      i = parent
    }
    this.keys[i] = key
    this.nodes[i] = node
  }
  /** Removes the minimum; read `topKey`/`topNode` before calling. */
  pop(): void {
    const last = --this.size
    if (last === 0) return
    const key = this.keys[last]!,
      node = this.nodes[last]!
    let i = 0
    for (;;) {
      let child = 2 * i + 1
      if (child >= last) break
      if (child + 1 < last && this.keys[child + 1]! < this.keys[child]!) child++
      if (this.keys[child]! >= key) break
      this.keys[i] = this.keys[child]!
      this.nodes[i] = this.nodes[child]!
      i = child
    }
    this.keys[i] = key
    this.nodes[i] = node
  }
  /** The node `nextBatch` took. */
  readonly batch = new Int32Array(1)
  /** Takes the minimum into `batch`: 1, or 0 when the heap is empty. */
  nextBatch(): number {
    if (this.size === 0) return 0
    this.batch[0] = this.nodes[0]!
    this.pop()
    return 1
  }
  get topKey(): number {
    return this.keys[0]!
  }
  get topNode(): number {
    return this.nodes[0]!
  }
  /** No entry costs less than this (the top's cost; Infinity when empty). */
  get floorKey(): number {
    return this.size === 0 ? Infinity : this.keys[0]!
  }
}
