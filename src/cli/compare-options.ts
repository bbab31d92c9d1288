/**
 * Options shared by compare, impact and critical: each side is a full scenario (a preset name or a
 * date, plus projects opened or closed on that side), and the what-ifs (`--assume`, `--delay`) apply
 * to both sides alike, since they describe the world rather than one side of it.
 */
import { resolveScenario, type Dataset, type Scenario, type ScenarioRequest } from '../core/index.ts'
import { idList, WHAT_IF_HELP, WHAT_IF_OPTIONS, whatIfFromOptions } from './scenario-options.ts'
import { UserError } from './user-error.ts'

export const SIDE_OPTIONS = {
  before: { type: 'string' },
  after: { type: 'string' },
  'before-with': { type: 'string' },
  'before-without': { type: 'string' },
  'after-with': { type: 'string' },
  'after-without': { type: 'string' },
  basis: { type: 'string' },
  'before-basis': { type: 'string' },
  'after-basis': { type: 'string' },
  ...WHAT_IF_OPTIONS,
} as const

export const SIDE_HELP = `Scenarios:
  --before SCENARIO      a preset (agreement-2023, today, committed, full-vision) or a date
                         YYYY-MM-DD (default agreement-2023)
  --after SCENARIO       the same (default full-vision)
  --before-with ID,...   --before-without ID,...   --after-with ID,...   --after-without ID,...
                         open or close projects on one side
  --basis expected|promised
                         which dates a date scenario reads, both sides (default expected);
                         --before-basis and --after-basis set one side
${WHAT_IF_HELP}
                         (what-ifs apply to both sides)`

function basisOf(values: Record<string, unknown>, side: 'before' | 'after'): 'expected' | 'promised' | undefined {
  const option = values[`${side}-basis`] !== undefined ? `${side}-basis` : 'basis'
  const basis = values[option] as string | undefined
  if (basis !== undefined && basis !== 'expected' && basis !== 'promised')
    throw new UserError(`--${option}: "${basis}" must be expected or promised`)
  return basis
}

/** The scenario request of one side, for core calls that resolve it themselves. */
export function sideRequest(values: Record<string, unknown>, side: 'before' | 'after'): ScenarioRequest {
  const text = (values[side] as string | undefined) ?? (side === 'before' ? 'agreement-2023' : 'full-vision')
  const basis = basisOf(values, side)
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(text)
  return {
    ...whatIfFromOptions(values),
    ...(isDate ? { date: text } : { preset: text }),
    ...(basis !== undefined && { basis }),
    ...(values[`${side}-with`] !== undefined && { with: idList(`${side}-with`, values[`${side}-with`] as string) }),
    ...(values[`${side}-without`] !== undefined && {
      without: idList(`${side}-without`, values[`${side}-without`] as string),
    }),
  }
}

export function sideScenario(
  dataset: Dataset,
  values: Record<string, unknown>,
  side: 'before' | 'after',
  today: string,
): Scenario {
  return resolveScenario(dataset, sideRequest(values, side), today)
}
