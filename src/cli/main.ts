/**
 * Entry point of the command line: wires the process streams and exit status to `runCli`.
 */
import { runCli } from './cli.ts'
import { processIo } from './io.ts'

// A closed pipe (`... | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = runCli(process.argv.slice(2), processIo)
