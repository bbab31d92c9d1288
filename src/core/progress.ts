/**
 * Progress
 * ========
 * How a long computation (a matrix's rows, a project's impacts) tells its caller how far it has
 * gone: `done` of `total` steps, called after each step. The command line shows it on a terminal;
 * nothing in the core depends on it being given.
 */
export type Progress = (done: number, total: number) => void
