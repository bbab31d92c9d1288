/**
 * The tour store on IndexedDB, through `idb` (see `tour-store.ts` for what it guarantees).
 */
import { openDB, type IDBPDatabase } from 'idb'
import { canonicalJson, readStoredTour, storedTour, type SavedTour, type StoredTour } from '../../core/index.ts'
import { StorageFault, toStorageFault } from './storage-errors.ts'
import { ConflictError, NewerRecordError, nextRevision, type StoreProblem, type TourStore } from './tour-store.ts'

export const TOUR_DB_NAME = 'heritage-routes'
const DB_VERSION = 1
const TOURS = 'tours'
const QUARANTINE = 'quarantine'

type Db = IDBPDatabase<unknown>

/** Ends a transaction we are giving up on, without an unhandled rejection from its `done`. */
function abandon(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => {})
  try {
    tx.abort()
  } catch {
    // Already finished.
  }
}

/** Opens the IndexedDB store; throws StorageFault('unavailable') when the browser refuses. */
export async function createIdbTourStore(name = TOUR_DB_NAME): Promise<TourStore> {
  if (typeof indexedDB === 'undefined') throw new StorageFault('unavailable')
  let db: Db
  try {
    db = await openDB(name, DB_VERSION, {
      upgrade(database) {
        if (!database.objectStoreNames.contains(TOURS)) database.createObjectStore(TOURS)
        if (!database.objectStoreNames.contains(QUARANTINE)) database.createObjectStore(QUARANTINE)
      },
    })
  } catch (error) {
    const fault = toStorageFault(error)
    throw fault.kind === 'unknown' ? new StorageFault('unavailable', error) : fault
  }
  const newer = new Set<string>()

  async function readCurrent(id: string): Promise<{ raw: StoredTour | undefined; tour: SavedTour | null }> {
    const raw = (await db.get(TOURS, id)) as StoredTour | undefined
    if (raw === undefined) return { raw, tour: null }
    const read = readStoredTour(raw)
    return { raw, tour: read.ok ? read.tour : null }
  }

  return {
    kind: 'indexeddb',
    async load() {
      const tx = db.transaction([TOURS, QUARANTINE], 'readwrite')
      try {
        const store = tx.objectStore(TOURS)
        const keys = (await store.getAllKeys()) as string[]
        const values = (await store.getAll()) as unknown[]
        const tours: SavedTour[] = []
        const problems: StoreProblem[] = []
        for (let i = 0; i < keys.length; i++) {
          const read = readStoredTour(values[i])
          if (read.ok) tours.push(read.tour)
          else if (read.kind === 'newer') {
            newer.add(keys[i]!)
            problems.push({ kind: 'newer', id: read.id ?? keys[i]!, version: read.version })
          } else {
            // Keep the bytes: copy to quarantine, then take it out of the list of tours.
            await tx
              .objectStore(QUARANTINE)
              .put({ key: keys[i], value: values[i], message: read.message }, `${keys[i]}@${Date.now()}`)
            await store.delete(keys[i]!)
            problems.push({ kind: 'corrupt', id: read.id ?? keys[i]!, message: read.message })
          }
        }
        await tx.done
        return { tours, problems }
      } catch (error) {
        abandon(tx)
        throw toStorageFault(error)
      }
    },
    async save(tour, baseRevision, now) {
      if (newer.has(tour.id)) throw new NewerRecordError(tour.id)
      let saved: SavedTour
      const tx = db.transaction(TOURS, 'readwrite')
      try {
        const store = tx.objectStore(TOURS)
        const raw = (await store.get(tour.id)) as StoredTour | undefined
        if (raw !== undefined) {
          const read = readStoredTour(raw)
          if (!read.ok && read.kind === 'newer') {
            newer.add(tour.id)
            throw new NewerRecordError(tour.id)
          }
          saved = nextRevision(tour, baseRevision, read.ok ? read.tour : null, now)
        } else saved = nextRevision(tour, baseRevision, null, now)
        await store.put(storedTour(saved, now), saved.id)
        await tx.done
      } catch (error) {
        abandon(tx)
        if (error instanceof ConflictError || error instanceof NewerRecordError) throw error
        throw toStorageFault(error)
      }
      // Read it back: what is stored must be what we meant to store.
      const back = await readCurrent(saved.id).catch((error: unknown) => {
        throw toStorageFault(error)
      })
      if (!back.tour || canonicalJson(back.tour) !== canonicalJson(saved)) throw new StorageFault('verify')
      return saved
    },
    async remove(id) {
      const tx = db.transaction(TOURS, 'readwrite')
      try {
        const raw = (await tx.store.get(id)) as StoredTour | undefined
        const read = raw === undefined ? null : readStoredTour(raw)
        if (read && !read.ok && read.kind === 'newer') throw new NewerRecordError(id)
        await tx.store.delete(id)
        await tx.done
        return read?.ok ? read.tour : null
      } catch (error) {
        abandon(tx)
        if (error instanceof NewerRecordError) throw error
        throw toStorageFault(error)
      }
    },
    async restore(tour) {
      try {
        await db.put(TOURS, storedTour(tour, tour.updatedAt), tour.id)
      } catch (error) {
        throw toStorageFault(error)
      }
    },
    close: () => db.close(),
  }
}
