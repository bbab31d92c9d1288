/**
 * Parallel rows
 * =============
 * Spreads the rows of a large matrix over the machine's cores: worker threads and the main thread
 * take rows from one shared counter (`rows-protocol.ts`) and write them into shared tables, each with
 * the core's own `RowSearcher`, so the matrix is the one `rowsHere` gives. The main thread computes
 * rows too, then waits for the others with `Atomics.wait`: the core's callers stay synchronous, and
 * every command that asks for matrices (matrix, compare, impact, critical, timeline) gets them.
 *
 * Workers start on the first large task, while the main thread already computes, and stay for the
 * process's next tasks (unreferenced: they never keep it alive). A worker that fails, stops or is
 * silent for a minute is given up with the pool: the main thread writes every row left.
 */
import { availableParallelism } from 'node:os'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import {
  RowSearcher,
  rowsHere,
  type MatrixRowsResult,
  type MatrixRowsRunner,
  type MatrixTask,
  type Progress,
} from '../core/index.ts'
import { FAILED, ROWS_DONE, takeRows, type RowsMessage } from './rows-protocol.ts'

/** Networks smaller than this keep their matrices in one thread: a row takes about a millisecond. */
export const PARALLEL_MIN_PLACES = 20_000

/** Fewest rows per thread worth a worker's start. */
const MIN_ROWS_PER_THREAD = 4

/** A pool whose workers have written no row for this long is given up. */
const SILENCE_MS = 60_000

/** How long the main thread sleeps between looks at the counters while it waits. */
const WAIT_SLICE_MS = 250

/**
 * Threads for matrices: `HERITAGE_ROUTES_THREADS` when set (1 keeps everything in the main thread),
 * else the cores Node may use. A value that is not a whole number from 1 is refused by name.
 */
export function threadCount(env: NodeJS.ProcessEnv): number {
  const asked = env.HERITAGE_ROUTES_THREADS
  if (asked === undefined || asked === '') return Math.min(availableParallelism(), MAX_THREADS)
  if (!/^\d+$/.test(asked) || Number(asked) < 1)
    throw new Error(`HERITAGE_ROUTES_THREADS: "${asked}" must be a whole number of threads, 1 or more`)
  return Math.min(Number(asked), MAX_THREADS)
}

/** Most threads used (beyond, the memory the rows share is what limits). */
const MAX_THREADS = 16

/** Starts one worker thread of the pool. */
export type StartWorker = () => Worker

/**
 * Starts a rows worker of this build: `rows-worker.cjs` beside the bundle, or the TypeScript source
 * through tsx's loader, registered in the new thread before the source is imported (a `--import` of
 * tsx in a worker's `execArgv` does not reach the worker's own entry on Node 20).
 */
export const startRowsWorker: StartWorker = () => {
  // In the bundle, `import.meta.url` is the bundle's own address (build/cli/main.cjs).
  if (import.meta.url.endsWith('.cjs')) return new Worker(new URL('./rows-worker.cjs', import.meta.url))
  const tsxPackage = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))
  const api = new URL('dist/esm/api/index.mjs', tsxPackage).href
  const source = new URL('./rows-worker.ts', import.meta.url).href
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}) })`
  return new Worker(code, { eval: true })
}

/**
 * A runner for the core (`setMatrixRowsRunner`) that spreads large tasks over `threads` threads;
 * smaller ones, or all once the pool has failed, run here.
 */
export function parallelRowsRunner(threads: number, start: StartWorker = startRowsWorker): MatrixRowsRunner {
  const pool = new RowsPool(threads - 1, start)
  return (task, progress) =>
    threads < 2 ||
    pool.broken ||
    task.placeRank.length < PARALLEL_MIN_PLACES ||
    task.places.length < MIN_ROWS_PER_THREAD * 2
      ? rowsHere(task, progress)
      : pool.run(task, progress)
}

/** Worker threads that take rows beside the main thread; `broken` once one has failed. */
export class RowsPool {
  broken = false
  /** Rows of the last task written by this thread (the rest by workers), for tests and benchmarks. */
  rowsHere = 0
  private workers: Worker[] | undefined
  constructor(
    private readonly size: number,
    private readonly start: StartWorker,
  ) {}

  /** The task's rows, computed by the workers and this thread; blocks until all are written. */
  run(task: MatrixTask, progress?: Progress): MatrixRowsResult {
    const rows = task.places.length
    const message = rowsMessage(task)
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker thread, not a window
    for (const worker of this.started()) worker.postMessage(message)
    const { control, rowDone } = message
    const searcher = new RowSearcher(message.task)
    const report = () => progress?.(Atomics.load(control, ROWS_DONE), rows, 'rows')
    this.rowsHere = takeRows(message, searcher, report)
    let done = Atomics.load(control, ROWS_DONE)
    let heard = Date.now()
    while (done < rows) {
      if (Atomics.load(control, FAILED) === 1 || Date.now() - heard > SILENCE_MS) {
        this.giveUp()
        for (let r = 0; r < rows; r++)
          if (Atomics.load(rowDone, r) === 0) {
            searcher.row(r, message.result)
            this.rowsHere++
          }
        break
      }
      Atomics.wait(control, ROWS_DONE, done, WAIT_SLICE_MS)
      const now = Atomics.load(control, ROWS_DONE)
      if (now !== done) {
        done = now
        heard = Date.now()
        report()
      }
    }
    return message.result
  }

  private started(): Worker[] {
    if (!this.workers) {
      this.workers = []
      try {
        for (let i = 0; i < this.size; i++) {
          const worker = this.start()
          this.workers.push(worker)
          worker.unref()
          // Heard only between tasks (the main thread is busy during one): the next task runs here.
          worker.on('error', () => this.giveUp())
          worker.on('exit', () => this.giveUp())
        }
      } catch {
        // A machine that refuses threads (a sandbox, no memory left): this task and the next run here.
        this.giveUp()
        return []
      }
    }
    return this.broken ? [] : this.workers
  }

  private giveUp(): void {
    if (this.broken) return
    this.broken = true
    for (const worker of this.workers ?? []) void worker.terminate()
  }
}

/** What every thread of a task is given: the task, counters and tables, all in shared memory. */
export function rowsMessage(task: MatrixTask): RowsMessage {
  const rows = task.places.length
  const table = () => new Float64Array(new SharedArrayBuffer(rows * rows * 8))
  return {
    task: sharedTask(task),
    control: new Int32Array(new SharedArrayBuffer(3 * 4)),
    rowDone: new Int32Array(new SharedArrayBuffer(rows * 4)),
    result: { minutes: table(), km: table(), driving: table() },
  }
}

/** Copies of the topology's arrays in shared memory, made once per array (every scenario shares them). */
const sharedCopies = new WeakMap<object, unknown>()

/**
 * The task with every array in shared memory: the topology's copied once, the scenario's costs and
 * times (which differ per network) every time.
 */
function sharedTask(task: MatrixTask): MatrixTask {
  const once = <T extends SharedArray>(array: T): T => {
    let copy = sharedCopies.get(array) as T | undefined
    if (!copy) sharedCopies.set(array, (copy = shared(array)))
    return copy
  }
  return {
    arcStart: once(task.arcStart),
    arcTarget: once(task.arcTarget),
    arcLink: once(task.arcLink),
    placeRank: once(task.placeRank),
    linkKm: once(task.linkKm),
    linkIsRoad: once(task.linkIsRoad),
    arcCost: shared(task.arcCost),
    linkTravelMinutes: shared(task.linkTravelMinutes),
    linkWaitMinutes: shared(task.linkWaitMinutes),
    places: shared(task.places),
  }
}

type SharedArray = Int32Array | Float64Array | Uint8Array

function shared<T extends SharedArray>(array: T): T {
  const copy = new (array.constructor as new (buffer: SharedArrayBuffer) => T)(new SharedArrayBuffer(array.byteLength))
  copy.set(array as never)
  return copy
}
