/**
 * compare
 * =======
 * Before and after: travel times between every pair of sites and gateways, which project matters most,
 * and heritage accessibility from the gateways; as a table, a printable markdown report, CSV or JSON.
 */
import {
  changedLinks,
  compareScenarios,
  dayTrips,
  GATEWAYS,
  projectImpacts,
  reachScores,
  type Dataset,
  type DayTripChange,
  type PairChange,
  type ProjectImpact,
  type ReachRow,
} from '../../core/index.ts'
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import { csvCell, formatTable } from '../output.ts'
import { ROUTING_HELP, ROUTING_OPTIONS, placeList, routingFromOptions, scenarioJson } from '../scenario-options.ts'
import { SIDE_HELP, SIDE_OPTIONS, applyDelays, sideScenario } from '../compare-options.ts'
import { minutesText } from '../format-route.ts'
import { UserError } from '../user-error.ts'

/** Most places a comparison takes: every project is compared on every pair of them. */
export const MAX_COMPARE_PLACES = 200

export const COMPARE_HELP = `Usage: heritage-routes compare [--before SCENARIO] [--after SCENARIO] [options]

Compares two scenarios: travel time and distance between every pair of heritage sites and gateways
(the change in minutes and percent, and the links that changed), what each project saves on its own
and what would be lost without it (weighted by heritage value), which sites each gateway reaches
within 60, 90, 120 and 180 minutes (with a heritage accessibility score), and which sites fit in a
one-day trip from each gateway before and after.

Options:
  --places ID,...        the places to compare (default: every heritage site and the gateways);
                         at most ${MAX_COMPARE_PLACES}
  --gateway ID           reach and day trips from this place only (default: Hà Nội, Bắc Giang,
                         Hải Dương, Hạ Long)
  --trip-date YYYY-MM-DD the day used for the one-day trips (opening hours; default today)
  --format table|md|csv|json
                         readable tables (default), a printable markdown report, CSV of the pairs,
                         or JSON: { before, after, pairs, projects, reach }
  --json                 same as --format json
  --data FILE            another dataset in the same format

${SIDE_HELP}

${ROUTING_HELP}

Weights: UNESCO component 4, special national relic 3, national 2, provincial 1, other 0.5; a pair
weighs the mean of its two places. Travel times rest on estimated lengths and speeds (see data/README.md).`

const r1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10)

export interface CompareReport {
  readonly dataset: Dataset
  readonly before: ReturnType<typeof sideScenario>
  readonly after: ReturnType<typeof sideScenario>
  readonly pairs: readonly PairChange[]
  readonly changed: ReadonlyMap<string, { added: string[]; removed: string[] }>
  readonly projects: readonly ProjectImpact[]
  readonly reach: readonly ReachRow[]
  readonly dayTrips: readonly DayTripChange[]
}

function markdown(rep: CompareReport): string {
  const { dataset } = rep
  const name = (id: string) => dataset.placeById.get(id as never)?.name.en ?? id
  const pname = (id: string) => dataset.projectById.get(id as never)?.name.en ?? id
  const unordered = rep.pairs.filter((p) => p.from < p.to)
  const faster = unordered.filter((p) => (p.savedMinutes ?? 0) > 0.5)
  const connected = unordered.filter((p) => p.beforeMinutes === null && p.afterMinutes !== null)
  const top = faster[0]
  const lead = rep.projects[0]
  const hanoi90 = rep.reach.find((r) => r.gateway === 'hanoi' && r.minutes === 90) ?? rep.reach[0]
  const lines = [
    `# Before and after: ${rep.before.label} → ${rep.after.label}`,
    '',
    `Open projects before: ${rep.before.openProjects.map(pname).join(', ') || 'none'}. After: ${rep.after.openProjects.map(pname).join(', ') || 'none'}.`,
    '',
    '## Summary',
    '',
    `- ${faster.length} of ${unordered.length} pairs of places are faster after${connected.length ? `, and ${connected.length} become reachable at all` : ''}.`,
  ]
  if (top)
    lines.push(
      `- The largest saving: ${name(top.from)} ↔ ${name(top.to)}, ${minutesText(top.beforeMinutes!)} → ${minutesText(top.afterMinutes!)} (−${minutesText(top.savedMinutes!)}, ${top.savedPercent!.toFixed(0)}%).`,
    )
  if (lead)
    lines.push(
      `- The project that matters most: ${pname(lead.id)} — ${Math.round(lead.aloneMinutesSaved)} weighted minutes saved on its own, ${Math.round(lead.withoutMinutesLost)} lost without it.`,
    )
  for (const p of rep.projects.filter((x) => x.needs.length))
    lines.push(`- ${pname(p.id)} saves nothing on its own: it needs ${p.needs.map(pname).join(' and ')}.`)
  if (hanoi90)
    lines.push(
      `- Heritage accessibility from ${name(hanoi90.gateway)} within ${hanoi90.minutes} min: ${hanoi90.beforeScore} → ${hanoi90.afterScore}${hanoi90.gained.length ? ` (gains ${hanoi90.gained.map(name).join(', ')})` : ''}.`,
    )
  lines.push(
    '',
    '## Largest changes',
    '',
    '| from | to | before | after | saved | % | route changes |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  )
  for (const p of [...faster.slice(0, 15), ...connected.slice(0, 5)]) {
    const c = rep.changed.get(`${p.from}|${p.to}`)
    const isProject = (l: string) => dataset.linkById.get(l as never)?.project != null
    const via = c
      ? [...c.added.filter(isProject), ...c.added.filter((l) => !isProject(l))]
          .map((l) => dataset.linkById.get(l as never)?.name?.en ?? l)
          .slice(0, 2)
          .join('; ')
      : ''
    lines.push(
      `| ${name(p.from)} | ${name(p.to)} | ${p.beforeMinutes === null ? 'no route' : minutesText(p.beforeMinutes)} | ${minutesText(p.afterMinutes!)} | ${p.savedMinutes === null ? 'new' : minutesText(p.savedMinutes)} | ${p.savedPercent === null ? '' : p.savedPercent.toFixed(0)} | ${via} |`,
    )
  }
  lines.push(
    '',
    '## Projects',
    '',
    'Weighted minutes summed over all ordered pairs (a pair weighs the mean heritage value of its places).',
    '',
    '| project | saved alone | lost without | needs | helps most |',
    '| --- | --- | --- | --- | --- |',
  )
  for (const p of rep.projects)
    lines.push(
      `| ${pname(p.id)} | ${Math.round(p.aloneMinutesSaved)} | ${Math.round(p.withoutMinutesLost)} | ${p.needs.map(pname).join(', ')} | ${p.topPairs
        .slice(0, 2)
        .map((t) => `${name(t.from)} ↔ ${name(t.to)} (−${Math.round(t.savedMinutes)} min)`)
        .join('; ')} |`,
    )
  lines.push(
    '',
    '## Reach from the gateways',
    '',
    '| from | within | sites before | sites after | score before | score after | gained |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  )
  for (const r of rep.reach)
    lines.push(
      `| ${name(r.gateway)} | ${r.minutes} min | ${r.before.length} | ${r.after.length} | ${r.beforeScore} | ${r.afterScore} | ${r.gained.map(name).join(', ')} |`,
    )
  lines.push(
    '',
    `## One-day trips from the gateways (${rep.dayTrips[0]?.date ?? ''}, 07:00–19:00)`,
    '',
    'The sites that fit in one day when the planner may pick any (most heritage value first).',
    '',
    '| from | before | after | value | now possible |',
    '| --- | --- | --- | --- | --- |',
  )
  for (const d of rep.dayTrips)
    lines.push(
      `| ${name(d.gateway)} | ${d.before.length} sites | ${d.after.length} sites | ${d.beforeValue} → ${d.afterValue} | ${d.gained.map(name).join(', ')} |`,
    )
  lines.push(
    '',
    '## How to read this',
    '',
    '- Weights: UNESCO component 4, special national relic 3, national relic 2, provincial 1, other 0.5.',
    '- Most site positions, road lengths and speeds are estimates; differences of a few minutes are within their error.',
    '- Projects with no announced date are open only where a scenario opens them (presets or explicit lists).',
  )
  return lines.join('\n')
}

export function buildCompareReport(dataset: Dataset, values: Record<string, unknown>, today: string): CompareReport {
  const before = sideScenario(dataset, values, 'before', today),
    after = sideScenario(dataset, values, 'after', today)
  const options = routingFromOptions(values as Record<string, string | boolean | undefined>)
  const places = placeList('places', values.places as string | undefined, MAX_COMPARE_PLACES, 'a comparison')
  const c = compareScenarios(dataset, before, after, options, places)
  const changed = new Map<string, { added: string[]; removed: string[] }>()
  for (const p of c.pairs
    .filter((x) => (x.savedMinutes ?? 0) > 0.5 || (x.beforeMinutes === null && x.afterMinutes !== null))
    .slice(0, 60)) {
    changed.set(`${p.from}|${p.to}`, changedLinks(c.before, c.after, p.from, p.to))
  }
  const gateway = values.gateway as string | undefined
  if (gateway !== undefined && !dataset.placeById.has(gateway as never))
    throw new UserError(`--gateway: unknown place "${gateway}"`)
  const gateways = gateway ? [gateway] : GATEWAYS.filter((g) => dataset.placeById.has(g as never))
  const tripDate = (values['trip-date'] as string | undefined) ?? today
  if (!/^\d{4}-\d{2}-\d{2}$/.test(tripDate))
    throw new UserError(`--trip-date: "${tripDate}" must be a date written YYYY-MM-DD`)
  return {
    dataset,
    before,
    after,
    pairs: c.pairs,
    changed,
    projects: projectImpacts(dataset, before, after, c.places, options),
    reach: reachScores(c.before, c.after, gateways),
    dayTrips: dayTrips(c.before, c.after, gateways, tripDate),
  }
}

export function runCompare(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('compare', argv, {
    ...COMMON_OPTIONS,
    ...SIDE_OPTIONS,
    ...ROUTING_OPTIONS,
    places: { type: 'string' },
    gateway: { type: 'string' },
    format: { type: 'string' },
    'trip-date': { type: 'string' },
  })
  if (values.help) {
    io.out(COMPARE_HELP)
    return 0
  }
  const format = values.json ? 'json' : ((values.format as string | undefined) ?? 'table')
  if (!['table', 'md', 'csv', 'json'].includes(format))
    throw new UserError(`--format: "${format}" must be table, md, csv or json`)
  const dataset = applyDelays(loadValidDataset(values.data as string | undefined), values.delay as string[] | undefined)
  const rep = buildCompareReport(dataset, values, io.today())
  if (format === 'json') {
    io.out(
      JSON.stringify(
        {
          before: scenarioJson(rep.before),
          after: scenarioJson(rep.after),
          pairs: rep.pairs.map((p) => ({
            ...p,
            beforeMinutes: r1(p.beforeMinutes),
            afterMinutes: r1(p.afterMinutes),
            beforeKm: r1(p.beforeKm),
            afterKm: r1(p.afterKm),
            savedMinutes: r1(p.savedMinutes),
            savedPercent: r1(p.savedPercent),
            ...(rep.changed.get(`${p.from}|${p.to}`) && { changedLinks: rep.changed.get(`${p.from}|${p.to}`) }),
          })),
          projects: rep.projects.map((p) => ({
            ...p,
            aloneMinutesSaved: r1(p.aloneMinutesSaved),
            withoutMinutesLost: r1(p.withoutMinutesLost),
            topPairs: p.topPairs.map((t) => ({ ...t, savedMinutes: r1(t.savedMinutes) })),
          })),
          reach: rep.reach,
          dayTrips: rep.dayTrips,
        },
        null,
        2,
      ),
    )
  } else if (format === 'md') {
    io.out(markdown(rep))
  } else if (format === 'csv') {
    io.out('from,to,before_minutes,after_minutes,saved_minutes,saved_percent,before_km,after_km')
    for (const p of rep.pairs)
      io.out(
        [
          p.from,
          p.to,
          r1(p.beforeMinutes),
          r1(p.afterMinutes),
          r1(p.savedMinutes),
          r1(p.savedPercent),
          r1(p.beforeKm),
          r1(p.afterKm),
        ]
          .map(csvCell)
          .join(','),
      )
  } else {
    const name = (id: string) => dataset.placeById.get(id as never)?.name.vi ?? id
    io.out(`Before: ${rep.before.label} · After: ${rep.after.label}\n`)
    io.out(
      formatTable(
        ['from', 'to', 'before', 'after', 'saved', '%'],
        rep.pairs
          .filter(
            (p) =>
              p.from < p.to && ((p.savedMinutes ?? 0) > 0.5 || (p.beforeMinutes === null && p.afterMinutes !== null)),
          )
          .slice(0, 20)
          .map((p) => [
            name(p.from),
            name(p.to),
            p.beforeMinutes === null ? 'no route' : String(Math.round(p.beforeMinutes)),
            p.afterMinutes === null ? 'no route' : String(Math.round(p.afterMinutes)),
            p.savedMinutes === null ? 'new' : String(Math.round(p.savedMinutes)),
            p.savedPercent === null ? '' : p.savedPercent.toFixed(0),
          ]),
      ),
    )
    io.out('')
    io.out(
      formatTable(
        ['project', 'saved alone', 'lost without', 'needs'],
        rep.projects.map((p) => [
          p.id,
          String(Math.round(p.aloneMinutesSaved)),
          String(Math.round(p.withoutMinutesLost)),
          p.needs.join(', '),
        ]),
      ),
    )
    io.out('')
    io.out(
      formatTable(
        ['gateway', 'within', 'sites before', 'sites after', 'score before', 'score after'],
        rep.reach.map((r) => [
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
    io.out(
      formatTable(
        ['gateway', 'one-day trip before', 'after', 'value', 'now possible'],
        rep.dayTrips.map((d) => [
          name(d.gateway),
          `${d.before.length} sites`,
          `${d.after.length} sites`,
          `${d.beforeValue} → ${d.afterValue}`,
          d.gained.map(name).join(', '),
        ]),
      ),
    )
    io.out('\nA printable report: --format md')
  }
  return 0
}
