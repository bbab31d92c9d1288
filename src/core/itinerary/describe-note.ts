/**
 * Describe notes
 * ==============
 * Sentences, in Vietnamese or English, for what the planner returns as data: why a place was left
 * out, and each warning of a trip. The command line, the roadbook and the web page all use these, so
 * they always say the same thing.
 */
import type { Dataset } from '../dataset/dataset.ts'
import { projectName } from '../dataset/lookup.ts'
import { placeName } from '../dataset/lookup.ts'
import type { ProjectId } from '../model/ids.ts'
import { formatPartialDate, type Language } from '../model/common.ts'
import type { Weekday } from '../model/place.ts'
import { describeProjectTiming } from '../routing/find-route.ts'
import type { DropCause, ItineraryNote } from './itinerary.ts'

/** Names of the days of the week. */
export const WEEKDAY_NAMES: Record<Weekday, { readonly vi: string; readonly en: string }> = {
  mon: { vi: 'thứ Hai', en: 'Monday' },
  tue: { vi: 'thứ Ba', en: 'Tuesday' },
  wed: { vi: 'thứ Tư', en: 'Wednesday' },
  thu: { vi: 'thứ Năm', en: 'Thursday' },
  fri: { vi: 'thứ Sáu', en: 'Friday' },
  sat: { vi: 'thứ Bảy', en: 'Saturday' },
  sun: { vi: 'Chủ nhật', en: 'Sunday' },
}

const SERVICE_NAMES = {
  waterway: { vi: 'Thuyền', en: 'Boat' },
  rail: { vi: 'Tàu', en: 'Train' },
  'cable-car': { vi: 'Cáp treo', en: 'Cable car' },
} as const

const list = (items: readonly string[], lang: Language) =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'and'} ${items.at(-1)}`

/** Why a place was left out, in a few words. */
export function describeDrop(cause: DropCause, dataset: Dataset, lang: Language = 'en'): string {
  const vi = lang === 'vi'
  const name = (id: string) => placeName(dataset, id, lang)
  switch (cause.kind) {
    case 'no-route':
      return vi ? 'không có đường trong kịch bản này' : 'no route in this scenario'
    case 'closed': {
      const days = list(
        cause.weekdays.map((d) => WEEKDAY_NAMES[d as Weekday]?.[lang] ?? d),
        lang,
      )
      return vi ? `đóng cửa vào ${days}` : `closed on ${days}`
    }
    case 'too-short':
      return vi
        ? `mở cửa quá ngắn cho ${cause.visitMinutes} phút tham quan`
        : `open too briefly for a ${cause.visitMinutes}-min visit`
    case 'closes':
      return vi
        ? `đóng cửa lúc ${cause.close}${cause.lastEntry ? ` (vào muộn nhất ${cause.lastEntry})` : ''}, trước khi kịp đến`
        : `closes at ${cause.close}${cause.lastEntry ? ` (last entry ${cause.lastEntry})` : ''}, before it can be reached`
    case 'no-day':
      return vi ? 'không xếp được vào ngày nào' : 'cannot be fitted on any day'
    case 'ends-late':
      return vi
        ? `thêm ${cause.extraMinutes} phút: ngày sẽ kết thúc lúc ${cause.endsAt}${cause.nextDay ? ' hôm sau' : ''}, sau ${cause.windowEnd}`
        : `would add ${cause.extraMinutes} min: the day would end at ${cause.endsAt}${cause.nextDay ? ' the next day' : ''}, after ${cause.windowEnd}`
    case 'travel-limit':
      return vi
        ? `thêm ${cause.extraMinutes} phút, vượt giới hạn ${cause.limitMinutes} phút lái xe mỗi ngày`
        : `would add ${cause.extraMinutes} min, over the ${cause.limitMinutes}-min daily driving limit`
    case 'worth-less':
      return vi
        ? `thêm ${cause.extraMinutes} phút; các điểm khác đáng đi hơn trong thời gian đó`
        : `would add ${cause.extraMinutes} min; other places were worth more in the time`
    case 'lock-closed':
      return vi
        ? `không mở cửa cho ${cause.visitMinutes} phút tham quan lúc ${cause.at}, giờ bạn đã đặt`
        : `is not open for a ${cause.visitMinutes}-min visit starting at ${cause.at}, the time it is locked to`
    case 'lock-unreachable':
      return vi
        ? `không thể đến kịp lúc ${cause.at}, giờ bạn đã đặt (sớm nhất ${cause.earliest})`
        : `cannot be reached by ${cause.at}, the time it is locked to (earliest arrival ${cause.earliest})`
    case 'conflicts':
      return cause.why === 'lock'
        ? vi
          ? `sẽ khiến ${name(cause.place)} lỡ giờ bạn đã đặt`
          : `would make ${name(cause.place)} miss the time it is locked to`
        : vi
          ? `sẽ khiến ${name(cause.place)} quá giờ mở cửa`
          : `would push ${name(cause.place)} past its opening hours`
    case 'lunch':
      return vi
        ? `sẽ không còn chỗ cho bữa trưa (bắt đầu trong khoảng ${cause.from}–${cause.to})`
        : `would leave no time for lunch (starting between ${cause.from} and ${cause.to})`
  }
}

/** One warning of a trip as a sentence. `scenarioLabel` names the scenario a plan relies on. */
export function describeNote(
  note: ItineraryNote,
  dataset: Dataset,
  scenarioLabel: string,
  lang: Language = 'en',
): string {
  const vi = lang === 'vi'
  const name = (id: string) => placeName(dataset, id, lang)
  const day = (d: string) => (vi ? formatPartialDate(d, 'vi') : d)
  switch (note.kind) {
    case 'missing':
      return vi
        ? `Không xếp được mọi điểm bắt buộc: ${note.places.map(name).join(', ')}.`
        : `Not every must-see place fits: ${note.places.map(name).join(', ')}.`
    case 'festival':
      return vi
        ? `${note.festival.vi} tại ${name(note.place)} diễn ra từ ${day(note.start)} đến ${day(note.end)}: ngày ${day(note.date)} sẽ đông khách.`
        : `${note.festival.en} at ${name(note.place)} runs ${note.start} to ${note.end}: expect crowds on ${note.date}.`
    case 'wait':
      return vi
        ? `Đến ${name(note.place)} lúc ${note.arrive} và chờ ${note.minutes} phút ${note.reason === 'lock' ? 'đến giờ bạn đã đặt' : 'đến giờ mở cửa'}.`
        : `Arrives at ${name(note.place)} at ${note.arrive} and waits ${note.minutes} min ${note.reason === 'lock' ? 'for the time it is locked to' : 'for it to open'}.`
    case 'no-route':
      return vi
        ? `Không có đường từ ${name(note.from)} đến ${name(note.to)} trong kịch bản này.`
        : `No route from ${name(note.from)} to ${name(note.to)} in this scenario.`
    case 'service': {
      const what = SERVICE_NAMES[note.mode][lang]
      const hours =
        note.hours.length > 0 ? (vi ? `; giờ chạy ${note.hours.join(', ')}` : `; it runs ${note.hours.join(', ')}`) : ''
      const every =
        note.headwayMinutes !== null
          ? vi
            ? `, khoảng ${note.headwayMinutes} phút một chuyến`
            : `, one every ${note.headwayMinutes} min`
          : ''
      return vi
        ? `${what} từ ${name(note.from)}: chờ và lên${every} (ước tính); lịch trình tính trung bình ${note.waitMinutes} phút chờ${hours} — hãy kiểm tra trước khi đi.`
        : `${what} from ${name(note.from)}: boarding and waiting${every} (estimate); the plan counts an average wait of ${note.waitMinutes} min${hours} — check before you go.`
    }
    case 'unopened': {
      const timing = describeProjectTiming(dataset, note.project as ProjectId)
      const project = projectName(dataset, note.project, lang)
      return vi
        ? `Dùng ${project}, trên thực tế chưa đưa vào sử dụng vào ngày ${day(note.date)}: lịch trình này theo kịch bản "${scenarioLabel}".`
        : `Uses ${timing.name} (${timing.when}), not open on ${note.date} in reality: this plan is for the scenario "${scenarioLabel}".`
    }
    case 'fewer-days':
      return vi
        ? `Mọi điểm đều vừa trong ${note.planned} ngày, ít hơn ${note.asked} ngày bạn chọn.`
        : `Everything fits in ${note.planned} ${note.planned === 1 ? 'day' : 'days'} of the ${note.asked} asked for.`
    case 'unverified':
      return vi
        ? `Giờ mở cửa chưa kiểm chứng: ${note.places.map(name).join(', ')} (coi như mở trong khung giờ đi).`
        : `Opening hours not verified for ${note.places.map(name).join(', ')}: treated as open within the day window.`
    case 'estimates':
      return vi
        ? `${note.estimatedMinutes}/${note.travelMinutes} phút di chuyển nằm trên các tuyến có chiều dài hoặc tốc độ là ước tính của chúng tôi.`
        : `${note.estimatedMinutes} of ${note.travelMinutes} travel minutes are on links whose length or speed is our estimate.`
  }
}
