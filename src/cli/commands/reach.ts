/**
 * reach
 * =====
 * Every place reachable from one place within a number of minutes: "what can I visit from my hotel".
 */
import { buildScenarioNetwork, reachWithin, placeName } from '../../core/index.ts'
import { COMMON_OPTIONS, numberOption, parseCommandArgs } from '../args.ts'

/** Longest budget `reach` takes, in minutes (a week). */
export const MAX_REACH_MINUTES = 7 * 24 * 60
import type { Io } from '../io.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import { formatTable } from '../output.ts'
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
import { UserError } from '../user-error.ts'

export const REACH_HELP = `Usage: heritage-routes reach --from ID --within MINUTES [options]

Every place reachable from --from within MINUTES (travel and waits), nearest first.

Options:
  --from ID              the starting place
  --within MINUTES       the time budget, a positive number
  --sites-only           list heritage sites only
  --json                 { from, within, scenario, options, places: [{place, minutes, km}] }
  --data FILE            another dataset in the same format

${ROUTING_HELP.replace('  --optimize time|distance        fastest (default) or shortest\n', '')}

${SCENARIO_HELP}`

export function runReach(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('reach', argv, {
    ...COMMON_OPTIONS,
    ...SCENARIO_OPTIONS,
    profile: ROUTING_OPTIONS.profile,
    modes: ROUTING_OPTIONS.modes,
    'existing-only': ROUTING_OPTIONS['existing-only'],
    from: { type: 'string' },
    within: { type: 'string' },
    'sites-only': { type: 'boolean' },
  })
  if (values.help) {
    io.out(REACH_HELP)
    return 0
  }
  const problems: string[] = []
  if (values.from === undefined) problems.push('reach: --from ID is required')
  if (values.within === undefined) problems.push('reach: --within MINUTES is required')
  if (problems.length) throw new UserError(problems)
  const within = numberOption('within', values.within, { min: 1, max: MAX_REACH_MINUTES, unit: 'minutes' })!
  const dataset = loadValidDataset(values.data)
  const scenario = scenarioFromOptions(dataset, values, io.today())
  const network = buildScenarioNetwork(dataset, scenario, routingFromOptions(values))
  let places = reachWithin(network, values.from!, within)
  if (values['sites-only']) places = places.filter((p) => dataset.placeById.get(p.place)?.kind === 'heritage-site')
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          from: values.from,
          within,
          scenario: scenarioJson(scenario),
          options: network.options,
          places: places.map((p) => ({
            place: p.place,
            minutes: Math.round(p.minutes * 10) / 10,
            km: Math.round(p.km * 10) / 10,
          })),
        },
        null,
        2,
      ),
    )
    return 0
  }
  const name = (id: string) => placeName(dataset, id, 'vi')
  io.out(`From ${name(values.from!)} within ${within} min — ${scenarioLine(scenario)}`)
  if (places.length === 0) {
    io.out('Nothing is reachable within that time.')
    return 0
  }
  io.out(
    formatTable(
      ['place', 'kind', 'min', 'km'],
      places.map((p) => [
        name(p.place),
        dataset.placeById.get(p.place)?.kind ?? '',
        String(Math.round(p.minutes)),
        p.km.toFixed(1),
      ]),
    ),
  )
  return 0
}
