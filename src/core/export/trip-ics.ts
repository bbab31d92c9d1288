/**
 * Trip as iCalendar (RFC 5545)
 * ============================
 * One event per visit and per drive, on the local clock of `Asia/Ho_Chi_Minh` with its VTIMEZONE
 * (UTC+7 all year, no daylight saving since 1975), stable UIDs (the same trip exported twice gives
 * the same UIDs, so a calendar updates rather than duplicates), the place's coordinates in `GEO`,
 * the notes and the trip's address in `DESCRIPTION`. Lines end in CRLF and are folded at 75 octets.
 * Written by hand: the `ics` package cannot write TZID with a VTIMEZONE, and ical-generator needs a
 * date library for it (docs/decisions/0006-trip-exports.md).
 */
import type { Dataset } from '../dataset/dataset.ts'
import type { Itinerary } from '../itinerary/itinerary.ts'
import { formatMinutes } from '../model/common.ts'
import { safeText } from './text-cells.ts'
import { tripEvents, TRIP_TIME_ZONE } from './trip-events.ts'
import { defaultTripTitle, fingerprint, placeLabel, type TripExportOptions } from './trip-export-options.ts'

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function icsText(value: unknown): string {
  return safeText(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Folds a content line at 75 octets (never inside a UTF-8 character), continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = '',
    octets = 0
  for (const ch of line) {
    const cp = ch.codePointAt(0)!
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** `2026-12-05T08:30` → `20261205T083000`. */
const icsLocal = (dateTime: string) => `${dateTime.replace(/-/g, '').replace(':', '')}00`
/** `2026-11-28T10:00:00Z` (or with milliseconds) → `20261128T100000Z`. */
const icsUtc = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TRIP_TIME_ZONE}`,
  `X-LIC-LOCATION:${TRIP_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:+07',
  'DTSTART:19750613T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
]

export function tripIcs(itinerary: Itinerary, dataset: Dataset, options: TripExportOptions): string {
  const { lang } = options
  const vi = lang === 'vi'
  const name = (id: string) => placeLabel(dataset, id, lang)
  const title =
    options.title ??
    defaultTripTitle(dataset, itinerary.days[0]?.from ?? '', itinerary.order[0], itinerary.days.length, lang)
  // The trip's identity: where it starts, on which day, and what it visits. Stable across exports.
  const tripId = fingerprint(
    JSON.stringify([itinerary.days[0]?.from, itinerary.days[0]?.date, itinerary.order, itinerary.days.length]),
  )
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//heritage-routes//trip export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(title)}`,
    `X-WR-TIMEZONE:${TRIP_TIME_ZONE}`,
    ...VTIMEZONE,
  ]
  const stamp = icsUtc(options.generatedAt)
  const url = options.url && /^https?:\/\//.test(options.url) ? options.url : null
  const describe = (parts: Array<string | null | undefined>) => icsText(parts.filter(Boolean).join('\n'))
  for (const e of tripEvents(itinerary)) {
    if (e.kind === 'night') continue
    const uid =
      e.kind === 'visit'
        ? `${tripId}-d${e.day}-visit-${e.order}-${e.place}@heritage-routes`
        : e.kind === 'lunch'
          ? `${tripId}-d${e.day}-lunch@heritage-routes`
          : `${tripId}-d${e.day}-travel-${e.from}-${e.to}@heritage-routes`
    const place = e.kind === 'travel' ? dataset.placeById.get(e.to)! : dataset.placeById.get(e.place)!
    const summary =
      e.kind === 'visit'
        ? `${vi ? 'Tham quan' : 'Visit'}: ${name(e.place)}`
        : e.kind === 'lunch'
          ? `${vi ? 'Ăn trưa gần' : 'Lunch near'} ${name(e.place)}`
          : `${vi ? 'Di chuyển' : 'Travel'}: ${name(e.from)} → ${name(e.to)} (${formatMinutes(e.leg.minutes, lang)}, ${e.leg.km.toFixed(1).replace('.', vi ? ',' : '.')} km)`
    const description =
      e.kind === 'lunch'
        ? describe([url])
        : e.kind === 'visit'
          ? describe([
              e.stop.waitMinutes > 0
                ? vi
                  ? `Đến ${e.stop.arrive}, chờ ${e.stop.waitMinutes} phút`
                  : `Arrive ${e.stop.arrive}, wait ${e.stop.waitMinutes} min`
                : null,
              !e.stop.hoursVerified ? (vi ? 'Giờ mở cửa chưa được kiểm chứng.' : 'Opening hours not verified.') : null,
              e.stop.festival ? `${vi ? 'Lễ hội' : 'Festival'}: ${e.stop.festival[lang]}` : null,
              options.stopNotes?.[e.place],
              url,
            ])
          : describe([e.leg.estimated ? (vi ? 'Thời gian đi là ước tính.' : 'Travel time is an estimate.') : null, url])
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${TRIP_TIME_ZONE}:${icsLocal(e.start)}`,
      `DTEND;TZID=${TRIP_TIME_ZONE}:${icsLocal(e.end)}`,
      `SUMMARY:${icsText(summary)}`,
      `LOCATION:${icsText(name(place.id))}`,
      `GEO:${place.lat.toFixed(6)};${place.lon.toFixed(6)}`,
      ...(description ? [`DESCRIPTION:${description}`] : []),
      ...(url ? [`URL:${url.replace(/[\r\n]/g, '')}`] : []),
      `CATEGORIES:${e.kind === 'visit' ? 'VISIT' : e.kind === 'lunch' ? 'MEAL' : 'TRAVEL'}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
