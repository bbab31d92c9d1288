/**
 * matrix
 * ======
 * Travel minutes and km between places (default: every heritage site) in a scenario.
 */
import { buildScenarioNetwork, MAX_MATRIX_PLACES, travelMatrix, placeName } from '../../core/index.ts'
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { PARALLEL_MIN_PLACES } from '../parallel-rows.ts'
import { progressLine } from '../progress.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import { csvCell, formatTable } from '../output.ts'
import {
  ROUTING_HELP,
  ROUTING_OPTIONS,
  SCENARIO_HELP,
  SCENARIO_OPTIONS,
  placeList,
  routingFromOptions,
  scenarioFromOptions,
  scenarioJson,
  scenarioLine,
} from '../scenario-options.ts'
import { UserError } from '../user-error.ts'

export const MATRIX_HELP = `Usage: heritage-routes matrix [--places ID,...] [options]

Travel minutes and km between every pair of places, along the best route of the scenario.

Options:
  --places ID,...        the places (default: every heritage site); repeats are removed; at most
                         ${MAX_MATRIX_PLACES} (one search each)
  --format table|csv|json
                         readable table of minutes (default), CSV rows from,to,minutes,km, or JSON
  --json                 same as --format json: { scenario, options, places, minutes, km }
  --data FILE            another dataset in the same format

On a network of ${PARALLEL_MIN_PLACES.toLocaleString('en')} places or more the rows are spread over the machine's cores, with the
same answer as one thread; HERITAGE_ROUTES_THREADS=N sets how many threads (1: one).

${ROUTING_HELP}

${SCENARIO_HELP}`

export function runMatrix(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('matrix', argv, {
    ...COMMON_OPTIONS,
    ...SCENARIO_OPTIONS,
    ...ROUTING_OPTIONS,
    places: { type: 'string' },
    format: { type: 'string' },
  })
  if (values.help) {
    io.out(MATRIX_HELP)
    return 0
  }
  const format = values.json ? 'json' : (values.format ?? 'table')
  if (!['table', 'csv', 'json'].includes(format))
    throw new UserError(`--format: "${format}" must be table, csv or json`)
  const dataset = loadValidDataset(values.data)
  const scenario = scenarioFromOptions(dataset, values, io.today())
  const network = buildScenarioNetwork(dataset, scenario, routingFromOptions(values))
  const places =
    placeList('places', values.places, MAX_MATRIX_PLACES, 'the matrix') ??
    dataset.places.filter((p) => p.kind === 'heritage-site').map((p) => p.id)
  if (places.length === 0)
    throw new UserError('--places: no places to compare (the dataset has no heritage sites; give --places)')
  const line = progressLine(io, (done, total) => `matrix: ${done} of ${total} places searched`)
  let m
  try {
    m = travelMatrix(network, places, line)
  } finally {
    line.end()
  }
  const r = (x: number | null, d: number) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d)
  if (format === 'json') {
    io.out(
      JSON.stringify(
        {
          scenario: scenarioJson(scenario),
          options: network.options,
          places: m.places,
          minutes: m.minutes.map((row) => row.map((x) => r(x, 1))),
          km: m.km.map((row) => row.map((x) => r(x, 1))),
        },
        null,
        2,
      ),
    )
  } else if (format === 'csv') {
    io.out('from,to,minutes,km')
    m.places.forEach((a, i) =>
      m.places.forEach((b, j) => {
        if (i !== j) io.out([a, b, r(m.minutes[i]![j]!, 1) ?? '', r(m.km[i]![j]!, 1) ?? ''].map(csvCell).join(','))
      }),
    )
  } else {
    io.out(scenarioLine(scenario))
    io.out(`Minutes by ${network.options.profile} (row → column); "-" = no route\n`)
    const short = m.places.map((_, i) => String(i + 1))
    io.out(
      formatTable(
        ['#', 'from', ...short],
        m.places.map((p, i) => [
          String(i + 1),
          placeName(dataset, p, 'vi'),
          ...m.minutes[i]!.map((x, j) => (i === j ? '·' : x === null ? '-' : String(Math.round(x)))),
        ]),
      ),
    )
  }
  return 0
}
