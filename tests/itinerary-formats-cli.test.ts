// `itinerary --format gpx|ics|geojson|csv|md` writes the same files as the app's export buttons.
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/cli.ts'
import { memoryIo } from '../src/cli/io.ts'

const run = (...argv: string[]) => {
  const io = memoryIo('2026-11-28')
  const code = runCli(argv, io)
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
}
const trip = ['itinerary', '--start', 'hanoi', '--visit', 'con-son-pagoda,kiep-bac-temple', '--date', '2026-12-05']

describe('itinerary --format', () => {
  it('writes GPX, iCalendar, GeoJSON, CSV and a roadbook', () => {
    const gpx = run(...trip, '--format', 'gpx')
    expect(gpx.code, gpx.err).toBe(0)
    expect(gpx.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<gpx version="1.1"/)
    const ics = run(...trip, '--format', 'ics', '--title', 'Hai đền')
    expect(ics.out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics.out).toContain('X-WR-CALNAME:Hai đền\r\n')
    expect(ics.out).toContain('DTSTAMP:20261128T030000Z')
    const geo = JSON.parse(run(...trip, '--format', 'geojson').out)
    expect(geo.type).toBe('FeatureCollection')
    const csv = run(...trip, '--format', 'csv', '--lang', 'vi').out
    expect(csv.startsWith('\uFEFFday,kind,order,place_id,place')).toBe(true)
    expect(csv).toContain(',Hà Nội,')
    expect(run(...trip, '--format', 'md', '--lang', 'vi').out).toMatch(/^# Hà Nội – /)
  })
  it('refuses an unknown format or language, naming the option', () => {
    expect(run(...trip, '--format', 'kml').err).toMatch(
      /--format: "kml" must be one of table, json, gpx, ics, geojson, csv, md/,
    )
    expect(run(...trip, '--format', 'md', '--lang', 'fr').err).toMatch(/--lang: "fr" must be vi or en/)
    expect(run(...trip, '--format', 'gpx', '--title', '').code).toBe(2)
  })
})
