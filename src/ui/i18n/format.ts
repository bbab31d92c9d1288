/**
 * Numbers and dates for people
 * ============================
 * Every number, distance, amount and day the interface shows goes through here, formatted by `Intl` in
 * the page's language: `71,0 km` and `CN, 29/11/2026` in Vietnamese, `71.0 km` and `Sun, 29 Nov 2026`
 * in English. Durations use the core's `formatMinutes` (`1 giờ 09`, `1 h 09`), the same words as the
 * command line and the exports.
 */
import { formatMinutes, formatPartialDate } from '../../core/index.ts'
import type { Language } from './i18n.ts'

export interface Formats {
  readonly language: Language
  /** `vi-VN` or `en-GB`, for `Intl` and `lang` attributes. */
  readonly locale: string
  /** A whole count: `1.234` (vi), `1,234` (en). */
  count(x: number): string
  /** A distance with one decimal: `71,0 km`. */
  km(x: number): string
  /** A speed, to a tenth where it has one: `60 km/h`, `42,5 km/h`. */
  kmh(x: number): string
  /** A short distance in metres (to 10 m) below 1 km, else as `km`: `50 m`, `1,2 km`. */
  distance(x: number): string
  /** A duration: `45 phút`, `1 giờ 09`. */
  minutes(x: number): string
  /** An amount of đồng: `50.000 ₫`. */
  vnd(x: number): string
  /** A day `YYYY-MM-DD` with its weekday: `CN, 29/11/2026`, `Sun, 29 Nov 2026`. */
  day(iso: string): string
  /** A day without the weekday: `29/11/2026`, `29 Nov 2026`. */
  date(iso: string): string
  /** Just the weekday: `CN`, `Sun`. */
  weekday(iso: string): string
  /** A partial date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the core words it. */
  partial(date: string): string
}

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' }

/** Noon UTC of a `YYYY-MM-DD`, so no time zone moves it to another day. */
function noon(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d, 12))
}

const cache = new Map<Language, Formats>()

export function formatsFor(language: Language): Formats {
  const known = cache.get(language)
  if (known) return known
  const locale = LOCALES[language]
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const upToOneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  const withDay = new Intl.DateTimeFormat(
    locale,
    language === 'vi'
      ? { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
      : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  )
  const plain = new Intl.DateTimeFormat(
    locale,
    language === 'vi'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  )
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' })
  const formats: Formats = {
    language,
    locale,
    count: (x) => whole.format(x),
    km: (x) => `${oneDecimal.format(x)} km`,
    kmh: (x) => `${upToOneDecimal.format(x)} km/h`,
    distance: (x) => (x < 0.995 ? `${whole.format(Math.round(x * 100) * 10)} m` : `${oneDecimal.format(x)} km`),
    minutes: (x) => formatMinutes(x, language),
    vnd: (x) => `${whole.format(x)} ₫`,
    day: (iso) => withDay.format(noon(iso)),
    date: (iso) => plain.format(noon(iso)),
    weekday: (iso) => weekday.format(noon(iso)),
    partial: (date) => formatPartialDate(date, language),
  }
  cache.set(language, formats)
  return formats
}
