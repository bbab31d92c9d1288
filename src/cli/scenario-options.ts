/**
 * Scenario and routing options
 * ============================
 * The options every computing command shares, turned into a core scenario and routing options.
 */
import {
  TRAVEL_PROFILES,
  PROFILE_RULES,
  LINK_MODES,
  MAX_DELAY_MONTHS,
  type WhatIf,
  resolveScenario,
  type Dataset,
  type LinkMode,
  type Optimize,
  type RoutingOptions,
  type Scenario,
  type TravelProfile,
} from '../core/index.ts'
import { UserError } from './user-error.ts'

/** What-ifs on project dates, the same on every command that computes on a scenario. */
export const WHAT_IF_OPTIONS = {
  assume: { type: 'string', multiple: true },
  delay: { type: 'string', multiple: true },
} as const

export const SCENARIO_OPTIONS = {
  date: { type: 'string' },
  scenario: { type: 'string' },
  basis: { type: 'string' },
  with: { type: 'string' },
  without: { type: 'string' },
  ...WHAT_IF_OPTIONS,
} as const

export const WHAT_IF_HELP = `  --assume ID=YYYY-MM    assume an opening date for a project that has none (a what-if, marked as
                         an assumption in every answer; repeatable)
  --delay ID=MONTHS      move a project's expected and opening dates by MONTHS (-${MAX_DELAY_MONTHS}…${MAX_DELAY_MONTHS}; repeatable)`

export const ROUTING_OPTIONS = {
  profile: { type: 'string' },
  modes: { type: 'string' },
  optimize: { type: 'string' },
  'existing-only': { type: 'boolean' },
} as const

export const SCENARIO_HELP = `Scenario (the same on every command):
  --date YYYY-MM-DD      the network on that day: projects open from the day they opened,
                         or else from their expected date; a project with no date stays closed
  --basis expected|promised
                         read the expected dates (default) or the 2023 agreement's promised ones
  --scenario NAME        a preset: agreement-2023, today (default), committed, full-vision
  --with ID,...          open these projects as well
  --without ID,...       close these projects
${WHAT_IF_HELP}`

/** What each profile may not use, from the core's rule table. */
const PROFILE_HELP = TRAVEL_PROFILES.filter((p) => PROFILE_RULES[p].forbiddenRoadClasses.length > 0)
  .map((p) => `${p} avoids ${PROFILE_RULES[p].forbiddenRoadClasses.join(', ')} roads`)
  .join('; ')

export const ROUTING_HELP = `Routing:
  --profile ${TRAVEL_PROFILES.join('|')}   (default car; ${PROFILE_HELP})
  --modes ${LINK_MODES.join(',')}  modes allowed (default all)
  --optimize time|distance        fastest (default) or shortest
  --existing-only                 only links that exist today (no link of an unfinished project)`

/** Splits `a,b, c` into ids; empty items are an error naming the option. */
export function idList(option: string, value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined
  const items = value.split(',').map((s) => s.trim())
  if (items.some((s) => s === ''))
    throw new UserError(`--${option}: empty item in "${value}"; write ids separated by commas`)
  return items
}

/**
 * A list of place ids from an option: repeats removed (keeping the first), at most `max` places,
 * else a UserError that says the cap.
 */
export function placeList(option: string, value: string | undefined, max: number, what: string): string[] | undefined {
  const ids = idList(option, value)
  if (ids === undefined) return undefined
  const unique = [...new Set(ids)]
  if (unique.length > max)
    throw new UserError(`--${option}: ${unique.length} places; ${what} takes at most ${max}. Give fewer places.`)
  return unique
}

/** The what-ifs of `--assume ID=DATE` and `--delay ID=MONTHS`, checked for shape (the core checks the ids). */
export function whatIfFromOptions(values: Record<string, unknown>): WhatIf {
  const assume: Record<string, string> = {}
  for (const text of (values.assume as string[] | undefined) ?? []) {
    const m = /^([a-z0-9-]+)=(\d{4}(?:-\d{2}){0,2})$/.exec(text)
    if (!m) throw new UserError(`--assume: "${text}" must be written ID=YYYY-MM (or ID=YYYY, ID=YYYY-MM-DD)`)
    if (Object.hasOwn(assume, m[1]!)) throw new UserError(`--assume: "${m[1]}" is assumed twice`)
    assume[m[1]!] = m[2]!
  }
  const delay: Record<string, number> = {}
  for (const text of (values.delay as string[] | undefined) ?? []) {
    const m = /^([a-z0-9-]+)=(.+)$/.exec(text)
    if (!m) throw new UserError(`--delay: "${text}" must be written ID=MONTHS, e.g. cam-ly-bridge=12`)
    const months = Number(m[2])
    if (!/^-?\d{1,4}$/.test(m[2]!) || Math.abs(months) > MAX_DELAY_MONTHS)
      throw new UserError(
        `--delay: "${text}": the delay must be a whole number between -${MAX_DELAY_MONTHS} and ${MAX_DELAY_MONTHS} months`,
      )
    if (Object.hasOwn(delay, m[1]!)) throw new UserError(`--delay: "${m[1]}" is delayed twice`)
    delay[m[1]!] = months
  }
  return { ...(Object.keys(assume).length > 0 && { assume }), ...(Object.keys(delay).length > 0 && { delay }) }
}

export function scenarioFromOptions(
  dataset: Dataset,
  values: Record<string, string | boolean | undefined>,
  today: string,
  prefix = '',
): Scenario {
  const get = (name: string) => values[`${prefix}${name}`] as string | undefined
  const basis = get('basis')
  if (basis !== undefined && basis !== 'expected' && basis !== 'promised')
    throw new UserError(`--${prefix}basis: "${basis}" must be expected or promised`)
  return resolveScenario(
    dataset,
    {
      ...whatIfFromOptions(values),
      ...(get('scenario') !== undefined && { preset: get('scenario') }),
      ...(get('date') !== undefined && { date: get('date') }),
      ...(basis !== undefined && { basis }),
      ...(get('with') !== undefined && { with: idList(`${prefix}with`, get('with')) }),
      ...(get('without') !== undefined && { without: idList(`${prefix}without`, get('without')) }),
    },
    today,
  )
}

export function routingFromOptions(values: Record<string, string | boolean | undefined>): RoutingOptions {
  const profile = values.profile as string | undefined
  if (profile !== undefined && !(TRAVEL_PROFILES as readonly string[]).includes(profile))
    throw new UserError(`--profile: "${profile}" must be ${TRAVEL_PROFILES.join(', ')}`)
  const optimize = values.optimize as string | undefined
  if (optimize !== undefined && optimize !== 'time' && optimize !== 'distance')
    throw new UserError(`--optimize: "${optimize}" must be time or distance`)
  const modes = idList('modes', values.modes as string | undefined)
  for (const m of modes ?? [])
    if (!(LINK_MODES as readonly string[]).includes(m))
      throw new UserError(`--modes: "${m}" must be one of ${LINK_MODES.join(', ')}`)
  return {
    ...(profile !== undefined && { profile: profile as TravelProfile }),
    ...(optimize !== undefined && { optimize: optimize as Optimize }),
    ...(modes !== undefined && { modes: modes as LinkMode[] }),
    ...(values['existing-only'] === true && { existingOnly: true }),
  }
}

/** The scenario as every JSON answer shows it. */
export function scenarioJson(s: Scenario) {
  return {
    whatIf: s.whatIf,
    label: s.label,
    preset: s.preset,
    date: s.date,
    basis: s.basis,
    with: s.with,
    without: s.without,
    openProjects: s.openProjects,
  }
}

/** One line for people: `Scenario: today (2026-11-28) · open projects: dong-viet-bridge`. */
export function scenarioLine(s: Scenario): string {
  const basis = s.date !== null ? `, ${s.basis} dates` : ''
  return `Scenario: ${s.label}${basis} · open projects: ${s.openProjects.length ? s.openProjects.join(', ') : 'none'}`
}
