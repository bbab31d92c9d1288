/**
 * Tour store
 * ==========
 * The one adapter every saved-tour write goes through: IndexedDB (`idb-tour-store.ts`, loaded when
 * first needed), or a memory store when the browser keeps nothing. It keeps what the user saves from being lost silently:
 *
 * - every record is `{schemaVersion, savedAt, data}`; reading migrates old records, reports newer ones
 *   (opened read-only, never overwritten) and copies unreadable ones to a quarantine store before
 *   reporting them;
 * - each save is a compare-and-set on the tour's revision, so a save made from an older copy (another
 *   tab) is refused with the newer tour, not written over it;
 * - each save is read back and compared;
 * - every error is classified (quota, unavailable, verify) for the page to explain, and other tabs
 *   hear of each change over a BroadcastChannel.
 */
import type { SavedTour } from '../../core/index.ts'

export const TOUR_CHANNEL = 'heritage-routes.tours'

/** A stored record the store could not load, kept aside and reported. */
export type StoreProblem =
  | { readonly kind: 'corrupt'; readonly id: string | null; readonly message: string }
  | { readonly kind: 'newer'; readonly id: string | null; readonly version: number }

export interface LoadResult {
  readonly tours: readonly SavedTour[]
  /** Ids of tours stored by a newer version of the app: shown, never overwritten. */
  readonly problems: readonly StoreProblem[]
}

/** A save refused because the stored tour changed since this copy was read (another tab). */
export class ConflictError extends Error {
  constructor(readonly current: SavedTour) {
    super(`tour "${current.id}" was changed elsewhere (revision ${current.revision})`)
    this.name = 'ConflictError'
  }
}

/** A save refused because the stored record is from a newer version of the app. */
export class NewerRecordError extends Error {
  constructor(readonly id: string) {
    super(`tour "${id}" was saved by a newer version of the app`)
    this.name = 'NewerRecordError'
  }
}

export interface TourStore {
  readonly kind: 'indexeddb' | 'memory'
  load(): Promise<LoadResult>
  /**
   * Saves a tour. `baseRevision` is the revision this copy was read at (null for a new tour); the
   * stored revision must still be that, else ConflictError. Returns the tour as stored (revision + 1).
   */
  save(tour: SavedTour, baseRevision: number | null, now: string): Promise<SavedTour>
  /** Removes a tour and returns it (for undo). */
  remove(id: string): Promise<SavedTour | null>
  /** Puts back a removed tour as it was. */
  restore(tour: SavedTour): Promise<void>
  close(): void
}

/** The tour as it will be stored, or ConflictError when the stored one moved on. */
export function nextRevision(
  tour: SavedTour,
  baseRevision: number | null,
  current: SavedTour | null,
  now: string,
): SavedTour {
  if (current && baseRevision !== current.revision) throw new ConflictError(current)
  // A copy of a tour deleted elsewhere (no current record) is stored again as it is: nothing is lost.
  return {
    ...tour,
    revision: (current?.revision ?? 0) + 1,
    updatedAt: now,
    createdAt: current?.createdAt ?? tour.createdAt,
  }
}

/** A store that keeps tours in this page only (no storage available). */
export function createMemoryTourStore(initial: readonly SavedTour[] = []): TourStore {
  const tours = new Map(initial.map((t) => [t.id, t]))
  return {
    kind: 'memory',
    load: async () => ({ tours: [...tours.values()], problems: [] }),
    save: async (tour, base, now) => {
      const saved = nextRevision(tour, base, tours.get(tour.id) ?? null, now)
      tours.set(saved.id, saved)
      return saved
    },
    remove: async (id) => {
      const t = tours.get(id) ?? null
      tours.delete(id)
      return t
    },
    restore: async (tour) => {
      tours.set(tour.id, tour)
    },
    close: () => {},
  }
}
