/**
 * timeline
 * ========
 * Minutes per trip year by year, 2023–2035, on the dates the 2023 agreement promised and on the real
 * and expected ones (and, with `--delay`, with one project delayed); then what each late project cost
 * while it was late, and what the asked delay costs.
 */
import {
  defaultComparePlaces,
  delayImpact,
  describeNoEffect,
  formatMinutes,
  lateProjects,
  MAX_COMPARE_PLACES,
  travelTimeline,
  type Dataset,
  type LateCost,
  type Timeline,
  placeName,
  placeOf,
} from '../../core/index.ts'
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import { formatTable } from '../output.ts'
import { jsonText } from '../json-output.ts'
import {
  ROUTING_HELP,
  ROUTING_OPTIONS,
  WHAT_IF_OPTIONS,
  placeList,
  routingFromOptions,
  whatIfFromOptions,
} from '../scenario-options.ts'
import { UserError } from '../user-error.ts'

export const TIMELINE_HELP = `Usage: heritage-routes timeline [--from ID --to ID | --places ID,...] [--delay ID=MONTHS] [--json]

Minutes per trip on 1 January of each year from 2023 to 2035: once with projects opening on the
dates the 2023 agreement promised, once on the real and expected dates, and with --delay once more
with that project delayed. Then, for each project that opened (or is expected) late, what its
lateness cost: the trips it would have made faster, by how many minutes, for how many months; and
the same for the delay asked.

Options:
  --from ID, --to ID     one trip (default: every pair of heritage sites and gateways)
  --places ID,...        every pair of these places (at most ${MAX_COMPARE_PLACES})
  --assume ID=YYYY-MM    assume an opening date for a project that has none (repeatable)
  --delay ID=MONTHS      the delay to draw and cost (negative: brought forward); a project with no
                         date needs --assume first
  --json                 { places, trips, points: [{date, promisedMinutes, expectedMinutes,
                         delayedMinutes?}], late: [...], delay? }
  --data FILE

${ROUTING_HELP}`

function placesOf(dataset: Dataset, values: Record<string, unknown>): string[] {
  const from = values.from as string | undefined,
    to = values.to as string | undefined
  if ((from === undefined) !== (to === undefined))
    throw new UserError(
      `timeline: --${from === undefined ? 'from' : 'to'} ID is required with --${from === undefined ? 'to' : 'from'}`,
    )
  if (from !== undefined && values.places !== undefined)
    throw new UserError('timeline: give --from and --to, or --places, not both')
  for (const k of ['from', 'to'] as const) {
    const id = values[k] as string | undefined
    if (id !== undefined && placeOf(dataset, id) === undefined) throw new UserError(`--${k}: unknown place "${id}"`)
  }
  if (from !== undefined && from === to) throw new UserError('timeline: --from and --to are the same place')
  return from !== undefined
    ? [from, to!]
    : (placeList('places', values.places as string | undefined, MAX_COMPARE_PLACES, 'a timeline') ??
        defaultComparePlaces(dataset))
}

function lateLine(dataset: Dataset, l: LateCost, what: string, gain = false): string {
  const name = dataset.projectById.get(l.project)?.name.en ?? l.project
  const n = l.tripsAffected
  if (n === 0) return `${name} ${what}: no trip between these places changes meanwhile.`
  const months = `${l.months} month${l.months === 1 ? '' : 's'}`
  const trips = `${n} trip${n === 1 ? '' : 's'}`
  const perTrip = formatMinutes(Math.abs(l.extraMinutesPerAffectedTrip))
  const total = Math.round(Math.abs(l.extraTripMinutes))
  return gain
    ? `${name} ${what}: ${trips} faster for ${months}, ${perTrip} less per trip on average; ${total} trip-minutes saved if each of these trips is made once.`
    : `${name} ${what}: ${trips} slower${l.tripsCutOff ? ` (${l.tripsCutOff} with no route at all)` : ''} for ${months}, ${perTrip} more per trip on average; ${total} trip-minutes lost if each of these trips is made once.`
}

function table(t: Timeline, delayed: boolean): string {
  const m = (x: number | null | undefined) => (x === null || x === undefined ? 'no route' : x.toFixed(1))
  return formatTable(
    ['year', 'as promised', 'real/expected', ...(delayed ? ['delayed'] : [])],
    t.points
      .filter((p) => p.date.endsWith('-01-01'))
      .map((p) => [
        p.date.slice(0, 4),
        m(p.promisedMinutes),
        m(p.expectedMinutes),
        ...(delayed ? [m(p.delayedMinutes)] : []),
      ]),
  )
}

export function runTimeline(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('timeline', argv, {
    ...COMMON_OPTIONS,
    ...ROUTING_OPTIONS,
    ...WHAT_IF_OPTIONS,
    from: { type: 'string' },
    to: { type: 'string' },
    places: { type: 'string' },
  })
  if (values.help) {
    io.out(TIMELINE_HELP)
    return 0
  }
  const dataset = loadValidDataset(values.data as string | undefined)
  const places = placesOf(dataset, values)
  const options = routingFromOptions(values as Record<string, string | boolean | undefined>)
  const { assume, delay } = whatIfFromOptions(values)
  const delays = Object.entries(delay ?? {})
  if (delays.length > 1) throw new UserError('--delay: timeline draws one delay at a time; give one --delay')
  const whatIf = assume ? { assume } : {}
  const today = io.today()
  const late = lateProjects(dataset, places, today, options, whatIf)
  const asked = delays[0] ? delayImpact(dataset, delays[0][0], delays[0][1], places, today, options, whatIf) : null
  const timeline = asked?.timeline ?? travelTimeline(dataset, places, today, options, { whatIf })
  if (values.json) {
    io.out(jsonText({ places: timeline.places, trips: timeline.trips, points: timeline.points, late, delay: asked }))
    return 0
  }
  const what =
    places.length === 2
      ? `${placeName(dataset, places[0]!, 'vi')} → ${placeName(dataset, places[1]!, 'vi')}`
      : `mean over ${timeline.trips} trips between ${places.length} places`
  io.out(`Minutes per trip on 1 January (${what})\n`)
  io.out(table(timeline, asked !== null))
  if (timeline.tripsWithoutRouteSometimes)
    io.out(`(${timeline.tripsWithoutRouteSometimes} trips without a route at some point are left out of the means.)`)
  for (const l of late)
    io.out(`\n${lateLine(dataset, l, `opened ${l.months} months late (promised ${l.onTime}, opening ${l.late})`)}`)
  if (asked) {
    const verb = asked.months >= 0 ? `delayed ${asked.months} months` : `brought forward ${-asked.months} months`
    io.out(
      `\n${lateLine(dataset, asked.cost, `${verb} (opening ${asked.opensDelayed} instead of ${asked.opens}${asked.assumed ? ', an assumed date' : ''})`, asked.months < 0)}`,
    )
    if (asked.noCostReason) io.out(`Why: ${describeNoEffect(asked.noCostReason, dataset, 'en', 'alone')}`)
  }
  return 0
}
