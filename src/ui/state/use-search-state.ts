/**
 * URL search-parameter state: read with `get`, change several at once with `update`.
 * Every view keeps its state here, so it can be bookmarked, shared and restored with Back.
 * When a change depends on what is there (adding to a list), pass a function: it gets the current
 * parameters, so two quick changes in a row never undo each other.
 */
import { useCallback, useEffect, useRef } from 'react'
import { useSearchParams } from 'react-router'

export type Changes = Record<string, string | null | undefined>
export type ChangesOrUpdater = Changes | ((current: URLSearchParams) => Changes)

export function useSearchState() {
  const [params, setParams] = useSearchParams()
  // React Router hands a functional update the parameters of the last render, not the ones just
  // written; so we keep what we last wrote until the next render shows it (or a navigation replaces it).
  const latest = useRef(params)
  const pending = useRef<URLSearchParams | null>(null)
  // React Router's setter changes with every address; `update` stays the same function, so views
  // memoised on it are not redrawn for nothing.
  const setter = useRef(setParams)
  useEffect(() => {
    latest.current = params
    setter.current = setParams
    // A render may show an older address than the one just written (navigations render in
    // transitions): keep what we wrote while the browser's address is still it; forget it once the
    // address is something else (Back, a link) — then the render's parameters are the truth.
    const written = pending.current
    if (written && (typeof window === 'undefined' || window.location.search !== `?${written.toString()}`))
      pending.current = null
  }, [params, setParams])
  const update = useCallback((changes: ChangesOrUpdater, options: { replace?: boolean } = {}) => {
    const current = pending.current ?? latest.current
    const next = new URLSearchParams(current)
    for (const [key, value] of Object.entries(typeof changes === 'function' ? changes(current) : changes)) {
      if (value === null || value === undefined || value === '') next.delete(key)
      else next.set(key, value)
    }
    pending.current = next
    setter.current(next, { replace: options.replace ?? false })
  }, [])
  return { params, update }
}
