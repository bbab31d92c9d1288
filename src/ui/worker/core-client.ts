/**
 * Core client
 * ===========
 * Sends requests to the core worker and resolves them by id. Without Worker support (tests), answers
 * in the page with the same functions, loaded then (the engine is not part of the page's first
 * download: the worker has it). A worker that fails to load, or a request that never gets an
 * answer, ends in a `CoreUnavailableError` the page can show (with a reload), never an endless
 * "Computing…".
 */
import type { Dataset, ProgressStage } from '../../core/index.ts'
import type { CoreAnswer, CoreRequest } from './core-requests.ts'

/** How far a long answer has gone: `done` of `total` steps of a stage. */
export interface CoreProgress {
  readonly done: number
  readonly total: number
  readonly stage: ProgressStage
}

export interface CoreClient {
  /**
   * Asks the core. With a `view`, a newer request from the same view may replace this one before it
   * is computed; it then rejects with `SupersededError` (a newer answer is on its way). `onProgress`
   * hears how far a long answer has gone; each report also restarts the time allowed, since the worker
   * is alive and working.
   */
  ask<R extends CoreRequest>(
    request: R,
    options?: { view?: string; onProgress?: (progress: CoreProgress) => void },
  ): Promise<CoreAnswer<R>>
}

/** The request was replaced by a newer one from the same view before it was computed. */
export class SupersededError extends Error {
  constructor() {
    super('A newer request replaced this one.')
    this.name = 'SupersededError'
  }
}

/** Why the core could not answer: the worker did not load, or took longer than the time allowed. */
export class CoreUnavailableError extends Error {
  constructor(readonly reason: 'worker-failed' | 'timeout') {
    super(reason === 'worker-failed' ? 'The planner could not start.' : 'The planner took too long to answer.')
    this.name = 'CoreUnavailableError'
  }
}

/** Longest a request may take before the page says so, in milliseconds. */
export const REQUEST_TIMEOUT_MS = 60_000

interface Pending {
  resolve: (v: never) => void
  reject: (e: Error) => void
  timer: ReturnType<typeof setTimeout>
  onProgress: ((progress: CoreProgress) => void) | undefined
}

export function createCoreClient(
  dataset: Dataset,
  makeWorker: () => Worker = () => new Worker(new URL('./core.worker.ts', import.meta.url), { type: 'module' }),
  timeoutMs = REQUEST_TIMEOUT_MS,
): CoreClient {
  if (typeof Worker === 'undefined') {
    return {
      ask: (request, options = {}) =>
        import('./core-requests.ts').then(
          ({ answer }) =>
            answer(dataset, request, (done, total, stage) => options.onProgress?.({ done, total, stage })) as never,
        ),
    }
  }
  let failed = false
  const pending = new Map<number, Pending>()
  const failAll = () => {
    failed = true
    for (const [id, entry] of pending) {
      clearTimeout(entry.timer)
      entry.reject(new CoreUnavailableError('worker-failed'))
      pending.delete(id)
    }
  }
  let worker: Worker
  try {
    worker = makeWorker()
  } catch {
    failed = true
    return { ask: () => Promise.reject(new CoreUnavailableError('worker-failed')) }
  }
  let nextId = 1
  worker.addEventListener('error', failAll)
  worker.addEventListener('messageerror', failAll)
  worker.addEventListener(
    'message',
    (
      event: MessageEvent<{
        id: number
        ok?: boolean
        value?: unknown
        error?: string
        superseded?: boolean
        progress?: CoreProgress
      }>,
    ) => {
      const entry = pending.get(event.data.id)
      if (!entry) return
      if (event.data.progress) {
        clearTimeout(entry.timer)
        entry.timer = expire(event.data.id, entry.reject)
        entry.onProgress?.(event.data.progress)
        return
      }
      pending.delete(event.data.id)
      clearTimeout(entry.timer)
      if (event.data.ok) entry.resolve(event.data.value as never)
      else entry.reject(event.data.superseded ? new SupersededError() : new Error(event.data.error))
    },
  )
  const expire = (id: number, reject: (e: Error) => void) =>
    setTimeout(() => {
      pending.delete(id)
      reject(new CoreUnavailableError('timeout'))
    }, timeoutMs)
  return {
    ask(request, options = {}) {
      if (failed) return Promise.reject(new CoreUnavailableError('worker-failed'))
      const id = nextId++
      return new Promise((resolve, reject) => {
        const timer = expire(id, reject)
        pending.set(id, { resolve: resolve as (v: never) => void, reject, timer, onProgress: options.onProgress })
        // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker, not a window
        worker.postMessage({ id, request, view: options.view })
      })
    },
  }
}
