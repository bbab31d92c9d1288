/**
 * impact
 * ======
 * Which project matters most: what each saves on its own and what would be lost without it.
 */
import { defaultComparePlaces, projectImpacts } from '../../core/index.ts'
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import { formatTable } from '../output.ts'
import { ROUTING_HELP, ROUTING_OPTIONS, idList, routingFromOptions, scenarioJson } from '../scenario-options.ts'
import { SIDE_HELP, SIDE_OPTIONS, applyDelays, sideScenario } from '../compare-options.ts'

export const IMPACT_HELP = `Usage: heritage-routes impact [--before SCENARIO] [--after SCENARIO] [--places ID,...] [--json]

For each project: the weighted minutes it saves on its own (added alone to "before"), the weighted
minutes lost without it (removed alone from "after"), the projects it needs when it saves nothing
alone, and the pairs it helps most. Most important first.

${SIDE_HELP}

${ROUTING_HELP}`

export function runImpact(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('impact', argv, {
    ...COMMON_OPTIONS,
    ...SIDE_OPTIONS,
    ...ROUTING_OPTIONS,
    places: { type: 'string' },
  })
  if (values.help) {
    io.out(IMPACT_HELP)
    return 0
  }
  const dataset = applyDelays(loadValidDataset(values.data as string | undefined), values.delay as string[] | undefined)
  const today = io.today()
  const before = sideScenario(dataset, values, 'before', today),
    after = sideScenario(dataset, values, 'after', today)
  const places = idList('places', values.places as string | undefined) ?? defaultComparePlaces(dataset)
  const impacts = projectImpacts(
    dataset,
    before,
    after,
    places,
    routingFromOptions(values as Record<string, string | boolean | undefined>),
  )
  if (values.json) {
    io.out(JSON.stringify({ before: scenarioJson(before), after: scenarioJson(after), projects: impacts }, null, 2))
    return 0
  }
  io.out(`Before: ${before.label} · After: ${after.label}\n`)
  io.out(
    formatTable(
      ['#', 'project', 'saved alone', 'lost without', 'needs', 'helps most'],
      impacts.map((p, i) => [
        String(i + 1),
        dataset.projectById.get(p.id)?.name.en ?? p.id,
        String(Math.round(p.aloneMinutesSaved)),
        String(Math.round(p.withoutMinutesLost)),
        p.needs.join(', '),
        p.topPairs
          .slice(0, 1)
          .map((t) => `${t.from} ↔ ${t.to} −${Math.round(t.savedMinutes)} min`)
          .join(''),
      ]),
    ),
  )
  return 0
}
