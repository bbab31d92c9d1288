/**
 * critical
 * ========
 * Which links, if closed (a flood, a bridge under repair), cost the most in one scenario: trips cut
 * off, trips made slower and by how much. Only links on a best route between the compared places can
 * change anything; each is closed in turn.
 */
import {
  buildScenarioNetwork,
  criticalLinks,
  criticalListed,
  CRITICAL_ALL_UP_TO_PLACES,
  defaultComparePlaces,
  describeScenario,
  formatMinutes,
  MAX_COMPARE_PLACES,
  placeName,
} from '../../core/index.ts'
import { COMMON_OPTIONS, numberOption, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import { formatTable } from '../output.ts'
import { jsonText } from '../json-output.ts'
import {
  ROUTING_HELP,
  ROUTING_OPTIONS,
  SCENARIO_HELP,
  SCENARIO_OPTIONS,
  placeList,
  routingFromOptions,
  scenarioFromOptions,
  scenarioJson,
} from '../scenario-options.ts'

export const CRITICAL_HELP = `Usage: heritage-routes critical [scenario options] [--places ID,...] [--top N] [--json]

The links whose closure costs the most in one scenario, over the trips between every pair of the
compared places (heritage sites and gateways unless --places): trips cut off, trips made slower, the
minutes lost per slower trip, and the trips hit hardest. Most damaging first.

Options:
  --places ID,...        the places whose pairs count (at most ${MAX_COMPARE_PLACES})
  --top N                list at most N links (default 15); on a network of over
                         ${CRITICAL_ALL_UP_TO_PLACES.toLocaleString('en')} places only those are measured (the list is
                         the same as the full list's first N)
  --json                 { scenario, places, links: [{ link, summary, worst }] }

${SCENARIO_HELP}

${ROUTING_HELP}`

export function runCritical(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('critical', argv, {
    ...COMMON_OPTIONS,
    ...SCENARIO_OPTIONS,
    ...ROUTING_OPTIONS,
    places: { type: 'string' },
    top: { type: 'string' },
  })
  if (values.help) {
    io.out(CRITICAL_HELP)
    return 0
  }
  const dataset = loadValidDataset(values.data as string | undefined)
  const scenario = scenarioFromOptions(dataset, values, io.today())
  const places =
    placeList('places', values.places as string | undefined, MAX_COMPARE_PLACES, 'a critical-links table') ??
    defaultComparePlaces(dataset)
  const top = numberOption('top', values.top as string | undefined, { min: 1, max: 10_000, integer: true }) ?? 15
  const network = buildScenarioNetwork(
    dataset,
    scenario,
    routingFromOptions(values as Record<string, string | boolean | undefined>),
  )
  // On a large network only the first `top` are measured, and one more to know whether there are more.
  const all = criticalListed(network).top === undefined
  const links = criticalLinks(network, places as never, all ? {} : { top: top + 1 })
  if (values.json) {
    io.out(jsonText({ scenario: scenarioJson(scenario), places, links: links.slice(0, top) }))
    return 0
  }
  const name = (id: string) => placeName(dataset, id, 'vi')
  io.out(`Scenario: ${describeScenario(scenario, dataset, 'en')}\n`)
  if (links.length === 0) {
    io.out('Closing any single link changes no trip between these places.')
    return 0
  }
  io.out(
    formatTable(
      ['link', 'cut off', 'slower', 'min per slower trip', 'hit hardest'],
      links.slice(0, top).map((k) => [
        k.link,
        String(k.summary.disconnected),
        String(k.summary.slower),
        k.summary.slower ? formatMinutes(k.summary.meanMinutesLostPerSlowerTrip) : '',
        k.worst
          .slice(0, 1)
          .map(
            (p) =>
              `${name(p.from)} ↔ ${name(p.to)} ${p.afterMinutes === null ? 'cut off' : `+${formatMinutes(-p.savedMinutes!)}`}`,
          )
          .join(''),
      ]),
    ),
  )
  if (links.length > top)
    io.out(
      all
        ? `… ${links.length - top} more (--top ${links.length})`
        : `… more links change a trip (--top ${Math.min(top * 2, 10_000)} lists more; on a network of over ${CRITICAL_ALL_UP_TO_PLACES.toLocaleString('en')} places each takes a while)`,
    )
  io.out(`\nTrips are pairs of ${places.length} places; each link is closed alone, in both directions.`)
  return 0
}
