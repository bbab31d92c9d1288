import { describe, expect, it } from 'vitest'
import { hilbertIndex, placeOrder } from './place-order.ts'

describe('place order', () => {
  it('walks the curve cell by cell: the first 64 × 64 cells take the first 4096 positions, each next to the one before', () => {
    const at = new Map<number, [number, number]>()
    for (let x = 0; x < 64; x++) for (let y = 0; y < 64; y++) at.set(hilbertIndex(x, y), [x, y])
    expect([...at.keys()].sort((a, b) => a - b)).toEqual([...Array(4096).keys()])
    for (let d = 1; d < 4096; d++) {
      const [x0, y0] = at.get(d - 1)!,
        [x1, y1] = at.get(d)!
      expect(Math.abs(x1 - x0) + Math.abs(y1 - y0)).toBe(1)
    }
  })

  it('numbers every place once, neighbours on the ground near each other', () => {
    // A 40 × 40 grid of places whose ids (in id order) run row by row.
    const side = 40
    const lat = Float64Array.from({ length: side * side }, (_, i) => 21 + Math.floor(i / side) * 0.01)
    const lon = Float64Array.from({ length: side * side }, (_, i) => 106 + (i % side) * 0.01)
    const { rank } = placeOrder(lat, lon)
    expect([...rank].sort((a, b) => a - b)).toEqual([...Array(side * side).keys()])
    const step = (order: ArrayLike<number>) => {
      let sum = 0
      for (let k = 1; k < order.length; k++) {
        const a = order[k - 1]!,
          b = order[k]!
        sum += Math.hypot(Math.floor(a / side) - Math.floor(b / side), (a % side) - (b % side))
      }
      return sum / (order.length - 1)
    }
    // Row by row, each row's end jumps back across the grid; along the curve, nearly every step is
    // to a neighbour.
    expect(step(rank)).toBeLessThan(1.2)
    expect(step([...Array(side * side).keys()])).toBeGreaterThan(1.5)
  })

  it('keeps the id order of places at one point', () => {
    const { rank } = placeOrder(new Float64Array([21, 21, 21, 20]), new Float64Array([106, 106, 106, 105]))
    expect([...rank]).toEqual([3, 0, 1, 2])
  })
})
