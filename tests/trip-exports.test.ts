// Trip exports read back by real readers of each format: ical.js (Thunderbird's parser), togeojson
// with an XML parser (GPX), check-geojson (RFC 7946), Papa Parse (CSV); and the XSS corpus stays text.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import ICAL from 'ical.js'
import { gpx as gpxToGeoJson } from '@tmcw/togeojson'
import { check as checkGeoJson } from '@placemarkio/check-geojson'
import Papa from 'papaparse'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import {
  buildScenarioNetwork,
  localToUtc,
  parseDataset,
  planItinerary,
  resolveScenario,
  safeText,
  tripCsv,
  tripEvents,
  tripGeoJson,
  tripGpx,
  tripIcs,
  tripMarkdown,
  type Dataset,
  type Itinerary,
  type TripExportOptions,
  type TripStopProperties,
} from '../src/core/index.ts'

const TODAY = '2026-11-28'
const parsed = parseDataset(readFileSync(new URL('../data/network.json', import.meta.url), 'utf8'))
const dataset = (parsed.ok ? parsed.dataset : null) as Dataset
const network = buildScenarioNetwork(dataset, resolveScenario(dataset, { preset: 'today' }, TODAY))
const corpus: string[] = JSON.parse(
  readFileSync(new URL('./fixtures/xss-corpus.json', import.meta.url), 'utf8'),
).payloads
const hostile = [...corpus, 'Ư'.repeat(10_000)]

const twoDays = planItinerary(network, {
  start: 'hanoi',
  visit: ['con-son-pagoda', 'kiep-bac-temple', 'vinh-nghiem-pagoda', 'yen-tu', 'bo-da-pagoda'],
  date: '2026-12-05',
  days: 2,
})
const options = (extra: Partial<TripExportOptions> = {}): TripExportOptions => ({
  lang: 'en',
  generatedAt: '2026-11-28T03:00:00Z',
  ...extra,
})
const xml = (text: string) => new JSDOM(text, { contentType: 'application/xml' }).window.document
const visits = (plan: Itinerary) => tripEvents(plan).filter((e) => e.kind === 'visit')
const travels = (plan: Itinerary) => tripEvents(plan).filter((e) => e.kind === 'travel')
const lunches = (plan: Itinerary) => tripEvents(plan).filter((e) => e.kind === 'lunch')

function icsEvents(text: string) {
  const root = new ICAL.Component(ICAL.parse(text))
  const zone = root.getFirstSubcomponent('vtimezone')!
  ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  return { root, events: root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) }
}

describe('trip events', () => {
  const sites = dataset.places.filter((p) => p.kind === 'heritage-site').map((p) => p.id)
  it('start the drive on the minute the visit before it ends, when a visit lasts a fraction of a minute', () => {
    // Found by the property below on a random seed: Vĩnh Nghiêm's visit ended 17:04 and the drive on
    // left 17:05 (the stop's end was its start's minute plus the visit, the drive's the exact time).
    const plan = planItinerary(network, {
      start: 'hanoi',
      visit: [],
      optional: ['vinh-nghiem-pagoda', 'nham-duong-pagoda', 'bo-da-pagoda', 'nam-tao-bac-dau-temples'],
      date: '2026-12-05',
      days: 2,
    })
    const events = tripEvents(plan)
    let checked = 0
    events.forEach((e, i) => {
      const next = events[i + 1]
      if (e.kind === 'visit' && next?.kind === 'travel') {
        expect(next.start).toBe(e.end)
        checked++
      }
    })
    expect(checked).toBeGreaterThan(0)
  })
  it('run forward in time, and every drive ends where and when the next visit begins', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(sites, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 3 }),
        (stops, days) => {
          const plan = planItinerary(network, { start: 'hanoi', visit: [], optional: stops, date: '2026-12-05', days })
          const events = tripEvents(plan)
          let last = ''
          for (const e of events) {
            expect(e.start >= last).toBe(true)
            if (e.kind !== 'night') expect(e.end >= e.start).toBe(true)
            last = e.kind === 'night' ? e.start : e.end
          }
          events.forEach((e, i) => {
            const next = events[i + 1]
            if (e.kind === 'travel' && next?.kind === 'visit' && next.place === e.to) expect(next.arrive).toBe(e.end)
            if (e.kind === 'travel' && next?.kind === 'lunch') expect(next.place).toBe(e.to)
            // The drive on starts when the visit (or the lunch after it) ends, from that place.
            if ((e.kind === 'visit' || e.kind === 'lunch') && next?.kind === 'travel') {
              expect(next.from).toBe(e.place)
              expect(next.start).toBe(e.end)
            }
          })
          // At most one lunch a day, never inside a visit.
          for (const day of plan.days) {
            const dayLunches = events.filter((e) => e.kind === 'lunch' && e.day === day.day)
            expect(dayLunches.length).toBeLessThanOrEqual(1)
            for (const l of dayLunches)
              for (const v of events)
                if (v.kind === 'visit' && l.kind === 'lunch') expect(v.start < l.end && l.start < v.end).toBe(false)
          }
          expect(visits(plan).map((e) => (e.kind === 'visit' ? e.place : ''))).toEqual(plan.order)
        },
      ),
      { numRuns: 40 },
    )
  })
})

describe('GPX 1.1', () => {
  it('is well-formed GPX that a reader turns into the start, each visit in order, each night, the end and a route a day', () => {
    const text = tripGpx(
      twoDays,
      dataset,
      options({ title: 'Two days', url: 'https://example.org/itinerary?start=hanoi' }),
    )
    const doc = xml(text)
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(doc.documentElement.namespaceURI).toBe('http://www.topografix.com/GPX/1/1')
    expect(doc.documentElement.getAttribute('version')).toBe('1.1')
    // Element order of the schema: metadata, then every wpt, then every rte.
    const order = [...doc.documentElement.children].map((c) => c.tagName)
    expect(order[0]).toBe('metadata')
    expect(order.lastIndexOf('wpt')).toBeLessThan(order.indexOf('rte'))
    const geo = gpxToGeoJson(doc)
    const points = geo.features.filter((f) => f.geometry?.type === 'Point')
    const lines = geo.features.filter((f) => f.geometry?.type === 'LineString')
    const nights = twoDays.days.length - 1
    expect(points).toHaveLength(twoDays.order.length + 2 + nights)
    const visitNames = points.map((p) => String(p.properties?.name)).filter((n) => /^\d+\. /.test(n))
    expect(visitNames).toEqual(twoDays.order.map((id, i) => `${i + 1}. ${dataset.placeById.get(id)!.name.en}`))
    const firstVisit = visits(twoDays)[0]!
    expect(new Date(String(points[1]!.properties?.time)).getTime()).toBe(
      new Date(localToUtc(firstVisit.kind === 'visit' ? firstVisit.arrive : '')).getTime(),
    )
    expect(lines).toHaveLength(twoDays.days.filter((d) => d.legs.length > 0).length)
    for (const line of lines)
      expect((line.geometry as { coordinates: number[][] }).coordinates.length).toBeGreaterThan(1)
  })
})

describe('iCalendar', () => {
  it('reads back in ical.js: one event per visit and drive, in Asia/Ho_Chi_Minh, at the right instants', () => {
    const text = tripIcs(twoDays, dataset, options({ stopNotes: { 'kiep-bac-temple': 'Buy incense at the gate' } }))
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const { root, events } = icsEvents(text)
    expect(root.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh')
    expect(events).toHaveLength(visits(twoDays).length + travels(twoDays).length + lunches(twoDays).length)
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length)
    const byUid = new Map(events.map((e) => [e.uid, e]))
    for (const v of visits(twoDays)) {
      if (v.kind !== 'visit') continue
      const e = [...byUid.values()].find((x) => x.uid.includes(`-visit-${v.order}-${v.place}@`))!
      expect(e.summary).toBe(`Visit: ${dataset.placeById.get(v.place)!.name.en}`)
      expect(e.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh')
      expect(e.startDate.toJSDate().toISOString()).toBe(new Date(localToUtc(v.start)).toISOString())
      expect(e.endDate.toJSDate().toISOString()).toBe(new Date(localToUtc(v.end)).toISOString())
      const place = dataset.placeById.get(v.place)!
      const geo = e.component.getFirstPropertyValue('geo') as number[]
      expect(geo[0]).toBeCloseTo(place.lat, 5)
      expect(geo[1]).toBeCloseTo(place.lon, 5)
    }
    expect([...byUid.values()].some((e) => (e.description ?? '').includes('Buy incense at the gate'))).toBe(true)
    // Exported again, the same trip has the same UIDs (a calendar updates instead of duplicating).
    const again = icsEvents(tripIcs(twoDays, dataset, options({ generatedAt: '2026-12-01T00:00:00Z' }))).events
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid))
  })
})

describe('GeoJSON', () => {
  it('passes an RFC 7946 check, with lon/lat points for the stops and lines for the drives', () => {
    const doc = tripGeoJson(twoDays, dataset, options())
    expect(() => checkGeoJson(JSON.stringify(doc))).not.toThrow()
    const stops = doc.features.filter((f) => f.geometry.type === 'Point')
    const first = dataset.placeById.get('hanoi' as never)!
    expect(stops[0]!.geometry.coordinates).toEqual([first.lon, first.lat])
    expect(
      stops.filter((f) => f.properties.kind === 'visit').map((f) => (f.properties as TripStopProperties).name),
    ).toEqual(twoDays.order.map((id) => dataset.placeById.get(id)!.name.en))
    for (const f of doc.features) {
      if (f.properties.kind === 'travel') expect(f.properties.depart).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+07:00$/)
    }
  })
})

describe('CSV', () => {
  it('reads back in Papa Parse with a byte-order mark, one row per stop and leg, in order', () => {
    const text = tripCsv(twoDays, dataset, options({ lang: 'vi' }))
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
    expect(rows.errors).toEqual([])
    const kinds = rows.data.map((r) => r.kind)
    expect(kinds[0]).toBe('start')
    expect(kinds.at(-1)).toBe('end')
    expect(kinds.filter((k) => k === 'visit')).toHaveLength(twoDays.order.length)
    expect(kinds.filter((k) => k === 'travel')).toHaveLength(travels(twoDays).length)
    expect(rows.data.filter((r) => r.kind === 'visit').map((r) => r.place_id)).toEqual([...twoDays.order])
    expect(rows.data.find((r) => r.place_id === 'hanoi')!.place).toBe('Hà Nội')
  })
})

describe('hostile text in names and notes', () => {
  it.each(hostile.map((p, i) => [i, p] as const))('payload %i stays text in every export', (_i, payload) => {
    const stopNotes = Object.fromEntries(twoDays.order.map((id) => [id, payload]))
    const o = options({ title: payload, tourNote: payload, stopNotes, url: 'https://example.org/x' })
    const clean = safeText(payload)
    // GPX: still well-formed, and the reader gets the text back exactly.
    const doc = xml(tripGpx(twoDays, dataset, o))
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(doc.getElementsByTagName('script')).toHaveLength(0)
    expect(doc.querySelector('metadata > name')!.textContent).toBe(clean)
    expect(doc.getElementsByTagName('wpt').length).toBe(twoDays.order.length + 2 + twoDays.days.length - 1)
    // iCalendar: no injected component, the text round-trips.
    const { root, events } = icsEvents(tripIcs(twoDays, dataset, o))
    expect(events).toHaveLength(visits(twoDays).length + travels(twoDays).length + lunches(twoDays).length)
    // An X- property is not unescaped by the reader; undo RFC 5545 text escapes to compare.
    const calname = String(root.getFirstPropertyValue('x-wr-calname'))
    expect(calname.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1')).toBe(clean)
    expect(events.filter((e) => (e.description ?? '').includes(clean))).toHaveLength(visits(twoDays).length)
    // GeoJSON stays valid JSON with the text as a property.
    const geo = tripGeoJson(twoDays, dataset, o)
    expect(() => checkGeoJson(JSON.stringify(geo))).not.toThrow()
    expect(geo.name).toBe(clean)
    // CSV: one field, formulas defused.
    const rows = Papa.parse<Record<string, string>>(tripCsv(twoDays, dataset, o).slice(1), {
      header: true,
      skipEmptyLines: true,
    })
    expect(rows.errors).toEqual([])
    const note = rows.data.find((r) => r.kind === 'visit')!.note!
    expect(note === clean || note === `'${clean}`).toBe(true)
    if (/^[=+\-@]/.test(clean)) expect(note.startsWith("'")).toBe(true)
    // Markdown: every < is escaped (no raw HTML), and no line break out of the heading.
    const md = tripMarkdown(twoDays, dataset, o)
    expect(md).not.toMatch(/(?<!\\)<(?!https?:\/\/)/)
    expect(md.split('\n')[0]!.startsWith('# ')).toBe(true)
  })
})

describe('lunch in the exports', () => {
  it('is an event of its own in the calendar, a row in the CSV and a line in the roadbook', () => {
    const day = twoDays.days.find((d) => d.lunch)!
    expect(day).toBeDefined()
    const name = dataset.placeById.get(day.lunch!.place)!.name
    const { events } = icsEvents(tripIcs(twoDays, dataset, options()))
    const lunch = events.filter((e) => e.summary === `Lunch near ${name.en}`)
    expect(lunch).toHaveLength(lunches(twoDays).length)
    const rows = Papa.parse<Record<string, string>>(tripCsv(twoDays, dataset, options()).slice(1), {
      header: true,
    }).data
    expect(rows.filter((r) => r.kind === 'lunch')).toHaveLength(lunches(twoDays).length)
    expect(tripMarkdown(twoDays, dataset, options({ lang: 'vi' }))).toContain(
      `${day.lunch!.start}–${day.lunch!.end} Ăn trưa gần ${name.vi}`,
    )
  })
})
