/**
 * Rows worker
 * ===========
 * A thread of `parallel-rows.ts`: for each task it is sent, takes rows from the shared counter until
 * none is left. An error marks the task failed (the main thread then writes the rows left itself) and
 * is not thrown further: the main thread is blocked waiting and would not hear of it.
 */
import { parentPort } from 'node:worker_threads'
import { RowSearcher } from '../core/index.ts'
import { FAILED, ROWS_DONE, takeRows, type RowsMessage } from './rows-protocol.ts'

parentPort?.on('message', (message: RowsMessage) => {
  try {
    takeRows(message, new RowSearcher(message.task))
  } catch {
    Atomics.store(message.control, FAILED, 1)
    Atomics.notify(message.control, ROWS_DONE)
  }
})
