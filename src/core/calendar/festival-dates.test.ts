import { describe, expect, it } from 'vitest'
import { fromLunar, toLunar } from './lunar-calendar.ts'
import { nextFestivals, nextOccurrence } from './festival-dates.ts'
import type { Place } from '../dataset/dataset.ts'

// Tết (1st day of the 1st lunar month) in Vietnam; well-known public dates.
const TET: Record<number, string> = {
  2007: '2007-02-17',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
}

const place = (festivals: Place['festivals']): Place => ({
  id: 'x' as never,
  name: { vi: 'X', en: 'X' },
  lat: 21,
  lon: 106,
  kind: 'heritage-site',
  visitMinutes: 60,
  festivals,
})
const festival = (sm: number, sd: number, em?: number, ed?: number) => ({
  id: 'f',
  name: { vi: 'f', en: 'f' },
  lunarStart: { month: sm, day: sd },
  ...(em && { lunarEnd: { month: em, day: ed! } }),
  confidence: 'high' as const,
  sources: [],
})

describe('Vietnamese lunar calendar', () => {
  it.each(Object.entries(TET))('Tết %s falls on %s', (year, day) => {
    expect(fromLunar(Number(year), 1, 1)).toBe(day)
    expect(toLunar(day)).toEqual({ year: Number(year), month: 1, day: 1, leap: false })
  })
  it('uses Vietnam time: Tết 2007 was 17 February, a day before China', () => {
    expect(toLunar('2007-02-18').day).toBe(2)
  })
  it('round-trips every day of 2023–2035', () => {
    for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2035, 11, 31); t += 86_400_000 * 3) {
      const day = new Date(t).toISOString().slice(0, 10)
      const l = toLunar(day)
      if (!l.leap && l.day < 30) expect(fromLunar(l.year, l.month, l.day)).toBe(day)
    }
  })
})

describe('festival dates', () => {
  it('puts the Côn Sơn spring festival (14–23 of month 1) at 11–20 February 2025, as reported', () => {
    const o = nextOccurrence(place([festival(1, 14, 1, 23)]), festival(1, 14, 1, 23), '2025-01-01')
    expect([o.start, o.end]).toEqual(['2025-02-11', '2025-02-20'])
  })
  it('counts a festival under way as the next one', () => {
    const f = festival(8, 10, 8, 20)
    const first = nextOccurrence(place([f]), f, '2026-01-01')
    const during = nextOccurrence(place([f]), f, first.end)
    expect(during.start).toBe(first.start)
    const after = nextOccurrence(place([f]), f, new Date(Date.parse(first.end) + 86_400_000).toISOString().slice(0, 10))
    expect(after.start > first.end).toBe(true)
  })
  it('holds a festival "on the 30th" on the 29th in a short month, spanning into the next month', () => {
    const f = festival(3, 30, 4, 2)
    const o = nextOccurrence(place([f]), f, '2026-01-01')
    const start = toLunar(o.start)
    expect(start.month).toBe(3)
    expect(start.day === 30 || start.day === 29).toBe(true)
    expect(toLunar(o.end)).toMatchObject({ month: 4, day: 2 })
  })
  it("sorts a place's festivals soonest first", () => {
    const list = nextFestivals(place([festival(8, 16), festival(1, 15, 1, 23)]), '2026-03-15')
    expect(list.map((o) => o.festival.lunarStart.month)).toEqual([8, 1])
  })
})
