/**
 * Progress
 * ========
 * A line on the terminal that says how far a long command has gone and about how long is left
 * ("matrix: 57 of 200 places searched, about 40 s left"), stage by stage, rewritten in place at most five times a
 * second and wiped when the command ends. Written only where `Io.progress` goes to a terminal: a
 * pipe, a file or a test gets nothing (`processIo`).
 */
import type { Progress, ProgressStage } from '../core/index.ts'
import type { Io } from './io.ts'

/** Least time between two rewrites of the line. */
const REWRITE_MS = 200
/** No estimate before this much time has passed (the first steps say little about the rest). */
const ESTIMATE_AFTER_MS = 2000

/**
 * A `Progress` that shows `describe(done, total, stage)` and an estimate of the stage's time left
 * (each stage starts its own); call `end` when done.
 */
export function progressLine(
  io: Io,
  describe: (done: number, total: number, stage: ProgressStage) => string,
  now: () => number = () => performance.now(),
): Progress & { end(): void } {
  let start: number | null = null,
    startDone = 0,
    shown = -Infinity,
    written = false,
    current: ProgressStage | null = null
  const report = (done: number, total: number, stage: ProgressStage) => {
    if (!io.progress) return
    const t = now()
    if (stage !== current) {
      current = stage
      start = null
      shown = -Infinity
    }
    if (start === null) {
      start = t
      startDone = done
    }
    if (done < total && t - shown < REWRITE_MS) return
    shown = t
    const rate = (t - start) / Math.max(1, done - startDone)
    const left =
      done < total && t - start >= ESTIMATE_AFTER_MS && done > startDone ? `, ${aboutLeft((total - done) * rate)}` : ''
    io.progress(`${describe(done, total, stage)}${left}`)
    written = true
  }
  return Object.assign(report, {
    end: () => {
      if (written) io.progress?.(null)
    },
  })
}

/** "about 40 s left", "about 3 min left". */
export function aboutLeft(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000))
  return s < 90 ? `about ${s} s left` : `about ${Math.round(s / 60)} min left`
}
