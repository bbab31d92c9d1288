/**
 * Common fields
 * =============
 * Plain helpers and types shared by places, links and projects: bilingual text, partial dates,
 * minutes and days for people. Their schemas are in `common-schemas.ts` (the page's first download
 * needs these helpers, not zod).
 */
import type { Note } from './common-schemas.ts'

/** Text in Vietnamese and English. */
export interface LocalizedText {
  readonly vi: string
  readonly en: string
}

/** Longest string we accept anywhere in a dataset. */
export const MAX_TEXT_LENGTH = 10_000

/** The two languages of the product. */
export type Language = keyof LocalizedText
export type { Confidence, Note } from './common-schemas.ts'
export const LANGUAGES: readonly Language[] = ['vi', 'en']

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language)
}

/** The text of a note in a language: its own wording when bilingual, else the one string it has. */
export function noteText(note: Note | undefined, language: Language): string {
  if (note === undefined) return ''
  return typeof note === 'string' ? note : note[language]
}

/** Turns a name as written in a file into `{ vi, en }`. */
export function toLocalizedText(name: string | LocalizedText): LocalizedText {
  return typeof name === 'string' ? { vi: name, en: name } : name
}

/**
 * A calendar date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * A partial date counts from the first day of its period (documented in data/README.md). Years run
 * from 1800 to 2199: `0000` is a typo, not a date.
 */
export const PARTIAL_DATE_PATTERN = /^(1[89]|2[01])\d\d(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/

/** True when a `YYYY[-MM[-DD]]` string names a day that exists (no 31 February). */
export function isRealPartialDate(text: string): boolean {
  const parts = text.split('-').map(Number)
  if (parts.length < 3) return true
  const [y, m, d] = parts as [number, number, number]
  const probe = new Date(Date.UTC(y, m - 1, d))
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d
}

/** The first day of a partial date's period, as `YYYY-MM-DD`. */
export function firstDayOf(partial: string): string {
  const [y, m = '01', d = '01'] = partial.split('-')
  return `${y}-${m}-${d}`
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A partial date for people: `2024-09` → `Sep 2024` (en) or `tháng 9/2024` (vi); `2025` stays `2025`. */
export function formatPartialDate(partial: string, language: 'vi' | 'en' = 'en'): string {
  const [y, m, d] = partial.split('-')
  if (m === undefined) return y!
  const month = Number(m)
  if (language === 'vi') return d === undefined ? `tháng ${month}/${y}` : `${Number(d)}/${month}/${y}`
  return d === undefined ? `${MONTHS_EN[month - 1]} ${y}` : `${Number(d)} ${MONTHS_EN[month - 1]} ${y}`
}

/** Whole months from one partial date to another (`2024-09` → `2025-07` is 10). */
export function monthsBetween(from: string, to: string): number {
  const [ya, ma] = firstDayOf(from).split('-').map(Number) as [number, number]
  const [yb, mb] = firstDayOf(to).split('-').map(Number) as [number, number]
  return (yb - ya) * 12 + (mb - ma)
}

/** Minutes for people: `45 min`, `1 h 09` (en) or `45 phút`, `1 giờ 09` (vi). */
export function formatMinutes(minutes: number, language: 'vi' | 'en' = 'en'): string {
  const m = Math.round(minutes)
  if (m < 60) return language === 'vi' ? `${m} phút` : `${m} min`
  const h = Math.floor(m / 60),
    r = String(m % 60).padStart(2, '0')
  return language === 'vi' ? `${h} giờ ${r}` : `${h} h ${r}`
}

/** Today's date in Vietnam (UTC+7), where every date of the product is local; `now` in ms since 1970. */
export function vietnamToday(now: number): string {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10)
}
