/**
 * Route output
 * ============
 * A route for people (a table of legs) and for programs (the JSON contract).
 */
import {
  describeAlternative,
  formatMinutes,
  linkTravelFacts,
  type Dataset,
  type FoundRoute,
  type NoRoute,
  type RouteResult,
  type AlternativeRoute,
  type ArrivalTiming,
  linkOf,
  placeName,
} from '../core/index.ts'
import { formatTable } from './output.ts'
import { scenarioJson, scenarioLine } from './scenario-options.ts'

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits

/** Minutes for people, in English. */
export const minutesText = (minutes: number): string => formatMinutes(minutes, 'en')

function travelFacts(dataset: Dataset, id: string) {
  const link = linkOf(dataset, id)
  return link ? linkTravelFacts(link) : null
}

/** A leg's fare, saved walk and hours, in words. */
/** A whole number with commas between thousands, as en-GB writes it (without loading a locale). */
const thousands = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

function factsText(dataset: Dataset, id: string): string {
  const f = travelFacts(dataset, id)
  if (!f) return ''
  return [
    f.fareVnd !== null ? `fare ${thousands(f.fareVnd)} đ${f.fareUnverified ? ' (unverified)' : ''}` : '',
    f.walkMinutes !== null ? `saves about ${f.walkMinutes} min on foot` : '',
    f.hours.length ? `runs ${f.hours.join(', ')}` : '',
    f.running ? '' : 'service suspended',
  ]
    .filter(Boolean)
    .join('; ')
}

function legsJson(dataset: Dataset, route: FoundRoute) {
  return route.legs.map((l) => ({
    kind: l.kind,
    link: l.link,
    from: l.from,
    to: l.to,
    mode: l.mode,
    ref: l.ref,
    km: round(l.km, 2),
    minutes: round(l.minutes, 2),
    project: l.project,
    estimated: l.estimated,
    note: l.note,
    ...(l.kind === 'travel' && travelFacts(dataset, l.link)),
  }))
}

function foundJson(dataset: Dataset, route: FoundRoute) {
  return {
    reachable: true as const,
    from: route.from,
    to: route.to,
    minutes: round(route.minutes, 2),
    km: round(route.km, 2),
    estimatedMinutes: round(route.estimatedMinutes, 2),
    places: route.places,
    legs: legsJson(dataset, route),
    projects: route.projects,
    projectUses: route.projectUses.map((p) => ({ id: p.id, status: p.status, when: p.when, sentence: p.sentence })),
  }
}

/** The JSON document of `route --json`; `arrival` when a departure time was given. */
export function routeJson(
  dataset: Dataset,
  result: RouteResult,
  alternatives: readonly AlternativeRoute[],
  arrival: ArrivalTiming | null = null,
) {
  const common = { scenario: scenarioJson(result.scenario), options: result.options }
  if (!result.reachable) {
    return {
      reachable: false,
      from: result.from,
      to: result.to,
      minutes: null,
      km: null,
      places: [],
      legs: [],
      projects: [],
      reason: result.reason,
      cause: result.cause,
      wouldConnect: result.wouldConnect,
      ...common,
      alternatives: [],
    }
  }
  return {
    ...foundJson(dataset, result),
    samePlace: result.from === result.to,
    ...(arrival && { arrival }),
    ...common,
    // The difference is the meaning; its words are the text output's (rewording them changes no JSON).
    alternatives: alternatives.map((a) => ({
      difference: a.difference,
      ...foundJson(dataset, a.route),
    })),
  }
}

/** Place names in the terminal are the Vietnamese proper names. */
function placeNameVi(dataset: Dataset, id: string): string {
  return placeName(dataset, id, 'vi')
}

function legsTable(dataset: Dataset, route: FoundRoute): string {
  const rows = route.legs.map((l, i) => [
    String(i + 1),
    l.kind === 'wait'
      ? `wait at ${placeNameVi(dataset, l.from)}`
      : `${placeNameVi(dataset, l.from)} → ${placeNameVi(dataset, l.to)}`,
    l.kind === 'wait' ? '' : l.mode,
    l.ref ?? '',
    l.kind === 'wait' ? '' : round(l.km).toFixed(1),
    Math.round(l.minutes).toString(),
    l.project ?? '',
    [l.estimated ? 'estimate' : '', l.note ?? '', l.kind === 'travel' ? factsText(dataset, l.link) : '']
      .filter(Boolean)
      .join('; '),
  ])
  return formatTable(['#', 'leg', 'mode', 'road', 'km', 'min', 'project', 'note'], rows)
}

/** When you arrive and whether the place is open then, in words. */
function arrivalText(dataset: Dataset, a: ArrivalTiming, to: string): string {
  const later = a.daysLater === 0 ? '' : a.daysLater === 1 ? ' the next day' : `, ${a.daysLater} days later`
  const head = `Leave ${a.depart}, arrive ${a.arrive}${later}.`
  const name = placeNameVi(dataset, to)
  const o = a.open
  const hours = (h: readonly string[]) => h.join(', ')
  const estimate = a.hoursVerified ? '' : '; hours not verified'
  if (!o) return head
  switch (o.status) {
    case 'open':
      return `${head} ${name} is open then (${hours(o.hours)}${o.lastEntry ? `, last entry ${o.lastEntry}` : ''}${estimate}).`
    case 'opens-later':
      return `${head} ${name} opens at ${o.opensAt}: a wait of ${minutesText(o.waitMinutes)} (${hours(o.hours)}${estimate}).`
    case 'closed':
      return `${head} ${name} is closed by then (open ${hours(o.hours)}${estimate}).`
    case 'unknown':
      return `${head} Opening hours of ${name} are not known.`
  }
}

/** The readable answer of `route`; `arrival` when a departure time was given. */
export function routeText(
  dataset: Dataset,
  result: RouteResult,
  alternatives: readonly AlternativeRoute[],
  arrival: ArrivalTiming | null = null,
): string {
  const head = `${placeNameVi(dataset, result.from)} → ${placeNameVi(dataset, result.to)}`
  const lines = [head, scenarioLine(result.scenario)]
  if (result.from === result.to) {
    lines.push(
      `${placeNameVi(dataset, result.from)} is both the start and the destination: there is nothing to travel.`,
    )
    return lines.join('\n')
  }
  const how = `${result.options.profile}, ${result.options.optimize === 'time' ? 'fastest' : 'shortest'}, modes ${result.options.modes.join('/')}`
  if (!result.reachable) {
    lines.push(`No route (${how}): ${(result as NoRoute).reason}.`)
    return lines.join('\n')
  }
  const est = result.estimatedMinutes > 0 ? ` (${minutesText(result.estimatedMinutes)} of it on estimated links)` : ''
  lines.push(
    `${minutesText(result.minutes)}, ${round(result.km).toFixed(1)} km — ${how}${est}`,
    '',
    legsTable(dataset, result),
  )
  if (arrival) lines.push('', arrivalText(dataset, arrival, result.to))
  if (result.projectUses.length > 0) {
    lines.push('', 'Relies on:')
    for (const p of result.projectUses) lines.push(`  - ${p.sentence}`)
  } else lines.push('', 'Uses only links that exist today.')
  if (alternatives.length > 0) {
    lines.push('', 'Alternatives:')
    for (const a of alternatives) {
      const delta = a.route.minutes - result.minutes
      lines.push(
        `  ${describeAlternative(a.difference, dataset, 'en')}: ${minutesText(a.route.minutes)} (+${Math.round(delta)} min), ${round(a.route.km).toFixed(1)} km via ${
          a.route.places
            .slice(1, -1)
            .map((p) => placeNameVi(dataset, p))
            .join(', ') || 'a direct link'
        }`,
      )
    }
  }
  return lines.join('\n')
}
