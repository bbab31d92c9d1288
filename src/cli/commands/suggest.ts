/**
 * suggest
 * =======
 * Ranks the curated tours by the heritage value that fits from a start in a number of days, and shows
 * what the projects change: the same tours before (2023) and with every project open.
 */
import {
  buildScenarioNetwork,
  formatIssue,
  MAX_DAYS,
  parseTours,
  resolveScenario,
  suggestTours,
  type Dataset,
  type DatasetIssue,
  type Tour,
  placeName,
} from '../../core/index.ts'
import { COMMON_OPTIONS, numberOption, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import { EMBEDDED_TOURS_PATH } from '../load-dataset.ts'
import { formatTable, plural } from '../output.ts'
import {
  ROUTING_HELP,
  ROUTING_OPTIONS,
  SCENARIO_HELP,
  SCENARIO_OPTIONS,
  routingFromOptions,
  scenarioFromOptions,
  scenarioJson,
  scenarioLine,
} from '../scenario-options.ts'
import { minutesText } from '../format-route.ts'
import { UserError } from '../user-error.ts'
import { readInputFile } from '../read-input-file.ts'

export const SUGGEST_HELP = `Usage: heritage-routes suggest --start ID --days N [options]

Plans each curated tour (data/tours.json) from your start over N days and ranks them by the heritage
value that fits (UNESCO component 4, special national relic 3, national 2, provincial 1, other 0.5),
then by time. With --compare, also shows each tour in 2023 (agreement-2023) and with every project
open (full-vision).

Options:
  --start ID             where you start
  --days N               1 to 7 (default 1)
  --date YYYY-MM-DD      the first day (default today)
  --compare              add the 2023 and full-vision columns
  --tours FILE           other tours, same format as data/tours.json
  --json                 one JSON document: { scenario, suggestions: [...] }
  --data FILE            another dataset in the same format

${ROUTING_HELP}

${SCENARIO_HELP}`

/** Largest tours file read, in bytes. */
export const MAX_TOURS_BYTES = 4 * 1024 * 1024

function loadTours(path: string | undefined, dataset: Dataset, io: Io): Tour[] {
  const file = path ?? EMBEDDED_TOURS_PATH
  const result = parseTours(readInputFile(file, '--tours', MAX_TOURS_BYTES), dataset)
  const where = (issue: DatasetIssue) => `--tours ${file}: ${formatIssue(issue)}`
  if (!result.ok)
    throw new UserError([
      `--tours ${file}: invalid tours${path ? '' : ' for this dataset (give --tours FILE)'}`,
      ...result.errors.slice(0, 20).map(where),
      ...(result.errors.length > 20 ? [`... and ${result.errors.length - 20} more`] : []),
    ])
  for (const skipped of result.skipped) {
    io.err(`warning: --tours ${file}: tour ${skipped.id ?? `tours[${skipped.index}]`} skipped:`)
    for (const issue of skipped.issues.slice(0, 5)) io.err(`  ${where(issue)}`)
  }
  return result.tours
}

export function runSuggest(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('suggest', argv, {
    ...COMMON_OPTIONS,
    ...SCENARIO_OPTIONS,
    ...ROUTING_OPTIONS,
    start: { type: 'string' },
    days: { type: 'string' },
    compare: { type: 'boolean' },
    tours: { type: 'string' },
  })
  if (values.help) {
    io.out(SUGGEST_HELP)
    return 0
  }
  if (!values.start) throw new UserError('suggest: --start ID is required')
  const days = numberOption('days', values.days ?? '1', { min: 1, max: MAX_DAYS, integer: true })!
  const dataset = loadValidDataset(values.data)
  const tours = loadTours(values.tours, dataset, io)
  const today = io.today()
  const date = values.date ?? today
  const routing = routingFromOptions(values)
  const scenario = scenarioFromOptions(dataset, values, today)
  const suggest = (s: typeof scenario) =>
    suggestTours(buildScenarioNetwork(dataset, s, routing), tours, { start: values.start!, days, date })
  const run = (s: typeof scenario) => suggest(s).suggestions
  const first = suggest(scenario)
  for (const tour of first.skipped)
    io.err(`warning: tour ${tour.id} skipped: its only site is the start, ${values.start}; nothing to plan`)
  const main = first.suggestions
  const before = values.compare ? run(resolveScenario(dataset, { preset: 'agreement-2023' }, today)) : null
  const after = values.compare ? run(resolveScenario(dataset, { preset: 'full-vision' }, today)) : null
  const find = (list: typeof main | null, id: string) => list?.find((s) => s.tour.id === id)
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          scenario: scenarioJson(scenario),
          start: values.start,
          days,
          date,
          suggestions: main.map((s) => ({
            tour: s.tour.id,
            value: s.value,
            fullValue: s.fullValue,
            sitesFitted: s.sitesFitted,
            sitesTotal: s.sitesTotal,
            order: s.itinerary.order,
            totalMinutes: Math.round(s.itinerary.totalMinutes),
            feasible: s.itinerary.feasible,
            ...(values.compare && {
              before: {
                value: find(before, s.tour.id)!.value,
                totalMinutes: Math.round(find(before, s.tour.id)!.itinerary.totalMinutes),
              },
              after: {
                value: find(after, s.tour.id)!.value,
                totalMinutes: Math.round(find(after, s.tour.id)!.itinerary.totalMinutes),
              },
            }),
          })),
        },
        null,
        2,
      ),
    )
    return 0
  }
  io.out(
    `Tours from ${placeName(dataset, values.start, 'vi')}, ${plural(days, 'day')} from ${date} — ${scenarioLine(scenario)}`,
  )
  const header = ['#', 'tour', 'sites', 'value', 'time', ...(values.compare ? ['2023', 'full vision'] : [])]
  io.out(
    formatTable(
      header,
      main.map((s, i) => {
        const cell = (x: ReturnType<typeof find>) =>
          x ? `${x.sitesFitted}/${x.sitesTotal}, ${minutesText(x.itinerary.totalMinutes)}` : ''
        return [
          String(i + 1),
          s.tour.name.en,
          `${s.sitesFitted}/${s.sitesTotal}`,
          `${s.value}/${s.fullValue}`,
          minutesText(s.itinerary.totalMinutes),
          ...(values.compare ? [cell(find(before, s.tour.id)), cell(find(after, s.tour.id))] : []),
        ]
      }),
    ),
  )
  io.out('\nPlan one with: itinerary --start ID --optional <its sites> --days N')
  return 0
}
