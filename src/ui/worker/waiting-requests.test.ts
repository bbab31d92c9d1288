import { describe, expect, it } from 'vitest'
import { WaitingRequests } from './waiting-requests.ts'

describe('requests waiting for the worker', () => {
  it('keeps only the newest request of a view, in the older one’s place, and says which it replaced', () => {
    const w = new WaitingRequests<string>()
    expect(w.add({ id: 1, request: 'a1', view: 'a' })).toBeNull()
    expect(w.add({ id: 2, request: 'b1', view: 'b' })).toBeNull()
    expect(w.add({ id: 3, request: 'a2', view: 'a' })).toBe(1)
    expect(w.add({ id: 4, request: 'a3', view: 'a' })).toBe(3)
    expect(w.size).toBe(2)
    expect(w.take()).toEqual({ id: 4, request: 'a3', view: 'a' })
    expect(w.take()).toEqual({ id: 2, request: 'b1', view: 'b' })
    expect(w.take()).toBeUndefined()
  })

  it('never replaces a request without a view (an export, a saved tour re-planned)', () => {
    const w = new WaitingRequests<string>()
    w.add({ id: 1, request: 'x' })
    expect(w.add({ id: 2, request: 'x' })).toBeNull()
    expect([w.take()?.id, w.take()?.id]).toEqual([1, 2])
  })
})
