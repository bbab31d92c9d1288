/**
 * Report text
 * ===========
 * Sentences about comparison results that the command line, the downloadable report and the web page
 * all show, written once here in both languages so the three never disagree: a scenario described
 * without ids, and why a project changes nothing.
 */
import type { Dataset } from '../dataset/dataset.ts'
import { linkName, linkOf, placeName, projectName } from '../dataset/lookup.ts'
import { formatMinutes, formatPartialDate, type Language } from '../model/common.ts'
import { SCENARIO_PRESETS, type Scenario } from '../scenario/scenario.ts'
import type { NoEffectReason } from './project-impact.ts'
import type { TravelProfile } from '../routing/travel-profile.ts'

/** A list joined for reading: `a, b and c` / `a, b và c`. */
export function joinList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'and'} ${items[items.length - 1]}`
}

/** A scenario for people, without ids: `Today (28 Nov 2026) + Lục Nam bridge, assuming … opens June 2028`. */
export function describeScenario(s: Scenario, dataset: Dataset, lang: Language): string {
  const vi = lang === 'vi'
  let head: string
  if (s.preset === 'today') head = `${SCENARIO_PRESETS.today.name[lang]} (${formatPartialDate(s.date!, lang)})`
  else if (s.preset !== null) head = SCENARIO_PRESETS[s.preset].name[lang]
  else head = formatPartialDate(s.date!, lang)
  if (s.date !== null && s.basis === 'promised')
    head += vi ? ', theo mốc hẹn của thỏa thuận 2023' : ', dates as promised in 2023'
  const parts = [head]
  if (s.with.length) parts.push(`+ ${s.with.map((id) => projectName(dataset, id, lang)).join(', ')}`)
  if (s.without.length) parts.push(`− ${s.without.map((id) => projectName(dataset, id, lang)).join(', ')}`)
  for (const a of s.whatIf.assumed)
    parts.push(
      vi
        ? `giả định ${projectName(dataset, a.project, lang)} đưa vào sử dụng ${formatPartialDate(a.date, lang)}`
        : `assuming ${projectName(dataset, a.project, lang)} opens ${formatPartialDate(a.date, lang)}`,
    )
  for (const d of s.whatIf.delayed) {
    const n = Math.abs(d.months)
    parts.push(
      vi
        ? `${projectName(dataset, d.project, lang)} ${d.months >= 0 ? 'chậm' : 'sớm'} ${n} tháng`
        : `${projectName(dataset, d.project, lang)} ${d.months >= 0 ? 'delayed' : 'brought forward'} ${n} month${n === 1 ? '' : 's'}`,
    )
  }
  return parts.join('; ')
}

const PROFILE_NAMES: Readonly<Record<TravelProfile, Readonly<Record<Language, string>>>> = {
  car: { en: 'a car', vi: 'ô tô' },
  coach: { en: 'a coach', vi: 'xe khách' },
  motorbike: { en: 'a motorbike', vi: 'xe máy' },
}

/** Why a project changes no trip, as one sentence. `measure` says which figure it explains. */
export function describeNoEffect(
  reason: NoEffectReason,
  dataset: Dataset,
  lang: Language,
  measure: 'alone' | 'without',
): string {
  const vi = lang === 'vi'
  const m = (x: number) => formatMinutes(x, lang)
  switch (reason.kind) {
    case 'already-open':
      return vi
        ? 'Đã mở trong kịch bản "trước", nên thêm vào không đổi gì.'
        : 'Already open in "before", so adding it changes nothing.'
    case 'not-open':
      return vi
        ? 'Chưa mở trong kịch bản "sau", nên bỏ đi không đổi gì.'
        : 'Not open in "after", so removing it changes nothing.'
    case 'not-usable':
      return vi
        ? `${PROFILE_NAMES[reason.profile].vi} với các loại đường đã chọn không đi được tuyến nào của dự án.`
        : `None of its links can be used by ${PROFILE_NAMES[reason.profile].en} with the modes chosen.`
    case 'needs': {
      const names = joinList(
        reason.projects.map((p) => projectName(dataset, p, lang)),
        lang,
      )
      return vi
        ? `Một mình không rút ngắn chuyến nào: cần có ${names}.`
        : `Changes no trip on its own: it needs ${names}.`
    }
    case 'out-of-reach':
      return vi
        ? 'Không chuyến nào giữa các điểm so sánh đi qua được tuyến của dự án.'
        : 'No trip between the compared places can reach its links.'
    case 'slower-than-existing': {
      const from = placeName(dataset, reason.from, lang),
        to = placeName(dataset, reason.to, lang)
      const link = linkName(dataset, reason.link, lang)
      const amount = (x: number) =>
        reason.unit === 'minutes' ? m(x) : `${x.toFixed(1).replace('.', vi ? ',' : '.')} km`
      const service = linkOf(dataset, reason.link)?.service !== undefined
      const every = reason.headwayMinutes
        ? vi
          ? ` (giả định ${reason.headwayMinutes} phút một chuyến)`
          : ` (assuming one every ${reason.headwayMinutes} min)`
        : ''
      const wait =
        reason.linkWaitMinutes <= 0
          ? ''
          : vi
            ? `, gồm ${m(reason.linkWaitMinutes)} ${service ? 'chờ và lên phương tiện' : 'chờ'}${every}`
            : `, including ${m(reason.linkWaitMinutes)} of ${service ? 'waiting and boarding' : 'waiting'}${every}`
      const estimate = reason.estimated ? (vi ? ' (ước tính)' : ' (estimated)') : ''
      const lead =
        measure === 'without'
          ? vi
            ? 'Có những tuyến khác nhanh bằng hoặc hơn: '
            : 'Other routes are as fast or faster: '
          : ''
      return vi
        ? `${lead}${from} → ${to} qua ${link} mất ${amount(reason.via)}${wait}${estimate}, so với ${amount(reason.best)} theo tuyến tốt nhất hiện có.`
        : `${lead}${from} → ${to} through ${link} takes ${amount(reason.via)}${wait}${estimate}, against ${amount(reason.best)} by the best route without it.`
    }
  }
}
