// @vitest-environment jsdom
// Two quick list edits in a row must both land in the address (a race found by the e2e suite in CI).
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { useSearchState } from './use-search-state.ts'

const wrapper = ({ children }: { children: ReactNode }) => (
  <MemoryRouter initialEntries={['/itinerary?visit=a']}>{children}</MemoryRouter>
)
const append = (id: string) => (current: URLSearchParams) => ({
  visit: [...(current.get('visit')?.split(',') ?? []), id].join(','),
})

describe('useSearchState', () => {
  it('applies two updates computed from the current address, made before a re-render, both', () => {
    const { result } = renderHook(() => useSearchState(), { wrapper })
    act(() => {
      result.current.update(append('b'))
      result.current.update(append('c'))
    })
    expect(result.current.params.get('visit')).toBe('a,b,c')
  })
  it('merges plain changes and removes empty values', () => {
    const { result } = renderHook(() => useSearchState(), { wrapper })
    act(() => {
      result.current.update({ visit: '', days: '2' })
    })
    expect(result.current.params.get('visit')).toBeNull()
    expect(result.current.params.get('days')).toBe('2')
  })
})
