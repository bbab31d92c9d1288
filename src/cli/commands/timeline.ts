/**
 * timeline
 * ========
 * Travel time between two places year by year, 2023–2035, on the promised and on the real and
 * expected dates, and the cost of each delay.
 */
import { delayCosts, travelTimeline } from '../../core/index.ts'
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import { formatTable } from '../output.ts'
import { ROUTING_HELP, ROUTING_OPTIONS, routingFromOptions } from '../scenario-options.ts'
import { applyDelays } from '../compare-options.ts'
import { UserError } from '../user-error.ts'

export const TIMELINE_HELP = `Usage: heritage-routes timeline --from ID --to ID [--delay ID=MONTHS] [--json]

Travel minutes on 1 January of each year from 2023 to 2035: once with projects opening on the dates the
2023 agreement promised, once on the real and expected dates. Then, for each project that opened late,
how many minutes each trip cost meanwhile.

Options:
  --from ID, --to ID
  --delay ID=MONTHS      move a project's expected and opening dates first (what-if; repeatable)
  --json                 { from, to, points: [{date, promisedMinutes, expectedMinutes}], delays }
  --data FILE

${ROUTING_HELP}`

export function runTimeline(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('timeline', argv, {
    ...COMMON_OPTIONS,
    ...ROUTING_OPTIONS,
    from: { type: 'string' },
    to: { type: 'string' },
    delay: { type: 'string', multiple: true },
  })
  if (values.help) {
    io.out(TIMELINE_HELP)
    return 0
  }
  const missing = (['from', 'to'] as const).filter((k) => !values[k])
  if (missing.length) throw new UserError(missing.map((k) => `timeline: --${k} ID is required`))
  const dataset = applyDelays(loadValidDataset(values.data as string | undefined), values.delay as string[] | undefined)
  for (const k of ['from', 'to'] as const)
    if (!dataset.placeById.has(values[k] as never)) throw new UserError(`--${k}: unknown place "${values[k]}"`)
  const options = routingFromOptions(values as Record<string, string | boolean | undefined>)
  const points = travelTimeline(dataset, values.from!, values.to!, io.today(), options)
  const delays = delayCosts(dataset, values.from!, values.to!, io.today(), options)
  if (values.json) {
    io.out(JSON.stringify({ from: values.from, to: values.to, points, delays }, null, 2))
    return 0
  }
  const m = (x: number | null) => (x === null ? 'no route' : String(Math.round(x)))
  io.out(
    `${dataset.placeById.get(values.from as never)?.name.vi} → ${dataset.placeById.get(values.to as never)?.name.vi}, minutes on 1 January\n`,
  )
  io.out(
    formatTable(
      ['year', 'as promised', 'real/expected', 'difference'],
      points.map((p) => [
        p.date.slice(0, 4),
        m(p.promisedMinutes),
        m(p.expectedMinutes),
        p.promisedMinutes !== null &&
        p.expectedMinutes !== null &&
        Math.abs(p.expectedMinutes - p.promisedMinutes) > 0.5
          ? `+${Math.round(p.expectedMinutes - p.promisedMinutes)}`
          : '',
      ]),
    ),
  )
  for (const d of delays) {
    const name = dataset.projectById.get(d.project)?.name.en ?? d.project
    io.out(
      `\n${name} opened ${d.monthsLate} months late (promised ${d.promised}, opened ${d.opened}): ${Math.round(d.extraMinutesPerTrip)} extra minutes per trip on this route meanwhile.`,
    )
  }
  return 0
}
