/**
 * Command line
 * ============
 * `heritage-routes <command> [options]`: dispatches to one command module and turns user errors into
 * one clear message each and exit code 2.
 */
import { UserError } from './user-error.ts'
import { terminalSafe } from './output.ts'
import type { Io } from './io.ts'
import { runValidate } from './commands/validate.ts'
import { runRoute } from './commands/route.ts'
import { runMatrix } from './commands/matrix.ts'
import { runReach } from './commands/reach.ts'
import { runScenarios } from './commands/scenarios.ts'
import { runItinerary } from './commands/itinerary.ts'
import { runSuggest } from './commands/suggest.ts'
import { runCompare } from './commands/compare.ts'
import { runImpact } from './commands/impact.ts'
import { runTimeline } from './commands/timeline.ts'
import { runCritical } from './commands/critical.ts'
import { runImport } from './commands/import.ts'
import { runOverlay } from './commands/overlay.ts'
import { CoreError } from '../core/index.ts'

export type Command = (argv: readonly string[], io: Io) => number

export const COMMANDS: Record<string, { run: Command; summary: string }> = {
  validate: { run: runValidate, summary: 'check a dataset and list every problem' },
  route: { run: runRoute, summary: 'fastest or shortest route between two places, with alternatives' },
  matrix: { run: runMatrix, summary: 'minutes and km between places (table, CSV or JSON)' },
  reach: { run: runReach, summary: 'every place reachable within a number of minutes' },
  itinerary: { run: runItinerary, summary: 'plan a day trip or a tour of several days, within opening hours' },
  suggest: { run: runSuggest, summary: 'rank the curated tours by the heritage value that fits' },
  compare: { run: runCompare, summary: 'before and after: pairs, projects, reach (table, md, csv, json)' },
  impact: { run: runImpact, summary: 'which project matters most, alone and in combination' },
  timeline: { run: runTimeline, summary: 'minutes per trip year by year: promised, real, delayed; what delays cost' },
  critical: { run: runCritical, summary: 'which links, if closed, cost the most trips and minutes' },
  scenarios: { run: runScenarios, summary: "the scenario presets and every project's dates" },
  import: { run: runImport, summary: 'build a dataset from OpenStreetMap XML or GeoJSON roads, with an overlay' },
  overlay: {
    run: runOverlay,
    summary: "a dataset's places and projects as an overlay for import (the nine by default)",
  },
}

const HELP = () => `Usage: heritage-routes <command> [options]
   or: npm run --silent cli -- <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Every command accepts --data FILE (another dataset in the same format), --json and --help.
Exit status: 0 for any answer, 2 for bad input, 1 for an internal error.`

/** True when the command line asks for one JSON document on stdout. */
function wantsJson(argv: readonly string[]): boolean {
  const json = (f: string | undefined) => f === 'json' || f === 'geojson'
  return argv.some(
    (a, i) => a === '--json' || json(/^--format=(.*)$/.exec(a)?.[1]) || (a === '--format' && json(argv[i + 1])),
  )
}

/**
 * Runs one command line; never throws. Returns the exit status. Everything written goes through
 * `terminalSafe`, so no text from a dataset can reach the terminal as a control sequence.
 */
export function runCli(argv: readonly string[], rawIo: Io): number {
  const json = wantsJson(argv)
  const io: Io = {
    out: (text) => rawIo.out(terminalSafe(text, json)),
    err: (text) => rawIo.err(terminalSafe(text, false)),
    ...(rawIo.progress && {
      progress: (text: string | null) => rawIo.progress!(text === null ? null : terminalSafe(text, false)),
    }),
    today: () => rawIo.today(),
    now: () => rawIo.now(),
  }
  try {
    const [command, ...rest] = argv
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(HELP())
      return command === undefined ? 2 : 0
    }
    const entry = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined
    if (!entry) {
      const near = Object.keys(COMMANDS).filter((c) => c.startsWith(command.slice(0, 2)))
      throw new UserError(
        `unknown command "${command}"${near.length ? ` (did you mean ${near.join(' or ')}?)` : ''}. Commands: ${Object.keys(COMMANDS).join(', ')}.`,
      )
    }
    return entry.run(rest, io)
  } catch (error) {
    if (error instanceof UserError) {
      for (const line of error.lines) io.err(line)
      return 2
    }
    if (error instanceof CoreError) {
      io.err(error.message)
      return 2
    }
    io.err(`internal error: ${error instanceof Error ? error.message : String(error)}`)
    io.err('This is a bug in heritage-routes, not in your input. Set DEBUG=1 to see the stack.')
    if (process.env.DEBUG) io.err(error instanceof Error ? String(error.stack) : String(error))
    return 1
  }
}
