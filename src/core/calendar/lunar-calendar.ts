/**
 * Lunar calendar
 * ==============
 * Conversions between the Gregorian and the Vietnamese lunar calendar (computed for UTC+7, which
 * sometimes differs from the Chinese calendar, e.g. Tết 2007), through @dqcai/vn-lunar.
 */
import { LunarCalendar } from '@dqcai/vn-lunar'

/** A day of the Vietnamese lunar calendar. */
export interface LunarDay {
  readonly year: number
  readonly month: number
  readonly day: number
  /** True in a leap (intercalary) month. */
  readonly leap: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The lunar day of a Gregorian `YYYY-MM-DD`. */
export function toLunar(day: string): LunarDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const lunar = LunarCalendar.fromSolar(d, m, y).lunarDate
  return { year: lunar.year, month: lunar.month, day: lunar.day, leap: lunar.leap }
}

/**
 * The Gregorian day of a lunar day in the regular (non-leap) month. Day 30 of a 29-day month
 * falls back to day 29, as festivals "on the 30th" are then held on the last day of the month.
 */
export function fromLunar(year: number, month: number, day: number): string {
  const convert = (d: number) => {
    const solar = LunarCalendar.fromLunar(d, month, year, false).solarDate
    return `${solar.year}-${pad(solar.month)}-${pad(solar.day)}`
  }
  if (day < 30) return convert(day)
  const text = convert(30)
  const back = toLunar(text)
  return back.month === month && back.day === 30 && !back.leap ? text : convert(29)
}
