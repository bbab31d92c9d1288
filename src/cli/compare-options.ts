/**
 * Options shared by compare, impact and timeline: a SCENARIO is a preset name or a date, and each side
 * can open or close projects on top (`--before-with`, `--after-without`, …). `--delay ID=MONTHS`
 * moves a project's expected date before anything is computed.
 */
import { delayProject, MAX_DELAY_MONTHS, resolveScenario, type Dataset, type Scenario } from '../core/index.ts'
import { idList } from './scenario-options.ts'
import { UserError } from './user-error.ts'

export const SIDE_OPTIONS = {
  before: { type: 'string' },
  after: { type: 'string' },
  'before-with': { type: 'string' },
  'before-without': { type: 'string' },
  'after-with': { type: 'string' },
  'after-without': { type: 'string' },
  basis: { type: 'string' },
  delay: { type: 'string', multiple: true },
} as const

export const SIDE_HELP = `Scenarios:
  --before SCENARIO      a preset (agreement-2023, today, committed, full-vision) or a date
                         YYYY-MM-DD (default agreement-2023)
  --after SCENARIO       the same (default full-vision)
  --before-with ID,...   --before-without ID,...   --after-with ID,...   --after-without ID,...
                         open or close projects on one side
  --basis expected|promised
                         which dates a date scenario reads (default expected)
  --delay ID=MONTHS      move a project's expected and opening dates (what-if; repeatable)`

export function applyDelays(dataset: Dataset, delays: readonly string[] | undefined): Dataset {
  let d = dataset
  for (const text of delays ?? []) {
    const m = /^([a-z0-9-]+)=(.+)$/.exec(text)
    if (!m) throw new UserError(`--delay: "${text}" must be written ID=MONTHS, e.g. cam-ly-bridge=12`)
    const months = Number(m[2])
    if (!/^-?\d{1,4}$/.test(m[2]!) || Math.abs(months) > MAX_DELAY_MONTHS)
      throw new UserError(
        `--delay: "${text}": the delay must be a whole number between -${MAX_DELAY_MONTHS} and ${MAX_DELAY_MONTHS} months`,
      )
    d = delayProject(d, m[1]!, months)
  }
  return d
}

export function sideScenario(
  dataset: Dataset,
  values: Record<string, unknown>,
  side: 'before' | 'after',
  today: string,
): Scenario {
  const text = (values[side] as string | undefined) ?? (side === 'before' ? 'agreement-2023' : 'full-vision')
  const basis = values.basis as string | undefined
  if (basis !== undefined && basis !== 'expected' && basis !== 'promised')
    throw new UserError(`--basis: "${basis}" must be expected or promised`)
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(text)
  return resolveScenario(
    dataset,
    {
      ...(isDate ? { date: text } : { preset: text }),
      ...(basis !== undefined && { basis }),
      ...(values[`${side}-with`] !== undefined && { with: idList(`${side}-with`, values[`${side}-with`] as string) }),
      ...(values[`${side}-without`] !== undefined && {
        without: idList(`${side}-without`, values[`${side}-without`] as string),
      }),
    },
    today,
  )
}
