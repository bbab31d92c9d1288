// The tour store against IndexedDB (fake-indexeddb), with the faults browsers really raise.
import 'fake-indexeddb/auto'
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openDB } from 'idb'
import type { SavedTour } from '../../core/index.ts'
import { ConflictError, NewerRecordError } from './tour-store.ts'
import { createIdbTourStore } from './idb-tour-store.ts'
import { classifyStorageError, StorageFault } from './storage-errors.ts'

let n = 0
const dbName = () => `test-${++n}-${Math.random()}`
const NOW = '2026-11-28T03:00:00Z'

const tour = (extra: Partial<SavedTour> = {}): SavedTour => ({
  id: 'tour-1',
  name: 'Côn Sơn in a morning',
  note: '',
  stopNotes: {},
  request: {
    start: 'hanoi',
    visit: ['con-son-pagoda'],
    optional: [],
    date: '2026-12-05',
    days: 1,
    profile: 'car',
    scenario: { preset: 'today' },
  },
  plan: null,
  createdAt: NOW,
  updatedAt: NOW,
  revision: 1,
  ...extra,
})

afterEach(() => vi.restoreAllMocks())

/** A DOMException as a browser raises it; `code` forced where the name is not a standard one. */
function browserError(name: string, code?: number): DOMException {
  const e = new DOMException(`simulated ${name}`, name)
  if (code !== undefined && e.code !== code) Object.defineProperty(e, 'code', { value: code })
  return e
}

describe('tour store', () => {
  it('saves, reads back, and counts revisions', async () => {
    const store = await createIdbTourStore(dbName())
    const first = await store.save(tour(), null, NOW)
    expect(first.revision).toBe(1)
    const second = await store.save({ ...first, name: 'Renamed' }, 1, '2026-11-28T04:00:00Z')
    expect(second).toMatchObject({ revision: 2, name: 'Renamed', updatedAt: '2026-11-28T04:00:00Z', createdAt: NOW })
    expect((await store.load()).tours).toEqual([second])
  })

  it('two tabs: a save from an older copy is refused with the newer tour, and nothing is overwritten', async () => {
    const name = dbName()
    const tabA = await createIdbTourStore(name),
      tabB = await createIdbTourStore(name)
    const saved = await tabA.save(tour(), null, NOW)
    const [copyA] = (await tabA.load()).tours
    const [copyB] = (await tabB.load()).tours
    const fromA = await tabA.save({ ...copyA!, name: 'Edited in tab A' }, copyA!.revision, NOW)
    const refused = tabB.save({ ...copyB!, name: 'Edited in tab B' }, copyB!.revision, NOW)
    await expect(refused).rejects.toBeInstanceOf(ConflictError)
    await expect(refused).rejects.toMatchObject({ current: { name: 'Edited in tab A', revision: saved.revision + 1 } })
    expect((await tabB.load()).tours).toEqual([fromA])
  })

  it.each([
    ['Chromium and current Firefox', 'QuotaExceededError', undefined],
    ['old WebKit', 'QUOTA_EXCEEDED_ERR', 22],
    ['Firefox storage', 'NS_ERROR_DOM_QUOTA_REACHED', 1014],
  ])('a full quota (%s: %s) is a quota fault, and the stored tour is untouched', async (_who, errorName, code) => {
    const store = await createIdbTourStore(dbName())
    const saved = await store.save(tour(), null, NOW)
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw browserError(errorName, code)
    })
    const attempt = store.save({ ...saved, name: 'Will not fit' }, saved.revision, NOW)
    await expect(attempt).rejects.toBeInstanceOf(StorageFault)
    await expect(attempt).rejects.toMatchObject({ kind: 'quota' })
    vi.restoreAllMocks()
    expect((await store.load()).tours).toEqual([saved])
  })

  it('a record that does not parse is copied aside and reported, never dropped silently', async () => {
    const name = dbName()
    const store = await createIdbTourStore(name)
    await store.save(tour(), null, NOW)
    const raw = await openDB(name)
    await raw.put('tours', { schemaVersion: 1, savedAt: NOW, data: { id: 'broken', name: 42 } }, 'broken')
    raw.close()
    const { tours, problems } = await store.load()
    expect(tours.map((t) => t.id)).toEqual(['tour-1'])
    expect(problems).toEqual([{ kind: 'corrupt', id: 'broken', message: expect.stringMatching(/name/) }])
    const check = await openDB(name)
    const kept = await check.getAll('quarantine')
    check.close()
    expect(kept).toHaveLength(1)
    expect(kept[0]).toMatchObject({ key: 'broken', value: { data: { id: 'broken', name: 42 } } })
  })

  it('a record from a newer version is reported, and opens read-only: never saved over or deleted', async () => {
    const name = dbName()
    const store = await createIdbTourStore(name)
    const raw = await openDB(name)
    const future = { schemaVersion: 99, savedAt: NOW, data: { id: 'future', shape: 'unknown to us' } }
    await raw.put('tours', future, 'future')
    const { problems } = await store.load()
    expect(problems).toEqual([{ kind: 'newer', id: 'future', version: 99 }])
    await expect(store.save(tour({ id: 'future' }), null, NOW)).rejects.toBeInstanceOf(NewerRecordError)
    await expect(store.remove('future')).rejects.toBeInstanceOf(NewerRecordError)
    expect(await raw.get('tours', 'future')).toEqual(future)
    raw.close()
  })

  it('a save that does not read back as written is a verify fault', async () => {
    const store = await createIdbTourStore(dbName())
    const original = IDBObjectStore.prototype.get
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key) {
      const request = original.call(this, key)
      request.addEventListener('success', () => {
        const value = request.result as { data?: { name?: string } } | undefined
        if (value?.data) value.data.name = 'bit rot'
      })
      return request
    })
    await expect(store.save(tour(), null, NOW)).rejects.toMatchObject({ kind: 'verify' })
  })

  it('storage that is unavailable (no IndexedDB, or refused as in a private window) says so', async () => {
    const saved = globalThis.indexedDB
    try {
      // @ts-expect-error -- a browser without IndexedDB
      delete globalThis.indexedDB
      await expect(createIdbTourStore(dbName())).rejects.toMatchObject({ kind: 'unavailable' })
      globalThis.indexedDB = new IDBFactory()
      vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
        throw browserError('SecurityError')
      })
      await expect(createIdbTourStore(dbName())).rejects.toMatchObject({ kind: 'unavailable' })
    } finally {
      globalThis.indexedDB = saved
    }
  })

  it('remove returns the tour for undo, and restore puts it back exactly', async () => {
    const store = await createIdbTourStore(dbName())
    const saved = await store.save(tour(), null, NOW)
    const removed = await store.remove(saved.id)
    expect(removed).toEqual(saved)
    expect((await store.load()).tours).toEqual([])
    await store.restore(removed!)
    expect((await store.load()).tours).toEqual([saved])
  })

  it('classifies the errors browsers raise', () => {
    expect(classifyStorageError(browserError('QuotaExceededError'))).toBe('quota')
    expect(classifyStorageError({ name: 'Error', code: 1014 })).toBe('quota')
    expect(classifyStorageError(browserError('InvalidStateError'))).toBe('unavailable')
    expect(classifyStorageError(browserError('UnknownError'))).toBe('unavailable')
    expect(classifyStorageError(new TypeError('x'))).toBe('unknown')
  })
})
