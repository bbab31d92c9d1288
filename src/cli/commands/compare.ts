/**
 * compare
 * =======
 * Before and after: every pair of sites and gateways (faster, slower, newly connected, cut off), what
 * each project adds and what the network loses without it, the critical links on both sides, reach
 * from the gateways and one-day trips; as tables, a printable markdown report (in either language),
 * CSV or JSON. The same core call as the web app's compare page.
 */
import {
  buildComparison,
  comparisonMarkdown,
  describeNoEffect,
  describeScenario,
  formatMinutes,
  MAX_COMPARE_PLACES,
  pairsCsv,
  type Comparison,
  type ComparisonPart,
  type Dataset,
  type Language,
} from '../../core/index.ts'
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import { formatTable } from '../output.ts'
import { jsonText } from '../json-output.ts'
import { ROUTING_HELP, ROUTING_OPTIONS, placeList, routingFromOptions, scenarioJson } from '../scenario-options.ts'
import { SIDE_HELP, SIDE_OPTIONS, sideRequest } from '../compare-options.ts'
import { UserError } from '../user-error.ts'

export const COMPARE_HELP = `Usage: heritage-routes compare [--before SCENARIO] [--after SCENARIO] [options]

Compares two scenarios over every pair of heritage sites and gateways: how many trips are faster,
slower, newly connected or cut off, and by how many minutes; what each project adds on its own and
what the "after" network loses without it (and why a project changes nothing, when it does not);
the links whose closure costs the most, before and after; which sites each gateway reaches within
60, 90, 120 and 180 minutes; and which sites fit in a one-day trip from each gateway.

Options:
  --places ID,...        the places to compare (default: every heritage site and the gateways);
                         at most ${MAX_COMPARE_PLACES}
  --gateway ID           reach and day trips from this place only (default: Hà Nội, Bắc Giang,
                         Hải Dương, Hạ Long)
  --trip-date YYYY-MM-DD the day used for the one-day trips (opening hours; default today)
  --format table|md|csv|json
                         readable tables (default), a printable markdown report, CSV of every
                         pair, or JSON: { before, after, summary, pairs, links, projects, critical,
                         reach, dayTrips }
  --lang en|vi           language of the markdown report and of the names in the CSV (default en)
  --json                 same as --format json
  --data FILE            another dataset in the same format

${SIDE_HELP}

${ROUTING_HELP}

A trip is a pair of places; it is faster or slower when its time moves by more than half a minute.
Travel times rest on estimated lengths and speeds (see data/README.md).`

/** Options of a comparison, read and checked. */
export function comparisonFromOptions(
  dataset: Dataset,
  values: Record<string, unknown>,
  today: string,
  parts?: readonly ComparisonPart[],
): Comparison {
  const gateway = values.gateway as string | undefined
  const tripDate = (values['trip-date'] as string | undefined) ?? today
  if (!/^\d{4}-\d{2}-\d{2}$/.test(tripDate))
    throw new UserError(`--trip-date: "${tripDate}" must be a date written YYYY-MM-DD`)
  const places = placeList('places', values.places as string | undefined, MAX_COMPARE_PLACES, 'a comparison')
  return buildComparison(
    dataset,
    {
      before: sideRequest(values, 'before'),
      after: sideRequest(values, 'after'),
      ...(places && { places }),
      ...(gateway !== undefined && { gateways: [gateway] }),
      tripDate,
      options: routingFromOptions(values as Record<string, string | boolean | undefined>),
      ...(parts && { parts }),
    },
    today,
  )
}

function tables(c: Comparison, dataset: Dataset, io: Io): void {
  const m = (x: number | null) => (x === null ? 'no route' : formatMinutes(x))
  const name = (id: string) => dataset.placeById.get(id as never)?.name.vi ?? id
  const s = c.summary
  io.out(`Before: ${describeScenario(c.before, dataset, 'en')}`)
  io.out(`After:  ${describeScenario(c.after, dataset, 'en')}\n`)
  io.out(
    `${s.trips} pairs of places: ${s.faster} faster, ${s.slower} slower, ${s.connected} newly connected, ${s.disconnected} cut off, ${s.same} unchanged.`,
  )
  if (s.faster) io.out(`Faster trips save ${formatMinutes(s.meanMinutesSavedPerFasterTrip)} on average.`)
  if (s.slower) io.out(`Slower trips lose ${formatMinutes(s.meanMinutesLostPerSlowerTrip)} on average.`)
  io.out('')
  const changed = c.pairs.filter((p) => p.kind !== 'same' && p.kind !== 'unreachable')
  if (changed.length > 0) {
    io.out(
      formatTable(
        ['from', 'to', 'before', 'after', 'change', '%'],
        changed
          .slice(0, 20)
          .map((p) => [
            name(p.from),
            name(p.to),
            m(p.beforeMinutes),
            m(p.afterMinutes),
            p.savedMinutes === null
              ? p.kind === 'connected'
                ? 'new route'
                : 'cut off'
              : `${p.savedMinutes > 0 ? '−' : '+'}${formatMinutes(Math.abs(p.savedMinutes))}`,
            p.savedPercent === null ? '' : Math.abs(p.savedPercent).toFixed(0),
          ]),
      ),
    )
    if (changed.length > 20) io.out(`… and ${changed.length - 20} more (--format csv lists every pair)`)
    io.out('')
  }
  if (c.projects) {
    io.out(
      formatTable(
        [
          'project',
          'alone: faster/slower',
          'min per faster trip',
          'without: slower/faster',
          'min per slower trip',
          'why nothing',
        ],
        c.projects.map((p) => [
          p.id,
          `${p.alone.faster}/${p.alone.slower}`,
          p.alone.faster ? formatMinutes(p.alone.meanMinutesSavedPerFasterTrip) : '',
          `${p.without.faster}/${p.without.slower}`,
          p.without.faster ? formatMinutes(p.without.meanMinutesSavedPerFasterTrip) : '',
          p.aloneReason ? describeNoEffect(p.aloneReason, dataset, 'en', 'alone') : '',
        ]),
      ),
    )
    io.out('')
  }
  if (c.critical) {
    io.out(
      formatTable(
        ['critical link (after)', 'cut off', 'slower', 'min per slower trip'],
        c.critical.after
          .slice(0, 10)
          .map((k) => [
            k.link,
            String(k.summary.disconnected),
            String(k.summary.slower),
            k.summary.slower ? formatMinutes(k.summary.meanMinutesLostPerSlowerTrip) : '',
          ]),
      ),
    )
    io.out('')
  }
  if (c.reach) {
    io.out(
      formatTable(
        ['gateway', 'within', 'sites before', 'sites after', 'score before', 'score after'],
        c.reach.map((r) => [
          name(r.gateway),
          `${r.minutes} min`,
          String(r.before.length),
          String(r.after.length),
          String(r.beforeScore),
          String(r.afterScore),
        ]),
      ),
    )
    io.out('')
  }
  if (c.dayTrips)
    io.out(
      formatTable(
        ['gateway', 'one-day trip before', 'after', 'value', 'now possible'],
        c.dayTrips.map((d) => [
          name(d.gateway),
          `${d.before.length} sites`,
          `${d.after.length} sites`,
          `${d.beforeValue} → ${d.afterValue}`,
          d.gained.map(name).join(', '),
        ]),
      ),
    )
  io.out('\nA printable report: --format md (--lang vi for Vietnamese)')
}

export function runCompare(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('compare', argv, {
    ...COMMON_OPTIONS,
    ...SIDE_OPTIONS,
    ...ROUTING_OPTIONS,
    places: { type: 'string' },
    gateway: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    'trip-date': { type: 'string' },
  })
  if (values.help) {
    io.out(COMPARE_HELP)
    return 0
  }
  const format = values.json ? 'json' : ((values.format as string | undefined) ?? 'table')
  if (!['table', 'md', 'csv', 'json'].includes(format))
    throw new UserError(`--format: "${format}" must be table, md, csv or json`)
  const lang = (values.lang as string | undefined) ?? 'en'
  if (lang !== 'en' && lang !== 'vi') throw new UserError(`--lang: "${lang}" must be en or vi`)
  const dataset = loadValidDataset(values.data as string | undefined)
  const c = comparisonFromOptions(dataset, values, io.today(), format === 'csv' ? [] : undefined)
  if (format === 'json') {
    io.out(
      jsonText({
        before: scenarioJson(c.before),
        after: scenarioJson(c.after),
        summary: c.summary,
        pairs: c.pairs,
        links: c.links.filter((l) => l.status !== 'unchanged' && l.status !== 'absent'),
        projects: c.projects,
        critical: c.critical,
        reach: c.reach,
        dayTrips: c.dayTrips,
      }),
    )
  } else if (format === 'md') io.out(comparisonMarkdown(c, dataset, lang as Language).trimEnd())
  else if (format === 'csv') io.out(pairsCsv(c.pairs, dataset, lang as Language).trimEnd())
  else tables(c, dataset, io)
  return 0
}
