/**
 * Comparison report
 * =================
 * The before-and-after answer as a printable markdown document, in Vietnamese or English: the summary
 * first (changes both ways, never only the good news), then the largest changes, the projects, the
 * critical links, reach and day trips, and how to read it. The command line writes it with
 * `compare --format md`; the web app offers the same file for download. Also the pairs as CSV.
 */
import type { Dataset } from '../dataset/dataset.ts'
import { formatMinutes, type Language } from '../model/common.ts'
import { csvLine, markdownCell } from '../export/text-cells.ts'
import { HERITAGE_WEIGHTS } from '../itinerary/heritage-value.ts'
import { DEFAULT_WINDOW } from '../itinerary/check-request.ts'
import { DAY_REACH_MINUTES, type ChangeSummary } from './change.ts'
import type { Comparison } from './comparison.ts'
import type { PairChange } from './compare-pairs.ts'
import type { CriticalLink } from './critical-links.ts'
import { describeNoEffect, describeScenario, joinList } from './report-text.ts'
import { linkName, placeName, projectName } from '../dataset/lookup.ts'

const r1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10)

/** Every pair as CSV, one line each with a header: ids, names in `lang`, kind, minutes, km. */
export function pairsCsv(pairs: readonly PairChange[], dataset: Dataset, lang: Language = 'en'): string {
  const lines = [
    csvLine([
      'from',
      'to',
      'from_name',
      'to_name',
      'change',
      'before_minutes',
      'after_minutes',
      'saved_minutes',
      'saved_percent',
      'before_km',
      'after_km',
      'pair_weight',
    ]),
  ]
  for (const p of pairs)
    lines.push(
      csvLine([
        p.from,
        p.to,
        placeName(dataset, p.from, lang),
        placeName(dataset, p.to, lang),
        p.kind,
        r1(p.beforeMinutes),
        r1(p.afterMinutes),
        r1(p.savedMinutes),
        r1(p.savedPercent),
        r1(p.beforeKm),
        r1(p.afterKm),
        p.weight,
      ]),
    )
  return lines.join('\n') + '\n'
}

/** Words of the report in each language. */
const WORDS = {
  en: {
    title: 'Before and after',
    openBefore: 'Open projects before',
    openAfter: 'after',
    none: 'none',
    summary: 'Summary',
    trips: (s: ChangeSummary) =>
      `Of ${s.trips} ${s.trips === 1 ? 'pair' : 'pairs'} of places: ${s.faster} faster${s.faster ? ` (${formatMinutes(s.meanMinutesSavedPerFasterTrip)} saved per trip on average)` : ''}, ${s.slower} slower${s.slower ? ` (${formatMinutes(s.meanMinutesLostPerSlowerTrip)} lost per trip on average)` : ''}, ${s.connected} newly connected, ${s.disconnected} cut off, ${s.same} unchanged.`,
    withinDay: (s: ChangeSummary) =>
      `Heritage-site pairs within a day's reach (at most ${formatMinutes(DAY_REACH_MINUTES)} one way): ${s.withinDayBefore} of ${s.heritagePairs} before, ${s.withinDayAfter} after.`,
    largestSaving: 'Largest saving',
    largestLoss: 'Largest loss',
    lead: 'The project that matters most',
    leadAlone: (s: ChangeSummary) =>
      `on its own it makes ${s.faster} trips faster${s.faster ? ` by ${formatMinutes(s.meanMinutesSavedPerFasterTrip)} on average` : ''}${s.connected ? ` and connects ${s.connected}` : ''}`,
    leadWithout: (s: ChangeSummary) =>
      `without it ${s.faster} trips are slower${s.faster ? ` by ${formatMinutes(s.meanMinutesSavedPerFasterTrip)} on average` : ''}${s.connected ? ` and ${s.connected} cut off` : ''}`,
    critical: 'Most critical link',
    criticalLine: (c: CriticalLink) =>
      [
        c.summary.disconnected ? `closing it cuts off ${c.summary.disconnected} trips` : null,
        c.summary.slower
          ? `${c.summary.disconnected ? 'and ' : 'closing it '}makes ${c.summary.slower} trips slower (${formatMinutes(c.summary.meanMinutesLostPerSlowerTrip)} per trip on average)`
          : null,
      ]
        .filter(Boolean)
        .join(' '),
    largest: 'Largest changes',
    cols: ['from', 'to', 'before', 'after', 'change', '%'],
    noRoute: 'no route',
    kinds: {
      faster: 'faster',
      slower: 'slower',
      connected: 'new route',
      disconnected: 'cut off',
      same: 'same',
      unreachable: 'no route',
    },
    projects: 'Projects',
    projectsIntro:
      '"Alone": the project added on its own to "before". "Without": removed on its own from "after". Trips are pairs of places; minutes are per trip.',
    projectCols: [
      'project',
      'alone: trips faster / slower',
      'alone: min saved per faster trip',
      'without it: trips slower / faster',
      'without it: min lost per slower trip',
      'routes: new alone / lost without',
      'weighted min (alone / without)',
      'why nothing changes',
    ],
    criticalTitle: (side: string) => `Critical links (${side})`,
    criticalCols: ['link', 'trips cut off', 'trips slower', 'min per slower trip', 'trip-minutes lost'],
    beforeWord: 'before',
    afterWord: 'after',
    noCritical: 'No single closure changes a trip.',
    reach: 'Reach from the gateways',
    reachCols: ['from', 'within', 'sites before', 'sites after', 'score before', 'score after', 'gained'],
    within: (m: number) => `${m} min`,
    dayTrips: (date: string) => `One-day trips from the gateways (${date}, ${DEFAULT_WINDOW[0]}–${DEFAULT_WINDOW[1]})`,
    dayTripsIntro: 'The sites that fit in one day when the planner may pick any (most heritage value first).',
    dayCols: ['from', 'before', 'after', 'value', 'now possible'],
    sites: (n: number) => `${n} site${n === 1 ? '' : 's'}`,
    howTo: 'How to read this',
    howToLines: [
      `A trip is a pair of places; it is faster or slower when its time moves by more than half a minute.`,
      `Weighted minutes (secondary): each pair weighs the mean heritage value of its places (UNESCO ${HERITAGE_WEIGHTS.unesco}, special national relic ${HERITAGE_WEIGHTS['special-national']}, national ${HERITAGE_WEIGHTS.national}, provincial ${HERITAGE_WEIGHTS.provincial}, other ${HERITAGE_WEIGHTS.other}).`,
      'Most site positions, road lengths and speeds are estimates; differences of a few minutes are within their error.',
      'Assumed dates are hypotheses of this comparison, not announcements.',
    ],
  },
  vi: {
    title: 'Trước và sau',
    openBefore: 'Dự án đã mở trước',
    openAfter: 'sau',
    none: 'không có',
    summary: 'Tóm tắt',
    trips: (s: ChangeSummary) =>
      `Trong ${s.trips} cặp địa điểm: ${s.faster} nhanh hơn${s.faster ? ` (trung bình bớt ${formatMinutes(s.meanMinutesSavedPerFasterTrip, 'vi')} mỗi chuyến)` : ''}, ${s.slower} chậm hơn${s.slower ? ` (trung bình thêm ${formatMinutes(s.meanMinutesLostPerSlowerTrip, 'vi')} mỗi chuyến)` : ''}, ${s.connected} mới có đường, ${s.disconnected} mất đường, ${s.same} không đổi.`,
    withinDay: (s: ChangeSummary) =>
      `Cặp di tích đi về trong ngày được (một chiều tối đa ${formatMinutes(DAY_REACH_MINUTES, 'vi')}): trước ${s.withinDayBefore}/${s.heritagePairs}, sau ${s.withinDayAfter}/${s.heritagePairs}.`,
    largestSaving: 'Rút ngắn nhiều nhất',
    largestLoss: 'Chậm đi nhiều nhất',
    lead: 'Dự án quan trọng nhất',
    leadAlone: (s: ChangeSummary) =>
      `riêng nó làm ${s.faster} chuyến nhanh hơn${s.faster ? `, trung bình ${formatMinutes(s.meanMinutesSavedPerFasterTrip, 'vi')}` : ''}${s.connected ? ` và nối thêm ${s.connected} cặp` : ''}`,
    leadWithout: (s: ChangeSummary) =>
      `thiếu nó ${s.faster} chuyến chậm hơn${s.faster ? `, trung bình ${formatMinutes(s.meanMinutesSavedPerFasterTrip, 'vi')}` : ''}${s.connected ? ` và ${s.connected} cặp mất đường` : ''}`,
    critical: 'Đoạn tuyến xung yếu nhất',
    criticalLine: (c: CriticalLink) =>
      [
        c.summary.disconnected ? `nếu đóng, ${c.summary.disconnected} cặp mất đường` : null,
        c.summary.slower
          ? `${c.summary.disconnected ? 'và' : 'nếu đóng,'} ${c.summary.slower} chuyến chậm hơn (trung bình ${formatMinutes(c.summary.meanMinutesLostPerSlowerTrip, 'vi')} mỗi chuyến)`
          : null,
      ]
        .filter(Boolean)
        .join(' '),
    largest: 'Thay đổi lớn nhất',
    cols: ['từ', 'đến', 'trước', 'sau', 'thay đổi', '%'],
    noRoute: 'không có đường',
    kinds: {
      faster: 'nhanh hơn',
      slower: 'chậm hơn',
      connected: 'có đường mới',
      disconnected: 'mất đường',
      same: 'như cũ',
      unreachable: 'không có đường',
    },
    projects: 'Các dự án',
    projectsIntro:
      '"Riêng": chỉ thêm dự án này vào kịch bản "trước". "Thiếu": chỉ bỏ dự án này khỏi kịch bản "sau". Mỗi chuyến là một cặp địa điểm; số phút tính cho mỗi chuyến.',
    projectCols: [
      'dự án',
      'riêng: chuyến nhanh hơn / chậm hơn',
      'riêng: phút bớt mỗi chuyến nhanh hơn',
      'thiếu: chuyến chậm hơn / nhanh hơn',
      'thiếu: phút thêm mỗi chuyến chậm hơn',
      'đường: mới khi riêng / mất khi thiếu',
      'phút có trọng số (riêng / thiếu)',
      'vì sao không đổi',
    ],
    criticalTitle: (side: string) => `Đoạn tuyến xung yếu (${side})`,
    criticalCols: ['đoạn tuyến', 'cặp mất đường', 'chuyến chậm hơn', 'phút mỗi chuyến chậm', 'tổng phút mất thêm'],
    beforeWord: 'trước',
    afterWord: 'sau',
    noCritical: 'Đóng riêng một đoạn nào cũng không làm đổi chuyến nào.',
    reach: 'Tiếp cận di sản từ các cửa ngõ',
    reachCols: ['từ', 'trong vòng', 'số di tích trước', 'số di tích sau', 'điểm trước', 'điểm sau', 'thêm'],
    within: (m: number) => `${m} phút`,
    dayTrips: (date: string) => `Đi trong ngày từ các cửa ngõ (${date}, ${DEFAULT_WINDOW[0]}–${DEFAULT_WINDOW[1]})`,
    dayTripsIntro: 'Các di tích đi được trong một ngày khi để bộ lập lịch tự chọn (ưu tiên giá trị di sản cao).',
    dayCols: ['từ', 'trước', 'sau', 'giá trị', 'nay đi được'],
    sites: (n: number) => `${n} di tích`,
    howTo: 'Cách đọc',
    howToLines: [
      'Mỗi chuyến là một cặp địa điểm; chuyến nhanh hơn hay chậm hơn khi thời gian đổi quá nửa phút.',
      `Phút có trọng số (phụ): mỗi cặp nặng bằng trung bình giá trị di sản của hai điểm (UNESCO ${HERITAGE_WEIGHTS.unesco}, di tích quốc gia đặc biệt ${HERITAGE_WEIGHTS['special-national']}, quốc gia ${HERITAGE_WEIGHTS.national}, cấp tỉnh ${HERITAGE_WEIGHTS.provincial}, khác ${HERITAGE_WEIGHTS.other}).`,
      'Phần lớn vị trí di tích, chiều dài và tốc độ đường là ước tính; chênh vài phút nằm trong sai số.',
      'Ngày giả định là giả thuyết của phép so sánh này, không phải công bố chính thức.',
    ],
  },
} as const

/** The comparison as a markdown report in `lang`. */
export function comparisonMarkdown(c: Comparison, dataset: Dataset, lang: Language = 'en'): string {
  const W = WORDS[lang]
  const m = (x: number) => formatMinutes(x, lang)
  const name = (id: string) => markdownCell(placeName(dataset, id, lang))
  const pname = (id: string) => markdownCell(projectName(dataset, id, lang))
  const row = (cells: readonly unknown[]) => `| ${cells.map((x) => String(x)).join(' | ')} |`
  const s = c.summary
  const lines: string[] = [
    `# ${W.title}: ${markdownCell(describeScenario(c.before, dataset, lang))} → ${markdownCell(describeScenario(c.after, dataset, lang))}`,
    '',
    `${W.openBefore}: ${c.before.openProjects.map(pname).join(', ') || W.none}. ${W.openAfter[0]!.toUpperCase()}${W.openAfter.slice(1)}: ${c.after.openProjects.map(pname).join(', ') || W.none}.`,
    '',
    `## ${W.summary}`,
    '',
    `- ${W.trips(s)}`,
  ]
  const header = (cols: readonly string[]) => {
    lines.push(row(cols), row(cols.map(() => '---')))
  }
  if (s.heritagePairs > 0) lines.push(`- ${W.withinDay(s)}`)
  const fastest = c.pairs.filter((p) => p.kind === 'faster').sort((x, y) => y.savedMinutes! - x.savedMinutes!)[0]
  const slowest = c.pairs.filter((p) => p.kind === 'slower').sort((x, y) => x.savedMinutes! - y.savedMinutes!)[0]
  const change = (p: PairChange) =>
    `${name(p.from)} ↔ ${name(p.to)}, ${m(p.beforeMinutes!)} → ${m(p.afterMinutes!)} (${p.savedMinutes! > 0 ? '−' : '+'}${m(Math.abs(p.savedMinutes!))}, ${Math.abs(p.savedPercent!).toFixed(0)}%)`
  if (fastest) lines.push(`- ${W.largestSaving}: ${change(fastest)}.`)
  if (slowest) lines.push(`- ${W.largestLoss}: ${change(slowest)}.`)
  const lead = c.projects?.find((p) => p.alone.faster + p.alone.connected + p.without.faster + p.without.connected > 0)
  if (lead) lines.push(`- ${W.lead}: ${pname(lead.id)} — ${W.leadAlone(lead.alone)}; ${W.leadWithout(lead.without)}.`)
  for (const p of c.projects ?? []) {
    const reason = p.aloneReason ?? p.withoutReason
    if (p.aloneReason && p.withoutReason && reason)
      lines.push(`- ${pname(p.id)}: ${markdownCell(describeNoEffect(reason, dataset, lang, 'alone'))}`)
    else if (p.aloneReason?.kind === 'needs')
      lines.push(`- ${pname(p.id)}: ${markdownCell(describeNoEffect(p.aloneReason, dataset, lang, 'alone'))}`)
  }
  const critical = c.critical?.after[0]
  if (critical)
    lines.push(
      `- ${W.critical} (${W.afterWord}): ${markdownCell(linkName(dataset, critical.link, lang))} — ${W.criticalLine(critical)}.`,
    )

  const changed = c.pairs.filter((p) => p.kind !== 'same' && p.kind !== 'unreachable')
  if (changed.length > 0) {
    lines.push('', `## ${W.largest}`, '')
    header(W.cols)
    for (const p of changed.slice(0, 25))
      lines.push(
        row([
          name(p.from),
          name(p.to),
          p.beforeMinutes === null ? W.noRoute : m(p.beforeMinutes),
          p.afterMinutes === null ? W.noRoute : m(p.afterMinutes),
          p.savedMinutes === null
            ? W.kinds[p.kind]
            : `${W.kinds[p.kind]} ${p.savedMinutes > 0 ? '−' : '+'}${m(Math.abs(p.savedMinutes))}`,
          p.savedPercent === null ? '' : Math.abs(p.savedPercent).toFixed(0),
        ]),
      )
  }
  if (c.projects) {
    lines.push('', `## ${W.projects}`, '', W.projectsIntro, '')
    header(W.projectCols)
    for (const p of c.projects) {
      const why = [p.aloneReason, p.withoutReason]
        .map((r, i) => (r ? describeNoEffect(r, dataset, lang, i === 0 ? 'alone' : 'without') : null))
        .filter((x): x is string => x !== null)
      lines.push(
        row([
          pname(p.id),
          `${p.alone.faster} / ${p.alone.slower}`,
          p.alone.faster ? m(p.alone.meanMinutesSavedPerFasterTrip) : '',
          `${p.without.faster} / ${p.without.slower}`,
          p.without.faster ? m(p.without.meanMinutesSavedPerFasterTrip) : '',
          `${p.alone.connected} / ${p.without.connected}`,
          `${Math.round(p.alone.weightedNetMinutes)} / ${Math.round(p.without.weightedNetMinutes)}`,
          markdownCell([...new Set(why)].join(' ')),
        ]),
      )
    }
  }
  if (c.critical)
    for (const [side, list] of [
      [W.beforeWord, c.critical.before],
      [W.afterWord, c.critical.after],
    ] as const) {
      lines.push('', `## ${W.criticalTitle(side)}`, '')
      if (list.length === 0) {
        lines.push(W.noCritical)
        continue
      }
      header(W.criticalCols)
      for (const k of list.slice(0, 10))
        lines.push(
          row([
            markdownCell(linkName(dataset, k.link, lang)),
            k.summary.disconnected,
            k.summary.slower,
            k.summary.slower ? m(k.summary.meanMinutesLostPerSlowerTrip) : '',
            Math.round(k.summary.minutesLostOnSlower),
          ]),
        )
    }
  if (c.reach) {
    lines.push('', `## ${W.reach}`, '')
    header(W.reachCols)
    for (const r of c.reach)
      lines.push(
        row([
          name(r.gateway),
          W.within(r.minutes),
          r.before.length,
          r.after.length,
          r.beforeScore,
          r.afterScore,
          joinList(r.gained.map(name), lang),
        ]),
      )
  }
  if (c.dayTrips && c.dayTrips.length > 0) {
    lines.push('', `## ${W.dayTrips(c.dayTrips[0]!.date)}`, '', W.dayTripsIntro, '')
    header(W.dayCols)
    for (const d of c.dayTrips)
      lines.push(
        row([
          name(d.gateway),
          W.sites(d.before.length),
          W.sites(d.after.length),
          `${d.beforeValue} → ${d.afterValue}`,
          joinList(d.gained.map(name), lang),
        ]),
      )
  }
  lines.push('', `## ${W.howTo}`, '', ...W.howToLines.map((l) => `- ${l}`))
  return lines.join('\n') + '\n'
}
