/**
 * compare: the tables
 * ===================
 * The comparison as plain-text tables for the terminal, one function per section (the markdown
 * report, CSV and JSON are the core's).
 */
import {
  describeNoEffect,
  describeScenario,
  formatMinutes,
  type Comparison,
  type Dataset,
  placeName,
} from '../../core/index.ts'
import type { Io } from '../io.ts'
import { formatTable, plural } from '../output.ts'

/** Rows of the changed pairs shown; `--format csv` lists every pair. */
const PAIRS_SHOWN = 20
const CRITICAL_SHOWN = 10

const minutesOrNone = (x: number | null) => (x === null ? 'no route' : formatMinutes(x))

export function printComparison(c: Comparison, dataset: Dataset, io: Io): void {
  const name = (id: string) => placeName(dataset, id, 'vi')
  const sections = [
    summaryLines(c, dataset),
    pairsTable(c, name),
    c.projects && projectsTable(c.projects, dataset),
    c.critical && criticalTable(c.critical.after),
    c.reach && reachTable(c.reach, name),
    c.dayTrips && dayTripsTable(c.dayTrips, name),
  ]
  for (const section of sections) if (section) io.out(`${section}\n`)
  io.out('A printable report: --format md (--lang vi for Vietnamese)')
}

function summaryLines(c: Comparison, dataset: Dataset): string {
  const s = c.summary
  return [
    `Before: ${describeScenario(c.before, dataset, 'en')}`,
    `After:  ${describeScenario(c.after, dataset, 'en')}`,
    '',
    `${plural(s.trips, 'pair')} of places: ${s.faster} faster, ${s.slower} slower, ${s.connected} newly connected, ${s.disconnected} cut off, ${s.same} unchanged.`,
    ...(s.faster ? [`Faster trips save ${formatMinutes(s.meanMinutesSavedPerFasterTrip)} on average.`] : []),
    ...(s.slower ? [`Slower trips lose ${formatMinutes(s.meanMinutesLostPerSlowerTrip)} on average.`] : []),
  ].join('\n')
}

function pairsTable(c: Comparison, name: (id: string) => string): string | null {
  const changed = c.pairs.filter((p) => p.kind !== 'same' && p.kind !== 'unreachable')
  if (changed.length === 0) return null
  const change = (p: (typeof changed)[number]) =>
    p.savedMinutes === null
      ? p.kind === 'connected'
        ? 'new route'
        : 'cut off'
      : `${p.savedMinutes > 0 ? '−' : '+'}${formatMinutes(Math.abs(p.savedMinutes))}`
  const table = formatTable(
    ['from', 'to', 'before', 'after', 'change', '%'],
    changed
      .slice(0, PAIRS_SHOWN)
      .map((p) => [
        name(p.from),
        name(p.to),
        minutesOrNone(p.beforeMinutes),
        minutesOrNone(p.afterMinutes),
        change(p),
        p.savedPercent === null ? '' : Math.abs(p.savedPercent).toFixed(0),
      ]),
  )
  return changed.length > PAIRS_SHOWN
    ? `${table}\n… and ${changed.length - PAIRS_SHOWN} more (--format csv lists every pair)`
    : table
}

function projectsTable(projects: NonNullable<Comparison['projects']>, dataset: Dataset): string {
  return formatTable(
    [
      'project',
      'alone: faster/slower',
      'min per faster trip',
      'without: slower/faster',
      'min per slower trip',
      'why nothing',
    ],
    projects.map((p) => [
      p.id,
      `${p.alone.faster}/${p.alone.slower}`,
      p.alone.faster ? formatMinutes(p.alone.meanMinutesSavedPerFasterTrip) : '',
      `${p.without.faster}/${p.without.slower}`,
      p.without.faster ? formatMinutes(p.without.meanMinutesSavedPerFasterTrip) : '',
      p.aloneReason ? describeNoEffect(p.aloneReason, dataset, 'en', 'alone') : '',
    ]),
  )
}

function criticalTable(critical: NonNullable<Comparison['critical']>['after']): string {
  return formatTable(
    ['critical link (after)', 'cut off', 'slower', 'min per slower trip'],
    critical
      .slice(0, CRITICAL_SHOWN)
      .map((k) => [
        k.link,
        String(k.summary.disconnected),
        String(k.summary.slower),
        k.summary.slower ? formatMinutes(k.summary.meanMinutesLostPerSlowerTrip) : '',
      ]),
  )
}

function reachTable(reach: NonNullable<Comparison['reach']>, name: (id: string) => string): string {
  return formatTable(
    ['gateway', 'within', 'sites before', 'sites after', 'score before', 'score after'],
    reach.map((r) => [
      name(r.gateway),
      `${r.minutes} min`,
      String(r.before.length),
      String(r.after.length),
      String(r.beforeScore),
      String(r.afterScore),
    ]),
  )
}

function dayTripsTable(dayTrips: NonNullable<Comparison['dayTrips']>, name: (id: string) => string): string {
  return formatTable(
    ['gateway', 'one-day trip before', 'after', 'value', 'now possible'],
    dayTrips.map((d) => [
      name(d.gateway),
      `${d.before.length} sites`,
      `${d.after.length} sites`,
      `${d.beforeValue} → ${d.afterValue}`,
      d.gained.map(name).join(', '),
    ]),
  )
}
