/**
 * Bucket queue
 * ============
 * Dial's priority queue for Dijkstra's algorithm on a network whose every arc costs at least two
 * buckets' width: places whose costs fall in one bucket cannot improve one another, so they may be
 * settled in any order, and a push and a pop cost a few array reads instead of a heap's climb through
 * its levels. A ring of buckets covers the costs still in the queue (at most the dearest arc beyond
 * the place being settled); entries are kept per bucket as a stack, lazily like the heap's (a place
 * improved later leaves its old entry behind, which the search skips).
 */

/**
 * Buckets of the ring; `bucketsFor` declines a network that would need more. A 20 m link at 50 km/h
 * beside a 10-hour crossing needs 2^17 (only the buckets a search used are cleared for the next).
 */
export const MAX_BUCKETS = 1 << 18

/**
 * Fewest buckets to a typical arc (the median of a sample). A search steps through every bucket up to
 * its farthest place, empty or not: with one link of a few centimetres among links of minutes it
 * would step through millions of empty buckets (measured at 300k places with one arc of 0.00002
 * minutes: 175 ms a search against the heap's 80 ms), so such a network keeps the heap.
 */
const MAX_BUCKETS_PER_TYPICAL_ARC = 64

/** Arcs sampled for the typical cost. */
const SAMPLE = 1024

/** The queue's shape for a network: the width of a bucket and the number in the ring (a power of 2). */
export interface BucketShape {
  readonly width: number
  readonly buckets: number
}

/**
 * The shape for arcs costing `arcCost` (Infinity for a closed arc), or null when buckets do not
 * apply: some open arc costs nothing, no arc is open, or the ring would exceed `MAX_BUCKETS`.
 * Whether they pay is `bucketsPay`'s question.
 */
export function bucketsFor(arcCost: Float64Array): BucketShape | null {
  let cheapest = Infinity,
    dearest = 0
  for (let a = 0; a < arcCost.length; a++) {
    const c = arcCost[a]!
    if (c === Infinity) continue
    if (c < cheapest) cheapest = c
    if (c > dearest) dearest = c
  }
  if (!(cheapest > 0) || cheapest === Infinity) return null
  // Half the cheapest arc: an arc then always lands at least one whole bucket further, whatever
  // the rounding of the sum. The ring holds every bucket from the one being emptied to the dearest
  // arc beyond it.
  const width = cheapest / 2
  const needed = Math.floor(dearest / width) + 3
  if (needed > MAX_BUCKETS) return null
  let buckets = 1
  while (buckets < needed) buckets *= 2
  return { width, buckets }
}

/** False when the cheapest arc is far cheaper than a typical one (`MAX_BUCKETS_PER_TYPICAL_ARC`). */
export function bucketsPay(arcCost: Float64Array, shape: BucketShape): boolean {
  return typicalCost(arcCost) / shape.width <= MAX_BUCKETS_PER_TYPICAL_ARC
}

/** The median of open arcs sampled evenly through the list. */
function typicalCost(arcCost: Float64Array): number {
  const step = Math.max(1, Math.floor(arcCost.length / SAMPLE))
  const sample: number[] = []
  for (let a = 0; a < arcCost.length; a += step) if (arcCost[a] !== Infinity) sample.push(arcCost[a]!)
  sample.sort((x, y) => x - y)
  return sample[sample.length >> 1] ?? 0
}

/** A bucket queue of (cost, place) entries; `reset` it to a network's shape before each search. */
export class BucketQueue {
  #heads = new Int32Array(0)
  #nodes = new Int32Array(1024)
  #keys = new Float64Array(1024)
  #below = new Int32Array(1024)
  /** Entries written in this search (entries are not reused within one). */
  #used = 0
  #width = 1
  #mask = 0
  /** The bucket being emptied, counted from cost 0, and its slot in the ring (`#at & #mask`). */
  #at = 0
  #slot = 0
  /** The first and the highest bucket this search pushed into (what `reset` clears). */
  #first = 0
  #last = 0
  size = 0

  reset(shape: BucketShape): void {
    if (this.#heads.length !== shape.buckets) this.#heads = new Int32Array(shape.buckets).fill(-1)
    else if (this.#used > 0) this.#clear()
    this.#width = shape.width
    this.#mask = shape.buckets - 1
    this.#used = 0
    this.#at = this.#slot = 0
    this.size = 0
  }

  push(key: number, node: number): void {
    if (this.#used === this.#nodes.length) this.#grow()
    const bucket = Math.floor(key / this.#width)
    // The cursor starts at the search's first entry and then only climbs: an entry pushed while
    // a place is settled lies above that place's bucket, even when the queue was left empty.
    if (this.#used === 0) {
      this.#slot = (this.#at = this.#first = this.#last = bucket) & this.#mask
    } else if (bucket > this.#last) this.#last = bucket
    const e = this.#used++
    const slot = bucket & this.#mask
    this.#nodes[e] = node
    this.#keys[e] = key
    this.#below[e] = this.#heads[slot]!
    this.#heads[slot] = e
    this.size++
  }

  /** Removes the entry `topKey`/`topNode` read (not the least cost: any of the lowest bucket's). */
  pop(): void {
    this.#heads[this.#slot] = this.#below[this.#heads[this.#slot]!]!
    this.size--
  }

  /**
   * The entry on top: the last one pushed into the lowest bucket not empty. The cursor moves up to
   * that bucket only here, when the queue is read, never as an entry is taken: the place being
   * settled may still push into the buckets between.
   */
  #top(): number {
    const heads = this.#heads
    let slot = this.#slot
    if (heads[slot]! < 0) {
      const mask = this.#mask
      let at = this.#at
      do {
        at++
        slot = (slot + 1) & mask
      } while (heads[slot]! < 0)
      this.#at = at
      this.#slot = slot
    }
    return heads[slot]!
  }

  get topKey(): number {
    return this.#keys[this.#top()]!
  }

  get topNode(): number {
    return this.#nodes[this.#top()]!
  }

  /**
   * No entry in the queue costs less than this: the start of the bucket before the one on top, so
   * that the rounding of a cost's division by the width never puts an entry under it.
   */
  get floorKey(): number {
    this.#top()
    return Math.max(0, this.#at - 1) * this.#width
  }

  /** Empties the buckets the last search used: all of the ring if it went round, else their run. */
  #clear(): void {
    const heads = this.#heads
    if (this.#last - this.#first + 1 >= heads.length) {
      heads.fill(-1)
      return
    }
    const from = this.#first & this.#mask,
      to = (this.#last & this.#mask) + 1
    if (from < to) heads.fill(-1, from, to)
    else {
      heads.fill(-1, from)
      heads.fill(-1, 0, to)
    }
  }

  #grow(): void {
    const size = this.#nodes.length * 2
    const nodes = new Int32Array(size),
      keys = new Float64Array(size),
      below = new Int32Array(size)
    nodes.set(this.#nodes)
    keys.set(this.#keys)
    below.set(this.#below)
    this.#nodes = nodes
    this.#keys = keys
    this.#below = below
  }
}
