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
  isLanguage,
  LANGUAGES,
  MAX_COMPARE_PLACES,
  pairsCsv,
  type Comparison,
  type ComparisonPart,
  type Dataset,
} from '../../core/index.ts'
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import { jsonText } from '../json-output.ts'
import { ROUTING_HELP, ROUTING_OPTIONS, placeList, routingFromOptions, scenarioJson } from '../scenario-options.ts'
import { SIDE_HELP, SIDE_OPTIONS, sideRequest } from '../compare-options.ts'
import { UserError } from '../user-error.ts'
import { printComparison } from './compare-tables.ts'

/** What `compare` can write. */
export const COMPARE_FORMATS = ['table', 'md', 'csv', 'json'] as const

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
  --format ${COMPARE_FORMATS.join('|')}
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
  if (!(COMPARE_FORMATS as readonly string[]).includes(format))
    throw new UserError(`--format: "${format}" must be ${COMPARE_FORMATS.join(', ')}`)
  const lang = (values.lang as string | undefined) ?? 'en'
  if (!isLanguage(lang)) throw new UserError(`--lang: "${lang}" must be ${LANGUAGES.join(' or ')}`)
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
  } else if (format === 'md') io.out(comparisonMarkdown(c, dataset, lang).trimEnd())
  else if (format === 'csv') io.out(pairsCsv(c.pairs, dataset, lang).trimEnd())
  else printComparison(c, dataset, io)
  return 0
}
