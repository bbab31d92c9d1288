/**
 * impact
 * ======
 * Which project matters most: the trips each makes faster (or slower) on its own, and the trips the
 * "after" network loses without it, in minutes per trip; and, for a project that changes nothing,
 * why.
 */
import {
  defaultComparePlaces,
  describeNoEffect,
  describeScenario,
  formatMinutes,
  MAX_COMPARE_PLACES,
  projectImpacts,
} from '../../core/index.ts'
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { progressLine } from '../progress.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import { formatTable } from '../output.ts'
import { jsonText } from '../json-output.ts'
import { ROUTING_HELP, ROUTING_OPTIONS, placeList, routingFromOptions, scenarioJson } from '../scenario-options.ts'
import { SIDE_HELP, SIDE_OPTIONS, sideScenario } from '../compare-options.ts'

export const IMPACT_HELP = `Usage: heritage-routes impact [--before SCENARIO] [--after SCENARIO] [--places ID,...] [--json]

For each project, over the trips between every pair of the compared places (heritage sites and
gateways unless --places):
  alone     the project added on its own to "before": trips faster (and slower), minutes saved per
            faster trip, routes it creates;
  without   the project removed on its own from "after": trips that get slower, minutes lost per
            slower trip, routes lost;
and, when a figure is zero, why (already open, needs another project, slower than the road, …).
Most important first: most routes created, then most trip-minutes saved.

Options:
  --places ID,...        the places whose pairs count (at most ${MAX_COMPARE_PLACES})
  --json                 { before, after, projects: [{ id, alone, without, aloneReason,
                         withoutReason, topPairs, needs }] }

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
  const dataset = loadValidDataset(values.data as string | undefined)
  const today = io.today()
  const before = sideScenario(dataset, values, 'before', today),
    after = sideScenario(dataset, values, 'after', today)
  const places =
    placeList('places', values.places as string | undefined, MAX_COMPARE_PLACES, 'an impact table') ??
    defaultComparePlaces(dataset)
  const line = progressLine(io, (done, total, stage) =>
    stage === 'rows'
      ? `impact: ${done} of ${total} searches for the two scenarios`
      : `impact: ${done} of ${total} projects measured`,
  )
  let impacts
  try {
    impacts = projectImpacts(
      dataset,
      before,
      after,
      places,
      routingFromOptions(values as Record<string, string | boolean | undefined>),
      line,
    )
  } finally {
    line.end()
  }
  if (values.json) {
    io.out(jsonText({ before: scenarioJson(before), after: scenarioJson(after), projects: impacts }))
    return 0
  }
  const m = (x: number) => formatMinutes(x)
  io.out(`Before: ${describeScenario(before, dataset, 'en')}\nAfter:  ${describeScenario(after, dataset, 'en')}\n`)
  io.out(
    formatTable(
      [
        '#',
        'project',
        'alone: faster',
        'min per trip',
        'without: slower',
        'min per trip',
        'routes new alone / lost without',
        'helps most',
      ],
      impacts.map((p, i) => [
        String(i + 1),
        dataset.projectById.get(p.id)?.name.en ?? p.id,
        p.alone.slower ? `${p.alone.faster} (${p.alone.slower} slower)` : String(p.alone.faster),
        p.alone.faster ? m(p.alone.meanMinutesSavedPerFasterTrip) : '',
        p.without.slower ? `${p.without.faster} (${p.without.slower} faster)` : String(p.without.faster),
        p.without.faster ? m(p.without.meanMinutesSavedPerFasterTrip) : '',
        `${p.alone.connected} / ${p.without.connected}`,
        p.topPairs
          .slice(0, 1)
          .map(
            (t) =>
              `${t.from} ↔ ${t.to} ${t.withoutMinutes === null ? 'new' : m(t.withoutMinutes)} → ${t.withMinutes === null ? 'none' : m(t.withMinutes)}`,
          )
          .join(''),
      ]),
    ),
  )
  const reasons = impacts.flatMap((p) =>
    [p.aloneReason, p.withoutReason].flatMap((r, i) =>
      r && r.kind !== 'already-open' && r.kind !== 'not-open'
        ? [
            `${dataset.projectById.get(p.id)?.name.en ?? p.id} (${i === 0 ? 'alone' : 'without it'}): ${describeNoEffect(r, dataset, 'en', i === 0 ? 'alone' : 'without')}`,
          ]
        : [],
    ),
  )
  if (reasons.length) io.out(`\nWhy some figures are zero:\n${reasons.map((r) => `- ${r}`).join('\n')}`)
  io.out(
    `\nTrips are pairs of places (${places.length} places). "without" counts the trips the after scenario loses without the project.`,
  )
  return 0
}
