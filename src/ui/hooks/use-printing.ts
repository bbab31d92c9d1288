/**
 * Whether the page is being printed: true from `beforeprint` to `afterprint`, and while the print
 * media query matches (a print preview, or a browser told to emulate print). Views that exist only on
 * paper (the roadbook with its QR code) render only then, so they cost nothing while the trip changes.
 */
import { useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'

let printing = false
const listeners = new Set<() => void>()
const set = (value: boolean) => {
  if (value === printing) return
  printing = value
  for (const l of listeners) l()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (listeners.size === 1 && typeof window !== 'undefined') {
    window.addEventListener('beforeprint', onBefore)
    window.addEventListener('afterprint', onAfter)
    query()?.addEventListener('change', onQuery)
    set(query()?.matches ?? false)
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && typeof window !== 'undefined') {
      window.removeEventListener('beforeprint', onBefore)
      window.removeEventListener('afterprint', onAfter)
      query()?.removeEventListener('change', onQuery)
    }
  }
}
const query = () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('print') : null)
// Printing starts right after this event: render the paper views now.
const onBefore = () => flushSync(() => set(true))
const onAfter = () => set(query()?.matches ?? false)
const onQuery = (e: MediaQueryListEvent) => set(e.matches)

/** True while the page is printed; updates synchronously (a store), so `beforeprint` renders in time. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  )
}
