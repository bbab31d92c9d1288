/**
 * Arguments
 * =========
 * Strict option parsing on top of node:util, with messages that name the option at fault.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UserError } from './user-error.ts'

export type OptionSpec = NonNullable<ParseArgsConfig['options']>

/** The parsed option values: booleans for flags, strings for options that take a value. */
export type ParsedValues<O extends OptionSpec> = {
  [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string
}

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec

/** Parses `argv` against `options`; unknown options and missing values become a UserError. */
export function parseCommandArgs<O extends OptionSpec>(
  command: string,
  argv: readonly string[],
  options: O,
): { values: ParsedValues<O> } {
  try {
    const { values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false })
    return { values: values as ParsedValues<O> }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const unknown = /Unknown option '([^']+)'/.exec(message)
    if (unknown) {
      const known = Object.keys(options).map((o) => `--${o}`)
      throw new UserError(
        `${command}: unknown option ${unknown[1]}. Options: ${known.join(', ')}. See "${command} --help".`,
      )
    }
    const positional = /Unexpected argument '([^']+)'/.exec(message)
    if (positional)
      throw new UserError(
        `${command}: unexpected argument "${positional[1]}"; options start with --. See "${command} --help".`,
      )
    throw new UserError(`${command}: ${message.replace(/\. To specify.*$/s, '')}. See "${command} --help".`)
  }
}
