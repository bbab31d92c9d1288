/**
 * Trip as CSV
 * ===========
 * One row per stop (start, visit, night, end) and per leg, in travel order; local times; UTF-8 with a
 * byte-order mark so spreadsheet programs read Vietnamese names correctly; cells a spreadsheet would
 * run as formulas are escaped.
 */
import type { Dataset } from '../dataset/dataset.ts'
import type { Itinerary } from '../itinerary/itinerary.ts'
import { csvLine } from './text-cells.ts'
import { tripEnd, tripEvents } from './trip-events.ts'
import { placeLabel, type TripExportOptions } from './trip-export-options.ts'

export const CSV_BOM = '\uFEFF'

/** The columns, in order: a row names the cells it has, the others stay empty. */
const COLUMNS = [
  'day',
  'kind',
  'order',
  'place_id',
  'place',
  'to_id',
  'to',
  'start',
  'end',
  'wait_minutes',
  'minutes',
  'km',
  'modes',
  'estimated',
  'note',
] as const
type Row = Partial<Record<(typeof COLUMNS)[number], unknown>>

const line = (row: Row) => csvLine(COLUMNS.map((c) => row[c] ?? ''))

/** `2026-12-05T08:30` → `2026-12-05 08:30` (what spreadsheets read as a date and time). */
const cell = (dateTime: string) => dateTime.replace('T', ' ')

export function tripCsv(itinerary: Itinerary, dataset: Dataset, options: TripExportOptions): string {
  const name = (id: string) => placeLabel(dataset, id, options.lang)
  const at = (place: string) => ({ place_id: place, place: name(place) })
  const rows: Row[] = []
  const events = tripEvents(itinerary)
  const first = itinerary.days[0]
  if (first)
    rows.push({
      day: 1,
      kind: 'start',
      ...at(first.from),
      end: cell(`${first.date}T${first.depart}`),
      note: options.tourNote,
    })
  for (const e of events) {
    if (e.kind === 'visit')
      rows.push({
        day: e.day,
        kind: 'visit',
        order: e.order,
        ...at(e.place),
        start: cell(e.start),
        end: cell(e.end),
        wait_minutes: e.stop.waitMinutes,
        minutes: e.stop.visitMinutes,
        estimated: !e.stop.hoursVerified,
        note: options.stopNotes?.[e.place],
      })
    else if (e.kind === 'travel')
      rows.push({
        day: e.day,
        kind: 'travel',
        ...at(e.from),
        to_id: e.to,
        to: name(e.to),
        start: cell(e.start),
        end: cell(e.end),
        minutes: Math.round(e.leg.minutes),
        km: Math.round(e.leg.km * 10) / 10,
        modes: e.leg.modes.join(' '),
        estimated: e.leg.estimated,
      })
    else if (e.kind === 'lunch')
      rows.push({ day: e.day, kind: 'lunch', ...at(e.place), start: cell(e.start), end: cell(e.end) })
    else rows.push({ day: e.day, kind: 'night', ...at(e.place), start: cell(e.start) })
  }
  const last = itinerary.days[itinerary.days.length - 1]
  const end = tripEnd(itinerary, events)
  if (last && end) rows.push({ day: last.day, kind: 'end', ...at(last.to), start: cell(end) })
  return CSV_BOM + [csvLine([...COLUMNS]), ...rows.map(line)].join('\r\n') + '\r\n'
}
