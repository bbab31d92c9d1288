/**
 * Trip as GPX 1.1
 * ===============
 * The stops as waypoints (names, arrival times in UTC, a description with the visit and the note) and
 * each day's drive as a route (`rte`) along the links' geometry where the data has one. For OsmAnd,
 * Organic Maps, Garmin. Written by hand (see docs/decisions/0006-trip-exports.md): every text is
 * escaped, and control characters a file could carry are removed.
 */
import type { Dataset } from '../dataset/dataset.ts'
import { placeOf } from '../dataset/lookup.ts'
import type { Itinerary } from '../itinerary/itinerary.ts'
import { safeText } from './text-cells.ts'
import { legPath, localToUtc, tripEnd, tripEvents } from './trip-events.ts'
import { defaultTripTitle, placeLabel, type TripExportOptions } from './trip-export-options.ts'

/** Text for XML content and attributes. */
export function xmlText(value: unknown): string {
  return (
    safeText(value)
      // Characters XML 1.0 cannot hold at all: lone surrogates and the two non-characters.
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  )
}

const coord = (x: number) => x.toFixed(6)

export function tripGpx(itinerary: Itinerary, dataset: Dataset, options: TripExportOptions): string {
  const { lang } = options
  const vi = lang === 'vi'
  const name = (id: string) => placeLabel(dataset, id, lang)
  const events = tripEvents(itinerary)
  const title =
    options.title ??
    defaultTripTitle(dataset, itinerary.days[0]?.from ?? '', itinerary.order[0], itinerary.days.length, lang)
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="heritage-routes" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">',
    '  <metadata>',
    `    <name>${xmlText(title)}</name>`,
    ...(options.tourNote ? [`    <desc>${xmlText(options.tourNote)}</desc>`] : []),
    ...(options.url && /^https?:\/\//.test(options.url)
      ? [`    <link href="${xmlText(options.url)}"><text>${xmlText(title)}</text></link>`]
      : []),
    `    <time>${xmlText(options.generatedAt)}</time>`,
    '  </metadata>',
  ]
  const waypoint = (place: string, time: string, label: string, desc: string, type: string) => {
    const p = placeOf(dataset, place)!
    out.push(
      `  <wpt lat="${coord(p.lat)}" lon="${coord(p.lon)}">`,
      `    <time>${localToUtc(time)}</time>`,
      `    <name>${xmlText(label)}</name>`,
      ...(desc ? [`    <desc>${xmlText(desc)}</desc>`] : []),
      `    <type>${xmlText(type)}</type>`,
      '  </wpt>',
    )
  }
  const first = itinerary.days[0]
  if (first)
    waypoint(
      first.from,
      `${first.date}T${first.depart}`,
      `${vi ? 'Xuất phát' : 'Start'}: ${name(first.from)}`,
      '',
      'start',
    )
  for (const e of events) {
    if (e.kind === 'visit') {
      const visit = vi
        ? `Ngày ${e.day}: đến ${e.stop.arrive}, tham quan ${e.stop.start}–${e.stop.depart}`
        : `Day ${e.day}: arrive ${e.stop.arrive}, visit ${e.stop.start}–${e.stop.depart}`
      const note = options.stopNotes?.[e.place]
      waypoint(e.place, e.arrive, `${e.order}. ${name(e.place)}`, note ? `${visit}. ${note}` : visit, 'visit')
    } else if (e.kind === 'night')
      waypoint(
        e.place,
        e.start,
        `${vi ? 'Nghỉ đêm' : 'Night'}: ${name(e.place)}`,
        vi ? `Hết ngày ${e.day}` : `End of day ${e.day}`,
        'overnight',
      )
  }
  const last = itinerary.days[itinerary.days.length - 1]
  if (last) waypoint(last.to, tripEnd(itinerary, events)!, `${vi ? 'Kết thúc' : 'End'}: ${name(last.to)}`, '', 'end')
  for (const day of itinerary.days) {
    const points = day.legs.flatMap((leg) => legPath(dataset, leg))
    if (points.length < 2) continue
    out.push(
      '  <rte>',
      `    <name>${xmlText(vi ? `Ngày ${day.day}: ${name(day.from)} → ${name(day.to)}` : `Day ${day.day}: ${name(day.from)} → ${name(day.to)}`)}</name>`,
      `    <number>${day.day}</number>`,
    )
    let previous = ''
    for (const [lon, lat] of points) {
      const key = `${coord(lat)},${coord(lon)}`
      if (key === previous) continue
      previous = key
      out.push(`    <rtept lat="${coord(lat)}" lon="${coord(lon)}"/>`)
    }
    out.push('  </rte>')
  }
  out.push('</gpx>')
  return out.join('\n') + '\n'
}
