/**
 * Progress
 * ========
 * How a long computation tells its caller how far it has gone: `done` of `total` steps of a stage,
 * called after each step. The command line shows it on a terminal; nothing in the core depends on it
 * being given.
 */

/** What a stage's steps are: rows of a matrix searched, or projects measured. */
export type ProgressStage = 'rows' | 'projects'

export type Progress = (done: number, total: number, stage: ProgressStage) => void
