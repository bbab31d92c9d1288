// The lunar calendar against an independent implementation (@dqcai/vn-lunar, a dev dependency kept as
// the test's oracle only) on every day from 1900 to 2100, both ways, and against published dates of
// Tết, including the years Vietnam's calendar differs from China's.
import { LunarCalendar } from '@dqcai/vn-lunar'
import { describe, expect, it } from 'vitest'
import { calendarUtcOffset, fromLeapLunar, fromLunar, toLunar } from './lunar-calendar.ts'
import {
  fromJulianDayNumber,
  julianDayNumber,
  lunationBefore,
  newMoonDay,
  newMoonMinutesFromMidnight,
} from './lunar-astronomy.ts'

const pad = (n: number) => String(n).padStart(2, '0')
const text = (d: { year: number; month: number; day: number }) => `${d.year}-${pad(d.month)}-${pad(d.day)}`

// Published first days of the lunar year in Vietnam (government holiday calendars; 1985 and 2007 are
// the well-known years when Vietnam's Tết fell a month and a day earlier than China's).
const TET: Record<number, string> = {
  1925: '1925-01-24',
  1985: '1985-01-21',
  2007: '2007-02-17',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
}

describe('lunar calendar', () => {
  it.each(Object.entries(TET))('Tết %s is %s', (year, day) => {
    expect(fromLunar(Number(year), 1, 1)).toBe(day)
    expect(toLunar(day)).toEqual({ year: Number(year), month: 1, day: 1, leap: false })
  })

  it('Julian day numbers round-trip, across the Gregorian reform too', () => {
    for (let jdn = 2299150; jdn < 2299170; jdn++) expect(julianDayNumber(...dmy(jdn))).toBe(jdn)
    for (let jdn = 2415021; jdn <= 2488434; jdn += 7) expect(julianDayNumber(...dmy(jdn))).toBe(jdn)
    expect(julianDayNumber(1, 1, 2000)).toBe(2451545)
  })

  // Where two careful implementations may differ: a new moon within minutes of local midnight, where
  // the precision of the lunar theory decides the day. Everywhere else they must agree.
  const NEAR_MIDNIGHT_MINUTES = 10
  const nearMidnight = (jdn: number, tz: number) => {
    let k = lunationBefore(jdn)
    while (newMoonDay(k, tz) > jdn) k--
    return Math.min(newMoonMinutesFromMidnight(k, tz), newMoonMinutesFromMidnight(k + 1, tz)) < NEAR_MIDNIGHT_MINUTES
  }
  // Months where the oracle is wrong (by the day they start, ours), with the published date that says so.
  const ORACLE_WRONG: Record<string, string> = {
    // Tết Ất Sửu was 24 January 1925 (the same day as in China); the oracle starts the month on the 25th.
    '1925-01-24': 'Tết 1925',
  }
  const monthStartOf = (jdn: number, lunarDay: number) => text(fromJulianDayNumber(jdn - lunarDay + 1))

  it('agrees with an independent implementation on every day of 1900–2100, but for new moons at midnight', () => {
    const unexplained: string[] = []
    const nearMidnightMonths = new Set<string>()
    for (let jdn = julianDayNumber(1, 1, 1900); jdn <= julianDayNumber(31, 12, 2100); jdn++) {
      const day = fromJulianDayNumber(jdn)
      const ours = toLunar(text(day))
      const theirs = LunarCalendar.fromSolar(day.day, day.month, day.year).lunarDate
      const same =
        ours.year === theirs.year && ours.month === theirs.month && ours.day === theirs.day && ours.leap === theirs.leap
      if (same || ORACLE_WRONG[monthStartOf(jdn, ours.day)]) continue
      if (nearMidnight(jdn, calendarUtcOffset(day.year))) nearMidnightMonths.add(monthStartOf(jdn, ours.day))
      else unexplained.push(`${text(day)}: ours ${JSON.stringify(ours)}`)
    }
    expect(unexplained.slice(0, 5)).toEqual([])
    // A handful in two centuries (each such new moon touches the month it ends and the one it starts).
    expect(nearMidnightMonths.size).toBeLessThanOrEqual(16)
  })

  it('agrees back from lunar to Gregorian for every month of 1900–2100, leap months included', () => {
    const unexplained: string[] = []
    let leapMonths = 0
    for (let year = 1900; year <= 2100; year++)
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 15, 29]) {
          const ours = fromLunar(year, month, day)
          const theirs = text(LunarCalendar.fromLunar(day, month, year, false).solarDate)
          const [y, m, d] = ours.split('-').map(Number) as [number, number, number]
          const jdn = julianDayNumber(d, m, y)
          if (ours === theirs || ORACLE_WRONG[monthStartOf(jdn, day)]) continue
          if (!nearMidnight(jdn - day + 1, calendarUtcOffset(year)))
            unexplained.push(`${year}/${month}/${day}: ours ${ours}, theirs ${theirs}`)
        }
        const leap = fromLeapLunar(year, month, 1)
        if (leap === null) continue
        leapMonths++
        expect(toLunar(leap)).toEqual({ year, month, day: 1, leap: true })
      }
    expect(unexplained.slice(0, 5)).toEqual([])
    // About 7 leap months every 19 years.
    expect(leapMonths).toBeGreaterThan(70)
    expect(leapMonths).toBeLessThan(78)
  })

  it('uses the calendar of its time: UTC+8 before the lunar year 1968, Vietnam’s UTC+7 from it', () => {
    expect(calendarUtcOffset(1967)).toBe(8)
    expect(calendarUtcOffset(1968)).toBe(7)
    // Tết Mậu Thân: 29 January 1968 in the North, which had adopted UTC+7.
    expect(fromLunar(1968, 1, 1)).toBe('1968-01-29')
  })

  it('a 30th in a 29-day month is its last day', () => {
    for (let year = 2020; year <= 2030; year++)
      for (let month = 1; month <= 12; month++) {
        const last = toLunar(fromLunar(year, month, 30))
        expect(last.month).toBe(month)
        expect(last.day === 30 || last.day === 29).toBe(true)
      }
  })
})

function dmy(jdn: number): [number, number, number] {
  const d = fromJulianDayNumber(jdn)
  return [d.day, d.month, d.year]
}
