/**
 * Entry point of the command line: wires the process streams and exit status to `runCli`, and lets
 * large matrices use the machine's cores (`parallel-rows.ts`).
 */
import { setMatrixRowsRunner } from '../core/index.ts'
import { runCli } from './cli.ts'
import { processIo } from './io.ts'
import { parallelRowsRunner, threadCount } from './parallel-rows.ts'

// A closed pipe (`... | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

let threads: number | undefined
try {
  threads = threadCount(process.env)
} catch (error) {
  processIo.err(error instanceof Error ? error.message : String(error))
  process.exitCode = 2
}
if (threads !== undefined) {
  if (threads > 1) setMatrixRowsRunner(parallelRowsRunner(threads))
  process.exitCode = runCli(process.argv.slice(2), processIo)
}
