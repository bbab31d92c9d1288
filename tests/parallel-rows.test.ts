// A large matrix's rows spread over worker threads (`src/cli/parallel-rows.ts`) are the rows one
// thread computes, bit for bit: in a worker alone, in a pool beside the main thread, when a worker
// fails after taking rows or cannot start at all, and through the installed program with two threads
// against one. The thread count from the environment is checked by name.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  buildScenarioNetwork,
  parseDataset,
  resolveScenario,
  rowsHere,
  type MatrixRowsResult,
  type MatrixTask,
  type ScenarioNetwork,
} from '../src/core/index.ts'
import { matrixTask } from '../src/core/routing/matrix-rows.ts'
import {
  PARALLEL_MIN_PLACES,
  parallelRowsRunner,
  rowsMessage,
  RowsPool,
  startRowsWorker,
  threadCount,
} from '../src/cli/parallel-rows.ts'
import { FAILED, NEXT_ROW, ROWS_DONE } from '../src/cli/rows-protocol.ts'
import { seededRandom, syntheticDocument } from '../bench/synthetic-network.ts'

const TODAY = '2026-11-28'
const dir = mkdtempSync(join(tmpdir(), 'parallel-rows-'))
/** Just past the size from which matrices are spread over threads. */
const doc = syntheticDocument({ places: PARALLEL_MIN_PLACES + 1000, seed: 23, sites: 40 })
let network: ScenarioNetwork
let task: MatrixTask
let expected: MatrixRowsResult

beforeAll(() => {
  const parsed = parseDataset(doc)
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message)
  network = buildScenarioNetwork(parsed.dataset, resolveScenario(parsed.dataset, { date: '2029-01-01' }, TODAY))
  const random = seededRandom(9)
  const picks = Array.from({ length: 48 }, () => Math.floor(random() * network.placeIds.length))
  task = matrixTask(network, [...picks, picks[0]!])
  expected = rowsHere(task)
})

const workers: Worker[] = []
afterAll(async () => {
  await Promise.all(workers.map((w) => w.terminate()))
})
/** Starts a worker from code (a CommonJS script) and keeps it to be stopped after the tests. */
const workerFrom = (code: string) => () => {
  const worker = new Worker(code, { eval: true })
  workers.push(worker)
  return worker
}
const keep = (start: () => Worker) => () => {
  const worker = start()
  workers.push(worker)
  return worker
}

function expectSameTables(got: MatrixRowsResult, want: MatrixRowsResult): void {
  // Infinity (a place cut off) compares equal to itself; every other cell must be the same double.
  expect(Array.from(got.minutes)).toEqual(Array.from(want.minutes))
  expect(Array.from(got.km)).toEqual(Array.from(want.km))
  expect(Array.from(got.driving)).toEqual(Array.from(want.driving))
}

describe('rows in worker threads', () => {
  it('a worker alone writes every row of a task it is sent, as one thread does', async () => {
    const message = rowsMessage(task)
    const worker = keep(startRowsWorker)()
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker thread, not a window
    worker.postMessage(message)
    const rows = task.places.length
    for (const start = Date.now(); Atomics.load(message.control, ROWS_DONE) < rows;) {
      expect(Atomics.load(message.control, FAILED)).toBe(0)
      expect(Date.now() - start, 'the worker wrote no row for 30 s').toBeLessThan(30_000)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(Array.from(message.rowDone).every((flag) => flag === 1)).toBe(true)
    expectSameTables(message.result, expected)
  })

  it('a pool beside the main thread gives the same rows, task after task, and its workers write some', async () => {
    const pool = new RowsPool(2, keep(startRowsWorker))
    let elsewhere = 0
    // The workers start during the first task; between tasks they are given time to be up.
    for (let run = 0; run < 10 && elsewhere === 0; run++) {
      expectSameTables(pool.run(task), expected)
      elsewhere += task.places.length - pool.rowsHere
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    expect(elsewhere).toBeGreaterThan(0)
    expect(pool.broken).toBe(false)
  })

  it('a worker that fails after taking rows: the main thread writes them, and the pool is given up', () => {
    // Takes every row it can, writes none, and says it failed.
    const failing = workerFrom(`
      const { parentPort } = require('node:worker_threads')
      parentPort.on('message', (m) => {
        Atomics.add(m.control, ${NEXT_ROW}, 1000)
        Atomics.store(m.control, ${FAILED}, 1)
        Atomics.notify(m.control, ${ROWS_DONE})
      })`)
    const pool = new RowsPool(1, failing)
    // The worker starts while the first task runs; it takes rows once it is up.
    for (let run = 0; run < 40 && !pool.broken; run++) expectSameTables(pool.run(task), expected)
    expect(pool.broken).toBe(true)
    expectSameTables(pool.run(task), expected)
  })

  it('a worker that cannot start: the rows are written here, and the next tasks stay here', async () => {
    const pool = new RowsPool(2, workerFrom(`throw new Error('no worker today')`))
    expectSameTables(pool.run(task), expected)
    // The error reaches the pool once the main thread is free to hear it.
    for (let wait = 0; wait < 100 && !pool.broken; wait++) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(pool.broken).toBe(true)
    const runner = parallelRowsRunner(1)
    expectSameTables(runner(task), expected)
  })

  it('a machine that refuses threads: the rows are written here, and the pool is given up', () => {
    let asked = 0
    const pool = new RowsPool(2, () => {
      asked++
      throw new Error('ERR_WORKER_INIT_FAILED')
    })
    expectSameTables(pool.run(task), expected)
    expect(pool.broken).toBe(true)
    expect(pool.rowsHere).toBe(task.places.length)
    expectSameTables(pool.run(task), expected)
    expect(asked).toBe(1)
  })

  it('the thread count comes from HERITAGE_ROUTES_THREADS, or the machine', () => {
    expect(threadCount({ HERITAGE_ROUTES_THREADS: '1' })).toBe(1)
    expect(threadCount({ HERITAGE_ROUTES_THREADS: '3' })).toBe(3)
    expect(threadCount({ HERITAGE_ROUTES_THREADS: '500' })).toBe(16)
    expect(threadCount({})).toBeGreaterThanOrEqual(1)
    for (const bad of ['0', '-2', 'two', '1.5', ' 2'])
      expect(() => threadCount({ HERITAGE_ROUTES_THREADS: bad })).toThrow(
        `HERITAGE_ROUTES_THREADS: "${bad}" must be a whole number of threads, 1 or more`,
      )
  })
})

describe('the installed program', () => {
  const BIN = fileURLToPath(new URL('../bin/heritage-routes.cjs', import.meta.url))
  const run = (threads: string, args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, HERITAGE_ROUTES_THREADS: threads },
    })
    return { code: r.status, out: r.stdout, err: r.stderr }
  }

  it('answers a large matrix with two threads as with one', () => {
    const file = join(dir, 'large.json')
    writeFileSync(file, JSON.stringify(doc))
    const args = ['matrix', '--data', file, '--date', '2029-01-01', '--format', 'csv']
    const one = run('1', args)
    const two = run('2', args)
    expect(one.code, one.err).toBe(0)
    expect(two.code, two.err).toBe(0)
    // Every ordered pair of the 40 sites, a header, and the closing newline.
    expect(two.out.split('\n').length).toBe(40 * 39 + 2)
    expect(two.out).toBe(one.out)
  })

  it('refuses a thread count that is not one, by name, and answers nothing', () => {
    const r = run('many', ['route', '--from', 'hanoi', '--to', 'yen-tu'])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toBe('HERITAGE_ROUTES_THREADS: "many" must be a whole number of threads, 1 or more\n')
  })
})
