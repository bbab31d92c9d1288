/**
 * Rows protocol
 * =============
 * What the main thread and the rows workers share for one matrix task (`parallel-rows.ts`): the task's
 * arrays and the result tables in shared memory, and three counters. A row is taken by adding one to
 * the next-row counter (each thread gets a different row), written, flagged done, and counted; the
 * count wakes the main thread when it waits.
 */
import type { MatrixRowsResult, MatrixTask, RowSearcher } from '../core/index.ts'

export interface RowsMessage {
  readonly task: MatrixTask
  /** `[NEXT_ROW, ROWS_DONE, FAILED]`. */
  readonly control: Int32Array
  /** 1 for each row written. */
  readonly rowDone: Int32Array
  readonly result: MatrixRowsResult
}

export const NEXT_ROW = 0
export const ROWS_DONE = 1
/** Set to 1 by a worker that met an error: the rows it took may never be written. */
export const FAILED = 2

/**
 * Takes rows until none is left and writes each; `afterRow` runs after each (the main thread reports
 * progress there). Returns how many this thread wrote.
 */
export function takeRows(message: RowsMessage, searcher: RowSearcher, afterRow?: () => void): number {
  const { control, rowDone, result } = message
  const size = message.task.places.length
  let taken = 0
  for (let r = Atomics.add(control, NEXT_ROW, 1); r < size; r = Atomics.add(control, NEXT_ROW, 1)) {
    searcher.row(r, result)
    Atomics.store(rowDone, r, 1)
    Atomics.add(control, ROWS_DONE, 1)
    Atomics.notify(control, ROWS_DONE)
    taken++
    afterRow?.()
  }
  return taken
}
