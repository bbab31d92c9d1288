// @vitest-environment jsdom
// A value re-read from the address keeps its identity while its content is unchanged (so a memoised
// list skips its redraw when a slider moved only the date), and is the new value once it changes.
import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useSameValue } from './use-same-value.ts'

const read = (must: string[]) => ({ must: [...must] })

describe('useSameValue', () => {
  it('hands back the first object while the key is the same, and the new one once it differs', () => {
    const first = read(['a', 'b'])
    const { result, rerender } = renderHook(({ value }) => useSameValue(value, JSON.stringify(value)), {
      initialProps: { value: first },
    })
    expect(result.current).toBe(first)
    // Re-read: equal content, another object.
    rerender({ value: read(['a', 'b']) })
    expect(result.current).toBe(first)
    const changed = read(['a', 'c'])
    rerender({ value: changed })
    expect(result.current).toBe(changed)
    // And the changed value is kept from then on.
    rerender({ value: read(['a', 'c']) })
    expect(result.current).toBe(changed)
  })
})
