/**
 * Core client
 * ===========
 * Sends requests to the core worker and resolves them by id. Without Worker support (tests), answers
 * in the page with the same functions.
 */
import type { Dataset } from '../../core/index.ts'
import { answer, type CoreAnswer, type CoreRequest } from './core-requests.ts'

export interface CoreClient {
  ask<R extends CoreRequest>(request: R): Promise<CoreAnswer<R>>
}

export function createCoreClient(dataset: Dataset): CoreClient {
  if (typeof Worker === 'undefined') {
    return { ask: (request) => Promise.resolve().then(() => answer(dataset, request) as never) }
  }
  const worker = new Worker(new URL('./core.worker.ts', import.meta.url), { type: 'module' })
  let nextId = 1
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>()
  worker.addEventListener(
    'message',
    (event: MessageEvent<{ id: number; ok: boolean; value?: unknown; error?: string }>) => {
      const entry = pending.get(event.data.id)
      if (!entry) return
      pending.delete(event.data.id)
      if (event.data.ok) entry.resolve(event.data.value as never)
      else entry.reject(new Error(event.data.error))
    },
  )
  return {
    ask(request) {
      const id = nextId++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: never) => void, reject })
        // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker, not a window
        worker.postMessage({ id, request })
      })
    },
  }
}
