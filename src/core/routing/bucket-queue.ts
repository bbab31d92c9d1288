/**
 * Bucket queue
 * ============
 * Dial's priority queue for Dijkstra's algorithm on a network whose every arc costs at least two
 * buckets' width: places whose costs fall in one bucket cannot improve one another, so they may be
 * settled in any order, and a push and a pop cost a few array reads instead of a heap's climb through
 * its levels. A ring of buckets covers the costs still in the queue (at most the dearest arc beyond
 * the place being settled); each bucket is a stack of places, contiguous so a bucket is emptied by
 * reading its memory in order, and without keys (a place improved later leaves its old entry behind,
 * which the search skips as settled; the search reads a place's cost from its own array).
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

/** A bucket queue of places by cost; `reset` it to a network's shape before each search. */
export class BucketQueue {
  /** Each bucket's places, a stack (made on the bucket's first push, grown by doubling). */
  #stacks: Array<Int32Array | undefined> = []
  #tops = new Int32Array(0)
  #width = 1
  #mask = 0
  /** The bucket being emptied, counted from cost 0, and its slot in the ring (`#at & #mask`). */
  #at = 0
  #slot = 0
  /** Entries in the queue, places already settled included (the search skips them). */
  size = 0
  /** The places `nextBatch` took (its first entries; valid until the next call). */
  batch: Int32Array = new Int32Array(0)

  /**
   * Empties the queue for a search whose first entry costs `startKey` (a search's source, 0): the
   * cursor starts at its bucket and then only climbs, since every entry pushed while a place is
   * settled lies above that place's bucket.
   */
  reset(shape: BucketShape, startKey = 0): void {
    if (this.#tops.length !== shape.buckets) {
      this.#tops = new Int32Array(shape.buckets)
      this.#stacks = Array.from<Int32Array | undefined>({ length: shape.buckets })
    } else if (this.size > 0) {
      // A search stopped early left entries (a bucket taken is emptied as it is taken).
      this.#tops.fill(0)
    }
    this.#width = shape.width
    this.#mask = shape.buckets - 1
    this.#at = Math.floor(startKey / shape.width)
    this.#slot = this.#at & this.#mask
    this.size = 0
  }

  /**
   * Adds `place` at `key`. No key is kept: a place pushed again at a lower cost leaves its old entry
   * behind, and the search skips a place it has settled.
   */
  push(key: number, place: number): void {
    const slot = Math.floor(key / this.#width) & this.#mask
    let stack = this.#stacks[slot]
    const top = this.#tops[slot]!
    if (stack === undefined || top === stack.length) stack = this.#grow(slot, stack)
    stack[top] = place
    this.#tops[slot] = top + 1
    this.size++
  }

  /**
   * Takes every entry of the lowest bucket not empty into `batch` and returns how many (0 when the
   * queue is empty); the search settles them in any order, since they cannot improve one another, and
   * its pushes meanwhile land in later buckets. The cursor moves up to that bucket only here, when the
   * queue is read, never as a place is settled: the place being settled may still push into the
   * buckets between.
   */
  nextBatch(): number {
    if (this.size === 0) return 0
    const tops = this.#tops
    let slot = this.#slot
    if (tops[slot] === 0) {
      const mask = this.#mask
      let at = this.#at
      do {
        at++
        slot = (slot + 1) & mask
      } while (tops[slot] === 0)
      this.#at = at
      this.#slot = slot
    }
    const count = tops[slot]!
    tops[slot] = 0
    this.size -= count
    this.batch = this.#stacks[slot]!
    return count
  }

  /**
   * No entry left in the queue costs less than this: the start of the bucket before the last one taken,
   * so that the rounding of a cost's division by the width never puts an entry under it.
   */
  get floorKey(): number {
    return this.size === 0 ? Infinity : Math.max(0, this.#at - 1) * this.#width
  }

  #grow(slot: number, stack: Int32Array | undefined): Int32Array {
    const grown = new Int32Array(stack ? stack.length * 2 : 16)
    if (stack) grown.set(stack)
    this.#stacks[slot] = grown
    return grown
  }
}
