/**
 * URL search-parameter state: read with `get`, change several at once with `update`.
 * Every view keeps its state here, so it can be bookmarked, shared and restored with Back.
 */
import { useCallback } from 'react'
import { useSearchParams } from 'react-router'

export function useSearchState() {
  const [params, setParams] = useSearchParams()
  const update = useCallback((changes: Record<string, string | null | undefined>, options: { replace?: boolean } = {}) => {
    setParams((current) => {
      const next = new URLSearchParams(current)
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(key)
        else next.set(key, value)
      }
      return next
    }, { replace: options.replace ?? false })
  }, [setParams])
  return { params, update }
}
