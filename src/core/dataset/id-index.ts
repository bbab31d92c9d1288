/**
 * Id index
 * ========
 * Where each id of a list is, and a read-only map from an id to its record over the same positions.
 * Validation builds one index per list (to find repeated ids and check references), and the dataset's
 * lookups (`placeById`, …) are views over it, not a second map.
 *
 * The index is an open-addressing hash table over an `Int32Array` of positions, with its own string
 * hash: a JavaScript `Map` of 900,000 ids (a province's places and links) took about 0.5 s to fill
 * here, this table about 0.1 s (`bench/run.ts` times parsing a province).
 */

/**
 * FNV-1a over the UTF-16 code units of `s` (ids are short), from a start value chosen per index: a
 * file cannot be made of ids that all fall in the same slots (which would make filling the table
 * quadratic). Answers never depend on it, only where ids sit in the table.
 */
function hashOf(s: string, seed: number): number {
  let h = seed
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619)
  return h >>> 0
}

/**
 * The most slots one id may be looked for in. Random ids at half load need a handful (the longest
 * run among a million is a few dozen); ids made to collide would need ever more, and make the
 * index fall back to a `Map` instead, so no file can make it slow.
 */
const MAX_PROBES = 128

/** Each id's first position in a list of ids; a later repeat of an id points to the first. */
export class IdIndex<K extends string = string> implements ReadonlyMap<K, number> {
  // The table is kept in private fields: two indexes of the same ids are equal (as values compare)
  // whatever their seeds and slots.
  /** A slot holds a position in `ids`, or -1 when empty; at most half the slots are used. */
  readonly #slots: Int32Array
  readonly #mask: number
  readonly #seed: number
  /** The most slots any id of the list was looked for in: an id not found within them is absent. */
  #longest = 0
  /** Each id's first position, when ids collided too often for the table (`MAX_PROBES`). */
  #map: Map<string, number> | null = null
  /** For each position, the first position with the same id (itself when it is the first). */
  readonly #first: Int32Array
  readonly size: number

  /** `seed` is for tests; by default a random one. */
  constructor(
    private readonly ids: readonly K[],
    seed = (Math.random() * 0x100000000) >>> 0,
  ) {
    this.#seed = seed >>> 0
    let capacity = 16
    while (capacity < ids.length * 2) capacity *= 2
    this.#slots = new Int32Array(capacity).fill(-1)
    this.#mask = capacity - 1
    this.#first = new Int32Array(ids.length)
    let size = 0
    fill: for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!
      let slot = hashOf(id, this.#seed) & this.#mask
      for (let probe = 0; ; probe++) {
        if (probe === MAX_PROBES) {
          size = this.#fallBack()
          break fill
        }
        const at = this.#slots[slot]!
        if (at < 0) {
          this.#slots[slot] = i
          this.#first[i] = i
          size++
        } else if (ids[at] === id) this.#first[i] = at
        else {
          slot = (slot + 1) & this.#mask
          continue
        }
        if (probe > this.#longest) this.#longest = probe
        break
      }
    }
    this.size = size
  }

  /** Fills a Map instead of the table (ids that collide too often); returns the number of ids. */
  #fallBack(): number {
    const map = new Map<string, number>()
    this.ids.forEach((id, i) => {
      const at = map.get(id)
      if (at === undefined) map.set(id, i)
      this.#first[i] = at ?? i
    })
    this.#map = map
    return map.size
  }

  /** How ids are found: the table, or a Map when they collided too often (for tests). */
  get mode(): 'table' | 'map' {
    return this.#map ? 'map' : 'table'
  }

  /** The first position whose id is the same as position `i`'s. */
  firstOf(i: number): number {
    return this.#first[i]!
  }
  get(id: K): number | undefined {
    if (this.#map) return this.#map.get(id)
    const slots = this.#slots,
      mask = this.#mask,
      ids = this.ids
    let slot = hashOf(id, this.#seed) & mask
    for (let probe = 0; probe <= this.#longest; probe++, slot = (slot + 1) & mask) {
      const at = slots[slot]!
      if (at < 0) return undefined
      if (ids[at] === id) return at
    }
    return undefined
  }
  has(id: K): boolean {
    return this.get(id) !== undefined
  }
  *entries(): MapIterator<[K, number]> {
    for (let i = 0; i < this.ids.length; i++) if (this.#first[i] === i) yield [this.ids[i]!, i]
  }
  *keys(): MapIterator<K> {
    for (const [id] of this.entries()) yield id
  }
  *values(): MapIterator<number> {
    for (const [, i] of this.entries()) yield i
  }
  [Symbol.iterator](): MapIterator<[K, number]> {
    return this.entries()
  }
  forEach(visit: (value: number, key: K, map: ReadonlyMap<K, number>) => void, thisArg?: unknown): void {
    for (const [id, i] of this.entries()) visit.call(thisArg, i, id, this)
  }
}

/** The index of a list of records by their `id`. */
export function indexById(list: readonly { readonly id: string }[]): IdIndex {
  return new IdIndex(list.map((r) => r.id))
}

/** `get(id)` is the record at the id's position; iteration follows the list's order. */
export class ById<K extends string, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly list: readonly V[],
    private readonly positions: ReadonlyMap<string, number>,
  ) {}
  get size(): number {
    return this.positions.size
  }
  get(id: K): V | undefined {
    const i = this.positions.get(id)
    return i === undefined ? undefined : this.list[i]
  }
  has(id: K): boolean {
    return this.positions.has(id)
  }
  keys(): MapIterator<K> {
    return this.positions.keys() as MapIterator<K>
  }
  *values(): MapIterator<V> {
    for (const i of this.positions.values()) yield this.list[i]!
  }
  *entries(): MapIterator<[K, V]> {
    for (const [id, i] of this.positions) yield [id as K, this.list[i]!]
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries()
  }
  forEach(visit: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [id, i] of this.positions) visit.call(thisArg, this.list[i]!, id as K, this)
  }
}
