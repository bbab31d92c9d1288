/**
 * itinerary
 * =========
 * Plans a day trip or a tour of several days: the order of visits, arrival and departure times,
 * overnight bases, dropped places with reasons, and warnings.
 */
import {
  buildScenarioNetwork,
  readDayWindow,
  readLock,
  readLunch,
  readNights,
  readVisitMinutes,
  type Lock,
  type Lunch,
  MAX_DAYS,
  VISIT_MINUTES_RANGE,
  planItinerary,
  tripCsv,
  tripGeoJson,
  tripGpx,
  tripIcs,
  tripMarkdown,
  type Dataset,
  type Itinerary,
  type TripExportOptions,
  isLanguage,
  LANGUAGES,
  placeName,
} from '../../core/index.ts'
import { COMMON_OPTIONS, numberOption, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import { formatTable, plural, safeText } from '../output.ts'
import {
  ROUTING_HELP,
  ROUTING_OPTIONS,
  SCENARIO_HELP,
  SCENARIO_OPTIONS,
  idList,
  routingFromOptions,
  scenarioFromOptions,
  scenarioJson,
  scenarioLine,
} from '../scenario-options.ts'
import { minutesText } from '../format-route.ts'
import { UserError } from '../user-error.ts'

export const ITINERARY_HELP = `Usage: heritage-routes itinerary --start ID --visit ID,ID,... [options]

Plans the visits in the order that finishes earliest, within opening hours (waiting for opening
when early, never visiting a closed site), the daily window and the daily travel limit. Keeps every
must-see place; drops optional ones that do not fit and says why. Over several days it stops for the
night at a place with lodging.

Options:
  --start ID             where the trip starts
  --visit ID,...         must-see places
  --optional ID,...      places to fit in if possible
  --end ID               where the trip ends (default: the start)
  --date YYYY-MM-DD      the first day (default: today); also sets the scenario unless --scenario is given
  --depart HH:MM         departure on the first day (default: start of the day window)
  --days N               number of days, 1 to 7 (default 1)
  --day-window HH:MM-HH:MM   the daily window (default 07:00-19:00)
  --max-travel MINUTES   most travel per day (default 360)
  --pace X               visit durations times X, 0.5 (brisk) to 2 (leisurely); default 1
  --lock ID@HH:MM,ID#N   lock a visit to a start time (a ceremony, a booked slot) or to the N-th
                         place of its day; a locked place is a must-see
  --lunch HH:MM-HH:MM/MINUTES
                         the lunch break: MINUTES long, starting between the two times, at a stop
                         and never during a visit (default 11:00-13:30/60); none for no break
  --no-lunch             plan no lunch break
  --visit-minutes ID=MINUTES,...
                         how long to stay at a place (${VISIT_MINUTES_RANGE[0]}-${VISIT_MINUTES_RANGE[1]} min), instead of its usual visit
  --nights ID,ID         where to spend each night, in order (- lets the planner choose one)
  --json                 one JSON document: feasible, order, days (date, stops with place, arrive,
                         depart), travelMinutes, totalMinutes, dropped, warnings, scenario
  --format table|json|gpx|ics|geojson|csv|md
                         the trip as a file on stdout, the same as the app's export buttons:
                         GPX 1.1 (waypoints and each day's route), iCalendar (an event per visit
                         and drive, Asia/Ho_Chi_Minh), GeoJSON, CSV (UTF-8 with a byte-order mark),
                         or a markdown roadbook
  --lang en|vi           language of the names and words in a file (default en)
  --title TEXT           the trip's name in a file
  --data FILE            another dataset in the same format

${ROUTING_HELP}

${SCENARIO_HELP}

Visit durations come from each place's visitMinutes, or 60 min for a site that has none.`

function itineraryText(dataset: Dataset, it: Itinerary): string {
  const name = (id: string) => placeName(dataset, id, 'vi')
  const lines = [
    scenarioLine(it.scenario),
    `${it.feasible ? 'Plan' : 'Plan (not every must-see place fits)'}: ${plural(it.days.length, 'day')}, ${minutesText(it.totalMinutes)} door to door, ${minutesText(it.travelMinutes)} travelling (${it.method})`,
  ]
  for (const day of it.days) {
    lines.push('', `Day ${day.day} — ${day.date}: ${name(day.from)} ${day.depart} → ${name(day.to)} ${day.arrive}`)
    if (day.stops.length === 0) {
      lines.push('  (travel only)')
      continue
    }
    const rows = day.stops.map((s) => [
      s.arrive,
      s.start,
      s.depart,
      name(s.place),
      [
        s.waitFor ? `waits ${s.waitMinutes} min ${s.waitFor === 'lock' ? 'for the locked time' : 'for opening'}` : '',
        s.hoursVerified ? '' : 'hours unverified',
        s.festival ? `festival: ${s.festival.en}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    ])
    // The lunch break as its own row: on arrival (the stop's arrival moves to the lunch row), or after the visit.
    if (day.lunch) {
      const at = day.stops.findIndex((s) => s.place === day.lunch!.place)
      const lunchRow = ['', day.lunch.start, day.lunch.end, 'lunch', `near ${name(day.lunch.place)}`]
      if (day.lunch.when === 'before') {
        lunchRow[0] = rows[at]![0]!
        rows[at]![0] = ''
        rows.splice(at, 0, lunchRow)
      } else rows.splice(at + 1, 0, lunchRow)
    }
    lines.push(
      formatTable(['arrive', 'visit', 'leave', 'place', 'note'], rows)
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n'),
    )
  }
  if (it.dropped.length > 0) {
    lines.push('', 'Left out:')
    for (const d of it.dropped) lines.push(`  - ${name(d.place)}${d.mustSee ? ' (must-see)' : ''}: ${d.reason}`)
  }
  if (it.warnings.length > 0) {
    lines.push('', 'Notes:')
    for (const w of it.warnings) lines.push(`  - ${safeText(w)}`)
  }
  return lines.join('\n')
}

/** The formats `--format` writes. */
export const EXPORT_FORMATS = ['table', 'json', 'gpx', 'ics', 'geojson', 'csv', 'md'] as const
type ExportFormat = (typeof EXPORT_FORMATS)[number]

export function itineraryJson(it: Itinerary) {
  const r = (x: number) => Math.round(x * 10) / 10
  return {
    feasible: it.feasible,
    method: it.method,
    order: it.order,
    days: it.days.map((d) => ({
      ...d,
      travelMinutes: r(d.travelMinutes),
      legs: d.legs.map((l) => ({ ...l, minutes: r(l.minutes), km: r(l.km) })),
    })),
    travelMinutes: r(it.travelMinutes),
    totalMinutes: r(it.totalMinutes),
    dropped: it.dropped,
    warnings: it.warnings,
    notes: it.notes,
    scenario: scenarioJson(it.scenario),
  }
}

export function runItinerary(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('itinerary', argv, {
    ...COMMON_OPTIONS,
    ...SCENARIO_OPTIONS,
    ...ROUTING_OPTIONS,
    start: { type: 'string' },
    visit: { type: 'string' },
    optional: { type: 'string' },
    end: { type: 'string' },
    depart: { type: 'string' },
    days: { type: 'string' },
    'day-window': { type: 'string' },
    'max-travel': { type: 'string' },
    pace: { type: 'string' },
    lock: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    title: { type: 'string' },
    lunch: { type: 'string' },
    'no-lunch': { type: 'boolean' },
    'visit-minutes': { type: 'string' },
    nights: { type: 'string' },
  })
  if (values.help) {
    io.out(ITINERARY_HELP)
    return 0
  }
  const problems: string[] = []
  if (!values.start) problems.push('itinerary: --start ID is required')
  if (!values.visit && !values.optional && !values.lock)
    problems.push('itinerary: --visit ID,... is required (the places to see)')
  const number = (option: string, text: string | undefined, range: Parameters<typeof numberOption>[2]) => {
    try {
      return numberOption(option, text, range)
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      for (const line of error.lines) problems.push(line)
      return undefined
    }
  }
  const days = number('days', values.days, { min: 1, max: MAX_DAYS, integer: true })
  const maxTravel = number('max-travel', values['max-travel'], { min: 1, max: 24 * 60, integer: true, unit: 'minutes' })
  const pace = number('pace', values.pace, { min: 0.5, max: 2 })
  let dayWindow: [string, string] | undefined
  if (values['day-window'] !== undefined) {
    dayWindow = readDayWindow(values['day-window']) ?? undefined
    if (!dayWindow) problems.push(`--day-window: "${values['day-window']}" must be written HH:MM-HH:MM`)
  }
  const locks: Lock[] = []
  for (const item of idList('lock', values.lock) ?? []) {
    const lock = readLock(item)
    if (lock) locks.push(lock)
    else problems.push(`--lock: "${item}" must be written ID@HH:MM or ID#N`)
  }
  let lunch: Lunch | null | undefined
  if (values['no-lunch'] && values.lunch !== undefined) problems.push('--lunch and --no-lunch: give one or the other')
  else if (values['no-lunch']) lunch = null
  else if (values.lunch !== undefined) {
    lunch = readLunch(values.lunch)
    if (lunch === undefined)
      problems.push(`--lunch: "${values.lunch}" must be written HH:MM-HH:MM/MINUTES, e.g. 11:00-13:30/60`)
  }
  const visitMinutes: Record<string, number> = {}
  for (const item of idList('visit-minutes', values['visit-minutes']) ?? []) {
    const v = readVisitMinutes(item)
    if (v) visitMinutes[v.place] = v.minutes
    else problems.push(`--visit-minutes: "${item}" must be written ID=MINUTES`)
  }
  let nights: string[] | undefined
  if (values.nights !== undefined) {
    nights = readNights(values.nights) ?? undefined
    if (!nights)
      problems.push(`--nights: "${values.nights}" must be place ids separated by commas (- for the planner's choice)`)
  }
  const format = values.json ? 'json' : (values.format ?? 'table')
  if (!EXPORT_FORMATS.includes(format as ExportFormat))
    problems.push(`--format: "${format}" must be one of ${EXPORT_FORMATS.join(', ')}`)
  const lang = values.lang ?? 'en'
  if (!isLanguage(lang)) problems.push(`--lang: "${lang}" must be ${LANGUAGES.join(' or ')}`)
  if (values.title !== undefined && (values.title.trim() === '' || values.title.length > 200))
    problems.push('--title: give 1 to 200 characters')
  if (problems.length) throw new UserError(problems)
  const dataset = loadValidDataset(values.data)
  // --date is the trip's first day; it is the scenario's day too unless --scenario names a preset.
  const scenario = scenarioFromOptions(dataset, values.scenario ? { ...values, date: undefined } : values, io.today())
  const network = buildScenarioNetwork(dataset, scenario, routingFromOptions(values))
  const it = planItinerary(network, {
    start: values.start!,
    visit: idList('visit', values.visit) ?? [],
    optional: idList('optional', values.optional) ?? [],
    date: values.date ?? io.today(),
    ...(values.end !== undefined && { end: values.end }),
    ...(values.depart !== undefined && { depart: values.depart }),
    ...(days !== undefined && { days }),
    ...(dayWindow && { dayWindow }),
    ...(maxTravel !== undefined && { maxTravelMinutesPerDay: maxTravel }),
    ...(pace !== undefined && { pace }),
    ...(locks.length > 0 && { locks }),
    ...(lunch !== undefined && { lunch }),
    ...(Object.keys(visitMinutes).length > 0 && { visitMinutes }),
    ...(nights && { nights }),
  })
  const options: TripExportOptions = {
    lang: lang as 'en' | 'vi',
    generatedAt: io.now(),
    ...(values.title !== undefined && { title: values.title.trim() }),
  }
  const out: Record<ExportFormat, () => string> = {
    table: () => itineraryText(dataset, it),
    json: () => JSON.stringify(itineraryJson(it), null, 2),
    gpx: () => tripGpx(it, dataset, options),
    ics: () => tripIcs(it, dataset, options),
    geojson: () => JSON.stringify(tripGeoJson(it, dataset, options), null, 2),
    csv: () => tripCsv(it, dataset, options),
    md: () => tripMarkdown(it, dataset, options),
  }
  io.out(out[format as ExportFormat]().replace(/\r?\n$/, ''))
  return 0
}
