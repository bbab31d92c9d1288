/**
 * Saved tours in the app
 * ======================
 * Loads the tour store once, keeps the list for every page, and turns each storage fault into a
 * message the page shows (the user's edit stays on screen; nothing is dropped). Other tabs' changes
 * arrive over a BroadcastChannel (or the `storage` event where there is none) and reload the list.
 * After the first save the app asks the browser to keep its storage (`navigator.storage.persist()`);
 * if the browser says no, a hint suggests exporting a backup.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { SavedTour } from '../../core/index.ts'
import { classifyStorageError, StorageFault, type StorageFaultKind } from './storage-errors.ts'
import {
  ConflictError,
  createMemoryTourStore,
  NewerRecordError,
  TOUR_CHANNEL,
  type StoreProblem,
  type TourStore,
} from './tour-store.ts'

export type TourFault =
  | { readonly kind: StorageFaultKind }
  | { readonly kind: 'conflict'; readonly current: SavedTour }
  | { readonly kind: 'newer'; readonly id: string }

export interface ToursValue {
  readonly status: 'loading' | 'ready'
  /** `memory` when the browser keeps nothing: tours last until the tab closes. */
  readonly storage: 'indexeddb' | 'memory' | null
  readonly tours: readonly SavedTour[]
  readonly problems: readonly StoreProblem[]
  /** The last save or delete that failed, until dismissed. */
  readonly fault: TourFault | null
  /** The browser would not promise to keep the data: suggest exporting a backup. */
  readonly persistRefused: boolean
  /** Saves; resolves to the stored tour, or null when it failed (then `fault` says why). */
  save(tour: SavedTour, baseRevision: number | null): Promise<SavedTour | null>
  remove(id: string): Promise<SavedTour | null>
  restore(tour: SavedTour): Promise<boolean>
  /** Adds tours exactly as they are in an imported file (ids already checked free); resolves to how many were stored. */
  importTours(list: readonly SavedTour[]): Promise<number>
  dismissFault(): void
  reload(): Promise<void>
}

const ToursContext = createContext<ToursValue | null>(null)

// IndexedDB code (and `idb`) loads with the first look at the tours, not in the first download.
const openIndexedDb = () => import('./idb-tour-store.ts').then((m) => m.createIdbTourStore())

/** How this tab tells the others that tours changed. */
function channel(onMessage: () => void): { post(): void; close(): void } {
  if (typeof BroadcastChannel !== 'undefined') {
    const c = new BroadcastChannel(TOUR_CHANNEL)
    c.addEventListener('message', onMessage)
    return {
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel, not a window
      post: () => c.postMessage({ type: 'changed' }),
      close: () => c.close(),
    }
  }
  const key = `${TOUR_CHANNEL}.ping`
  const listener = (e: StorageEvent) => {
    if (e.key === key) onMessage()
  }
  globalThis.addEventListener?.('storage', listener)
  return {
    post: () => {
      try {
        globalThis.localStorage?.setItem(key, String(Date.now()))
      } catch {
        // No storage at all: nothing to tell.
      }
    },
    close: () => globalThis.removeEventListener?.('storage', listener),
  }
}

export function ToursProvider({
  children,
  openStore = openIndexedDb,
}: {
  children: ReactNode
  /** How to open the store (tests pass their own). */
  openStore?: () => Promise<TourStore>
}) {
  const [status, setStatus] = useState<'loading' | 'ready'>('loading')
  const [storage, setStorage] = useState<'indexeddb' | 'memory' | null>(null)
  const [tours, setTours] = useState<readonly SavedTour[]>([])
  const [problems, setProblems] = useState<readonly StoreProblem[]>([])
  const [fault, setFault] = useState<TourFault | null>(null)
  const [persistRefused, setPersistRefused] = useState(false)
  const store = useRef<TourStore | null>(null)
  const bus = useRef<{ post(): void; close(): void } | null>(null)
  const askedPersist = useRef(false)

  const reload = useCallback(async () => {
    const s = store.current
    if (!s) return
    try {
      const loaded = await s.load()
      setTours([...loaded.tours].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id)))
      setProblems(loaded.problems)
    } catch (error) {
      setFault({ kind: classifyStorageError(error) })
    }
  }, [])

  useEffect(() => {
    let live = true
    void (async () => {
      let s: TourStore
      try {
        s = await openStore()
      } catch (error) {
        // No storage here (private window, blocked): keep tours in this page and say so.
        s = createMemoryTourStore()
        if (live) setFault({ kind: error instanceof StorageFault ? error.kind : classifyStorageError(error) })
      }
      if (!live) {
        s.close()
        return
      }
      store.current = s
      setStorage(s.kind)
      bus.current = channel(() => void reload())
      await reload()
      setStatus('ready')
    })()
    return () => {
      live = false
      bus.current?.close()
      store.current?.close()
    }
  }, [openStore, reload])

  const save = useCallback(async (tour: SavedTour, baseRevision: number | null) => {
    const s = store.current
    if (!s) return null
    try {
      const saved = await s.save(tour, baseRevision, new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'))
      setTours((list) => [saved, ...list.filter((t) => t.id !== saved.id)])
      bus.current?.post()
      if (!askedPersist.current && s.kind === 'indexeddb') {
        askedPersist.current = true
        const persisted = await globalThis.navigator?.storage?.persist?.().catch(() => false)
        if (persisted === false) setPersistRefused(true)
      }
      return saved
    } catch (error) {
      if (error instanceof ConflictError) setFault({ kind: 'conflict', current: error.current })
      else if (error instanceof NewerRecordError) setFault({ kind: 'newer', id: error.id })
      else setFault({ kind: classifyStorageError(error) })
      return null
    }
  }, [])

  const remove = useCallback(async (id: string) => {
    const s = store.current
    if (!s) return null
    try {
      const removed = await s.remove(id)
      setTours((list) => list.filter((t) => t.id !== id))
      bus.current?.post()
      return removed
    } catch (error) {
      setFault(error instanceof NewerRecordError ? { kind: 'newer', id } : { kind: classifyStorageError(error) })
      return null
    }
  }, [])

  const restore = useCallback(
    async (tour: SavedTour) => {
      const s = store.current
      if (!s) return false
      try {
        await s.restore(tour)
        bus.current?.post()
        await reload()
        return true
      } catch (error) {
        setFault({ kind: classifyStorageError(error) })
        return false
      }
    },
    [reload],
  )

  const importTours = useCallback(
    async (list: readonly SavedTour[]) => {
      const s = store.current
      if (!s) return 0
      let stored = 0
      try {
        for (const tour of list) {
          await s.restore(tour)
          stored++
        }
      } catch (error) {
        setFault({ kind: classifyStorageError(error) })
      }
      bus.current?.post()
      await reload()
      return stored
    },
    [reload],
  )

  const value = useMemo<ToursValue>(
    () => ({
      status,
      storage,
      tours,
      problems,
      fault,
      persistRefused,
      save,
      remove,
      restore,
      importTours,
      dismissFault: () => setFault(null),
      reload,
    }),
    [status, storage, tours, problems, fault, persistRefused, save, remove, restore, importTours, reload],
  )
  return <ToursContext.Provider value={value}>{children}</ToursContext.Provider>
}

export function useTours(): ToursValue {
  const value = useContext(ToursContext)
  if (!value) throw new Error('useTours outside ToursProvider')
  return value
}
