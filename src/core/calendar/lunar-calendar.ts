/**
 * Lunar calendar
 * ==============
 * Conversions between the Gregorian and the Vietnamese lunar calendar, computed for Vietnam's time
 * zone (UTC+7, which sometimes puts a month a day earlier than the Chinese calendar: Tết 2007, Tết
 * 1985) by the standard method in `lunar-astronomy.ts`. Checked day by day over 1900–2100 against an
 * independent implementation and against published dates of Tết (`lunar-calendar.test.ts`).
 */
import {
  fromJulianDayNumber,
  julianDayNumber,
  leapMonthOffset,
  lunationBefore,
  lunationOf,
  month11Start,
  newMoonDay,
} from './lunar-astronomy.ts'

/** A day of the Vietnamese lunar calendar. */
export interface LunarDay {
  readonly year: number
  readonly month: number
  readonly day: number
  /** True in a leap (intercalary) month. */
  readonly leap: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The time zone the calendar was computed for: Vietnam's own (UTC+7) from the lunar year 1968 (decree
 * 121/CP of 8 August 1967); before, the calendar followed China's, computed for UTC+8 (which is why
 * Tết 1968 fell on 29 January in the North and 30 January in the South).
 */
export function calendarUtcOffset(year: number): number {
  return year >= 1968 ? 7 : 8
}

/** The lunar day of a Gregorian `YYYY-MM-DD`. */
export function toLunar(day: string): LunarDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const tz = calendarUtcOffset(y)
  const jdn = julianDayNumber(d, m, y)
  // The month holding the day: from the mean lunation's estimate, step to the new moon on or before it.
  let k = lunationBefore(jdn)
  while (newMoonDay(k, tz) > jdn) k--
  while (newMoonDay(k + 1, tz) <= jdn) k++
  const monthStart = newMoonDay(k, tz)
  // The lunar year is counted between two 11th months (the months of the winter solstice).
  let from11 = month11Start(y, tz),
    to11 = from11
  let year: number
  if (from11 >= monthStart) {
    year = y
    from11 = month11Start(y - 1, tz)
  } else {
    year = y + 1
    to11 = month11Start(y + 1, tz)
  }
  const monthsAfter11 = Math.floor((monthStart - from11) / 29)
  let month = monthsAfter11 + 11
  let leap = false
  if (to11 - from11 > 365) {
    // Thirteen months: the months from the leap one on are numbered one less.
    const leapAt = leapMonthOffset(from11, tz)
    if (monthsAfter11 >= leapAt) {
      month = monthsAfter11 + 10
      leap = monthsAfter11 === leapAt
    }
  }
  if (month > 12) month -= 12
  if (month >= 11 && monthsAfter11 < 4) year -= 1
  return { year, month, day: jdn - monthStart + 1, leap }
}

/**
 * The Julian day number of a lunar day, or null when `leap` is asked of a month that is not leap
 * that year.
 */
function lunarDayNumber(year: number, month: number, day: number, leap: boolean): number | null {
  const tz = calendarUtcOffset(year)
  const from11 = month < 11 ? month11Start(year - 1, tz) : month11Start(year, tz)
  const to11 = month < 11 ? month11Start(year, tz) : month11Start(year + 1, tz)
  let offset = (month - 11 + 12) % 12
  if (to11 - from11 > 365) {
    const leapAt = leapMonthOffset(from11, tz)
    const leapMonth = (leapAt - 2 + 12) % 12
    if (leap && month !== leapMonth) return null
    if (leap || offset >= leapAt) offset += 1
  } else if (leap) return null
  return newMoonDay(lunationOf(from11) + offset, tz) + day - 1
}

/** `YYYY-MM-DD` of a Julian day number. */
function dayText(jdn: number): string {
  const { year, month, day } = fromJulianDayNumber(jdn)
  return `${year}-${pad(month)}-${pad(day)}`
}

/**
 * The Gregorian day of a lunar day in the regular (non-leap) month. Day 30 of a 29-day month
 * falls back to day 29, as festivals "on the 30th" are then held on the last day of the month.
 */
export function fromLunar(year: number, month: number, day: number): string {
  const jdn = lunarDayNumber(year, month, day, false)!
  if (day < 30) return dayText(jdn)
  const back = toLunar(dayText(jdn))
  return back.month === month && back.day === 30 && !back.leap ? dayText(jdn) : dayText(jdn - 1)
}

/** The Gregorian day of a lunar day in the leap month of that year, or null when there is none. */
export function fromLeapLunar(year: number, month: number, day: number): string | null {
  const jdn = lunarDayNumber(year, month, day, true)
  return jdn === null ? null : dayText(jdn)
}
