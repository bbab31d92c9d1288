/**
 * route
 * =====
 * Fastest or shortest route between two places in a scenario, with alternatives.
 */
import { arrivalTiming, buildScenarioNetwork, findAlternatives, findRoute } from '../../core/index.ts'
import { COMMON_OPTIONS, numberOption, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import {
  ROUTING_HELP,
  ROUTING_OPTIONS,
  SCENARIO_HELP,
  SCENARIO_OPTIONS,
  routingFromOptions,
  scenarioFromOptions,
} from '../scenario-options.ts'
import { routeJson, routeText } from '../format-route.ts'
import { UserError } from '../user-error.ts'

export const ROUTE_HELP = `Usage: heritage-routes route --from ID --to ID [options]

The fastest (or shortest) route between two places, leg by leg, with waits for boats, trains and
one-lane bridges as legs of their own, the projects it relies on, and labelled alternatives.

Options:
  --from ID, --to ID     place ids (e.g. kiep-bac-temple, vinh-nghiem-pagoda)
  --alternatives N       up to N alternatives (default 2, 0 for none, at most 3)
  --depart HH:MM         leave at this time: prints the arrival time and whether the destination
                         is open then (on the scenario's date, else today)
  --data FILE            another dataset in the same format
  --json                 one JSON document: reachable, minutes, km, places, legs, projects,
                         scenario, alternatives (and reason when not reachable)

${ROUTING_HELP}

${SCENARIO_HELP}

Exit status: 0 for any answer, "no route" included; 2 for bad input.`

export function runRoute(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('route', argv, {
    ...COMMON_OPTIONS,
    ...SCENARIO_OPTIONS,
    ...ROUTING_OPTIONS,
    from: { type: 'string' },
    to: { type: 'string' },
    alternatives: { type: 'string' },
    depart: { type: 'string' },
  })
  if (values.help) {
    io.out(ROUTE_HELP)
    return 0
  }
  const missing = (['from', 'to'] as const).filter((k) => values[k] === undefined)
  if (missing.length) throw new UserError(missing.map((k) => `route: --${k} ID is required`))
  if (values.depart !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(values.depart))
    throw new UserError([`route: --depart "${values.depart}" must be a time written HH:MM (24-hour), e.g. 07:30`])
  const alternativeCount = numberOption('alternatives', values.alternatives ?? '2', { min: 0, max: 3, integer: true })!
  const dataset = loadValidDataset(values.data)
  const scenario = scenarioFromOptions(dataset, values, io.today())
  const network = buildScenarioNetwork(dataset, scenario, routingFromOptions(values))
  const result = findRoute(network, values.from!, values.to!)
  const alternatives = result.reachable ? findAlternatives(network, result, alternativeCount) : []
  const arrival =
    result.reachable && values.depart !== undefined
      ? arrivalTiming(dataset, result, scenario.date ?? io.today(), values.depart)
      : null
  io.out(
    values.json
      ? JSON.stringify(routeJson(dataset, result, alternatives, arrival), null, 2)
      : routeText(dataset, result, alternatives, arrival),
  )
  return 0
}
