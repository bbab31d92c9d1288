/**
 * Trip as a markdown roadbook
 * ===========================
 * The plan to read or print, in Vietnamese or English: each day's timeline (leave, drive with minutes
 * and km, arrive, visit with that day's opening hours and fee, the night), then what was left out,
 * the warnings, and the sources of the places visited. What `itinerary --format md` writes.
 */
import type { Dataset } from '../dataset/dataset.ts'
import { sourceOf } from '../dataset/lookup.ts'
import type { Itinerary } from '../itinerary/itinerary.ts'
import { formatMinutes, noteText, type Language } from '../model/common.ts'
import { LINK_MODE_NAMES, type LinkMode } from '../model/link.ts'
import { describeDrop, describeNote } from '../itinerary/describe-note.ts'
import { describeScenario } from '../compare/report-text.ts'
import { markdownCell } from './text-cells.ts'
import { tripEvents } from './trip-events.ts'
import { defaultTripTitle, placeLabel, type TripExportOptions } from './trip-export-options.ts'
import { visitFacts } from './visit-facts.ts'

/** A day as people write it: `Sat 5 Dec 2026` / `Thứ Bảy, 5/12/2026`. */
export function formatDay(date: string, lang: Language): string {
  const d = new Date(`${date}T12:00:00Z`)
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    weekday: lang === 'vi' ? 'long' : 'short',
    day: 'numeric',
    month: lang === 'vi' ? 'numeric' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d)
}

const number = (x: number, lang: Language, digits = 1) =>
  x.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })

export function tripMarkdown(itinerary: Itinerary, dataset: Dataset, options: TripExportOptions): string {
  const { lang } = options
  const vi = lang === 'vi'
  const name = (id: string) => markdownCell(placeLabel(dataset, id, lang))
  const m = (x: number) => formatMinutes(x, lang)
  const title =
    options.title ??
    defaultTripTitle(dataset, itinerary.days[0]?.from ?? '', itinerary.order[0], itinerary.days.length, lang)
  const lines = [`# ${markdownCell(title)}`, '']
  if (options.tourNote) lines.push(markdownCell(options.tourNote), '')
  lines.push(
    vi
      ? `${itinerary.days.length} ngày · ${m(itinerary.travelMinutes)} di chuyển · tổng ${m(itinerary.totalMinutes)}`
      : `${itinerary.days.length} day${itinerary.days.length === 1 ? '' : 's'} · ${m(itinerary.travelMinutes)} travelling · ${m(itinerary.totalMinutes)} door to door`,
  )
  if (options.url && /^https?:\/\//.test(options.url))
    lines.push('', `${vi ? 'Liên kết' : 'Link'}: <${options.url.replace(/[<>\s]/g, '')}>`)
  const events = tripEvents(itinerary)
  for (const day of itinerary.days) {
    lines.push('', `## ${vi ? 'Ngày' : 'Day'} ${day.day} — ${formatDay(day.date, lang)}`, '')
    lines.push(`- ${day.depart} ${vi ? 'Rời' : 'Leave'} ${name(day.from)}`)
    for (const e of events.filter((x) => x.day === day.day)) {
      if (e.kind === 'travel') {
        const how =
          e.leg.modes.length === 1 && e.leg.modes[0] === 'road'
            ? ''
            : ` (${e.leg.modes.map((x) => LINK_MODE_NAMES[x as LinkMode]?.[lang] ?? x).join(', ')})`
        lines.push(
          `- ${e.start.slice(11)}–${e.end.slice(11)} ${vi ? 'Di chuyển' : 'Travel'} ${m(e.leg.minutes)} · ${number(e.leg.km, lang)} km${how} → ${name(e.to)}${e.leg.estimated ? (vi ? ' (ước tính)' : ' (estimate)') : ''}`,
        )
      } else if (e.kind === 'lunch') {
        lines.push(`- ${e.start.slice(11)}–${e.end.slice(11)} ${vi ? 'Ăn trưa gần' : 'Lunch near'} ${name(e.place)}`)
      } else if (e.kind === 'visit') {
        const place = dataset.placeById.get(e.place)!
        const facts = visitFacts(place, e.start.slice(0, 10))
        const hours =
          facts.hours === null
            ? vi
              ? 'giờ mở cửa chưa rõ'
              : 'hours unknown'
            : facts.hours.length === 0
              ? vi
                ? 'đóng cửa hôm nay'
                : 'closed this day'
              : `${vi ? 'mở' : 'open'} ${facts.hours.join(', ')}${facts.lastEntry ? (vi ? `, vào cửa trước ${facts.lastEntry}` : `, last entry ${facts.lastEntry}`) : ''}${facts.hoursVerified ? '' : vi ? ' (chưa kiểm chứng)' : ' (not verified)'}`
        const fee =
          facts.feeVnd === null
            ? ''
            : facts.feeVnd === 0
              ? vi
                ? ' · miễn phí vào cửa'
                : ' · free entry'
              : ` · ${vi ? 'vé' : 'fee'} ${facts.feeVnd.toLocaleString(vi ? 'vi-VN' : 'en-GB')} ₫`
        lines.push(
          `- ${e.start.slice(11)}–${e.end.slice(11)} **${e.order}. ${name(e.place)}** (${hours}${fee})${e.stop.waitMinutes > 0 ? (vi ? ` — đến ${e.stop.arrive}, chờ ${e.stop.waitMinutes} phút` : ` — arrive ${e.stop.arrive}, wait ${e.stop.waitMinutes} min`) : ''}`,
        )
        if (e.stop.festival) lines.push(`  - ${vi ? 'Lễ hội' : 'Festival'}: ${markdownCell(e.stop.festival[lang])}`)
        const note = options.stopNotes?.[e.place]
        if (note) lines.push(`  - ${markdownCell(note)}`)
      }
    }
    lines.push(
      day.day < itinerary.days.length
        ? `- ${day.arrive} ${vi ? 'Nghỉ đêm tại' : 'Night at'} ${name(day.to)}`
        : `- ${day.arrive} ${vi ? 'Về đến' : 'Back at'} ${name(day.to)}`,
    )
  }
  if (itinerary.dropped.length > 0) {
    lines.push('', `## ${vi ? 'Không xếp được' : 'Left out'}`, '')
    for (const d of itinerary.dropped)
      lines.push(`- ${name(d.place)}: ${markdownCell(describeDrop(d.cause, dataset, lang))}`)
  }
  if (itinerary.notes.length > 0) {
    lines.push('', `## ${vi ? 'Lưu ý' : 'Good to know'}`, '')
    const scenario = describeScenario(itinerary.scenario, dataset, lang)
    for (const n of itinerary.notes) lines.push(`- ${markdownCell(describeNote(n, dataset, scenario, lang))}`)
  }
  const sourceIds = new Set(
    itinerary.order.flatMap((id) => {
      const p = dataset.placeById.get(id)!
      return [...(p.sources ?? []), ...Object.values(p.provenance ?? {}).flatMap((x) => x?.sources ?? [])]
    }),
  )
  const sources = [...sourceIds].map((id) => sourceOf(dataset, id)).filter((s) => s !== undefined)
  if (sources.length > 0) {
    lines.push('', `## ${vi ? 'Nguồn' : 'Sources'}`, '')
    for (const s of sources) lines.push(`- ${markdownCell(noteText(s.title, lang))}${s.url ? ` <${s.url}>` : ''}`)
  }
  return lines.join('\n') + '\n'
}
