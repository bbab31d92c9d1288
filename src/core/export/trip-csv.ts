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

const HEADER = [
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
]

/** `2026-12-05T08:30` → `2026-12-05 08:30` (what spreadsheets read as a date and time). */
const cell = (dateTime: string) => dateTime.replace('T', ' ')

export function tripCsv(itinerary: Itinerary, dataset: Dataset, options: TripExportOptions): string {
  const name = (id: string) => placeLabel(dataset, id, options.lang)
  const rows: unknown[][] = [HEADER]
  const events = tripEvents(itinerary)
  const first = itinerary.days[0]
  if (first)
    rows.push([
      1,
      'start',
      '',
      first.from,
      name(first.from),
      '',
      '',
      '',
      cell(`${first.date}T${first.depart}`),
      '',
      '',
      '',
      '',
      '',
      options.tourNote ?? '',
    ])
  for (const e of events) {
    if (e.kind === 'visit')
      rows.push([
        e.day,
        'visit',
        e.order,
        e.place,
        name(e.place),
        '',
        '',
        cell(e.start),
        cell(e.end),
        e.stop.waitMinutes,
        e.stop.visitMinutes,
        '',
        '',
        !e.stop.hoursVerified,
        options.stopNotes?.[e.place] ?? '',
      ])
    else if (e.kind === 'travel')
      rows.push([
        e.day,
        'travel',
        '',
        e.from,
        name(e.from),
        e.to,
        name(e.to),
        cell(e.start),
        cell(e.end),
        '',
        Math.round(e.leg.minutes),
        Math.round(e.leg.km * 10) / 10,
        e.leg.modes.join(' '),
        e.leg.estimated,
        '',
      ])
    else if (e.kind === 'lunch')
      rows.push([
        e.day,
        'lunch',
        '',
        e.place,
        name(e.place),
        '',
        '',
        cell(e.start),
        cell(e.end),
        '',
        '',
        '',
        '',
        '',
        '',
      ])
    else rows.push([e.day, 'night', '', e.place, name(e.place), '', '', cell(e.start), '', '', '', '', '', '', ''])
  }
  const last = itinerary.days[itinerary.days.length - 1]
  const end = tripEnd(itinerary, events)
  if (last && end)
    rows.push([last.day, 'end', '', last.to, name(last.to), '', '', cell(end), '', '', '', '', '', '', ''])
  return CSV_BOM + rows.map(csvLine).join('\r\n') + '\r\n'
}
