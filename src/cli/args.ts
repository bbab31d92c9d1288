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
/**
 * Reads a numeric option: plain decimal digits only (no `0x3`, no exponent, no 400-digit overflow),
 * within `[min, max]`; `integer` refuses fractions. Every numeric option of every command uses it.
 */
export function numberOption(
  option: string,
  text: string | undefined,
  range: { min: number; max: number; integer?: boolean; unit?: string },
): number | undefined {
  if (text === undefined) return undefined
  const what = range.integer ? 'a whole number' : 'a number'
  const unit = range.unit ? ` of ${range.unit}` : ''
  const message = `--${option}: "${text.length > 40 ? `${text.slice(0, 40)}…` : text}" must be ${what}${unit} from ${range.min} to ${range.max}`
  const pattern = range.integer ? /^-?\d{1,9}$/ : /^-?\d{1,9}(\.\d{1,6})?$/
  if (!pattern.test(text)) throw new UserError(message)
  const value = Number(text)
  if (!Number.isFinite(value) || value < range.min || value > range.max) throw new UserError(message)
  return value
}

export const COMMON_OPTIONS = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec

/**
 * A negative number after an option that takes a value (`--within -5`) is that option's value, not
 * another option: written `--within=-5` so the parser reads it, and the option's own check refuses it
 * with the right message.
 */
function joinNegativeValues(argv: readonly string[], options: OptionSpec): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!,
      next = argv[i + 1]
    const name = arg.startsWith('--') ? arg.slice(2) : null
    if (name && options[name]?.type === 'string' && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${arg}=${next}`)
      i++
    } else out.push(arg)
  }
  return out
}

/** Parses `argv` against `options`; unknown options, missing values and repeats become a UserError. */
export function parseCommandArgs<O extends OptionSpec>(
  command: string,
  argv: readonly string[],
  options: O,
): { values: ParsedValues<O> } {
  try {
    const { values, tokens } = parseArgs({
      args: joinNegativeValues(argv, options),
      options,
      strict: true,
      allowPositionals: false,
      tokens: true,
    })
    // node:util keeps the last of a repeated option silently; a repeat is more likely a mistake.
    const seen = new Set<string>()
    for (const token of tokens) {
      if (token.kind !== 'option' || options[token.name]?.multiple) continue
      if (seen.has(token.name)) throw new UserError(`${command}: --${token.name} is given twice; give it once`)
      seen.add(token.name)
    }
    return { values: values as ParsedValues<O> }
  } catch (error) {
    if (error instanceof UserError) throw error
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
