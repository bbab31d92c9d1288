// The /import page's questions, answered in the worker: a network imported with its overlay, then
// what its projects change, checked against routes searched on each side.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  buildScenarioNetwork,
  describeDrop,
  findRoute,
  parseDataset,
  planItinerary,
  resolveScenario,
} from '../../core/index.ts'
import { answerImport, answerImportedRoute } from './imported-networks.ts'
import { answerImportedCompare, answerImportedTrip } from './imported-trip-compare.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8')
const TODAY = '2026-11-29'

/** The fixture without an overlay: roads only, no site or gateway. */
function importBare(): string {
  const bare = answerImport({
    type: 'import',
    format: 'osm',
    data: fixture('small.osm'),
    name: 'small.osm',
    overlay: null,
  })
  if (!bare.ok || !bare.key) throw new Error('the fixture should import')
  return bare.key
}

async function importSmall() {
  const answer = answerImport({
    type: 'import',
    format: 'osm',
    data: fixture('small.osm'),
    name: 'small.osm',
    overlay: { text: fixture('overlay.json'), name: 'overlay.json' },
  })
  if (!answer.ok || !answer.key || !answer.download) throw new Error('the fixture should import')
  const parsed = parseDataset(await answer.download.text())
  if (!parsed.ok) throw new Error('the imported dataset should be valid')
  return { key: answer.key, dataset: parsed.dataset }
}

describe('what the projects change on an imported network', () => {
  it('compares its sites and gateways on a day with every project open; each pair as routes say', async () => {
    const { key, dataset } = await importSmall()
    const a = answerImportedCompare({ type: 'imported-compare', key, date: '2027-01-01', today: TODAY })
    expect(a.ok).toBe(true)
    if (!a.ok) return
    // The overlay has one heritage site and one gateway: one trip, in both directions.
    expect(a.places).toBe(2)
    expect(a.names).toEqual({
      'test-pagoda': { vi: 'Chùa Thử', en: 'Test pagoda' },
      n8: { vi: 'Nút n8', en: 'Junction n8' },
    })
    expect(a.summary.trips).toBe(1)
    const minutes = (request: Parameters<typeof resolveScenario>[1], from: string, to: string) => {
      const r = findRoute(buildScenarioNetwork(dataset, resolveScenario(dataset, request, TODAY)), from, to)
      return r.reachable ? r.minutes : null
    }
    const mean = (req: Parameters<typeof resolveScenario>[1]) =>
      (minutes(req, 'test-pagoda', 'n8')! + minutes(req, 'n8', 'test-pagoda')!) / 2
    const before = mean({ date: '2027-01-01' }),
      after = mean({ preset: 'full-vision' })
    expect(after).toBeLessThan(before - 0.5)
    expect(a.summary.faster).toBe(1)
    expect(a.pairs).toHaveLength(1)
    expect(a.pairs[0]!.beforeMinutes).toBeCloseTo(before, 6)
    expect(a.pairs[0]!.afterMinutes).toBeCloseTo(after, 6)
    // The one project, on its own, makes the same trip faster.
    expect(a.projects.map((p) => [p.id, p.alone.faster, p.without.faster])).toEqual([['new-bridge', 1, 1]])
    // After the bridge's date, "before" already has it: nothing changes, and the answer says so.
    const later = answerImportedCompare({ type: 'imported-compare', key, date: '2029-01-01', today: TODAY })
    expect(later.ok && [later.summary.faster, later.summary.slower, later.pairs.length]).toEqual([0, 0, 0])
  })

  it('says when there is too little to compare, or when the network is gone', () => {
    expect(
      answerImportedCompare({ type: 'imported-compare', key: importBare(), date: '2027-01-01', today: TODAY }),
    ).toEqual({
      ok: false,
      gone: false,
      tooFewPlaces: true,
      message: '',
    })
    expect(
      answerImportedCompare({ type: 'imported-compare', key: 'imported-999', date: '2027-01-01', today: TODAY }),
    ).toMatchObject({ ok: false, gone: true })
  })
})

describe('a trip on an imported network', () => {
  it('visits its heritage sites from the chosen place, as the trip planner does on that day’s network', async () => {
    const { key, dataset } = await importSmall()
    const a = answerImportedTrip({ type: 'imported-trip', key, start: 'n8', date: '2029-03-10', days: 1, today: TODAY })
    expect(a.ok).toBe(true)
    if (!a.ok) return
    const expected = planItinerary(
      buildScenarioNetwork(dataset, resolveScenario(dataset, { date: '2029-03-10' }, TODAY)),
      { start: 'n8', visit: [], optional: ['test-pagoda'], date: '2029-03-10', days: 1 },
    )
    expect(a.itinerary.days).toEqual(expected.days)
    expect(a.itinerary.order).toEqual(['test-pagoda'])
    // The new bridge (open since 2028-06) carries the trip.
    expect(a.itinerary.days[0]!.legs.flatMap((l) => l.links)).toContain('new-bridge-link')
    expect(a.names['test-pagoda']).toEqual({ vi: 'Chùa Thử', en: 'Test pagoda' })
    expect(a.names.n8).toEqual({ vi: 'Nút n8', en: 'Junction n8' })
    expect(a.dropped).toEqual(
      expected.dropped.map((d) => ({
        vi: describeDrop(d.cause, dataset, 'vi'),
        en: describeDrop(d.cause, dataset, 'en'),
      })),
    )
  })

  it('says when there are no sites, or the start is unknown, or the network is gone', async () => {
    expect(
      answerImportedTrip({
        type: 'imported-trip',
        key: importBare(),
        start: 'n8',
        date: '2029-03-10',
        days: 1,
        today: TODAY,
      }),
    ).toMatchObject({ ok: false, noSites: true })
    const { key } = await importSmall()
    const unknown = answerImportedTrip({
      type: 'imported-trip',
      key,
      start: 'nowhere',
      date: '2029-03-10',
      days: 1,
      today: TODAY,
    })
    expect(unknown.ok).toBe(false)
    if (!unknown.ok) expect(unknown.message).toMatch(/nowhere/)
    expect(
      answerImportedTrip({
        type: 'imported-trip',
        key: 'imported-999',
        start: 'n8',
        date: '2029-03-10',
        days: 1,
        today: TODAY,
      }),
    ).toMatchObject({ ok: false, gone: true })
  })
})

describe('a route on an imported network, as the map draws it', () => {
  it('answers the day’s open projects alone until ends are asked, then the route, its line and its ends', async () => {
    const { key, dataset } = await importSmall()
    for (const date of ['2027-01-01', '2029-01-01']) {
      const scenario = resolveScenario(dataset, { date }, TODAY)
      const day = answerImportedRoute({ type: 'imported-route', key, from: '', to: '', date, today: TODAY })
      expect(day).toEqual({ ok: true, result: null, plan: null, points: {}, openProjects: scenario.openProjects })
      const a = answerImportedRoute({ type: 'imported-route', key, from: 'n7', to: 'n8', date, today: TODAY })
      if (!a.ok || !a.result?.reachable) throw new Error('n7 reaches n8')
      const expected = findRoute(buildScenarioNetwork(dataset, scenario), 'n7', 'n8')
      expect(a.result).toEqual(expected)
      expect(a.openProjects).toEqual(scenario.openProjects)
      // The line starts at A and ends at B, where the answer says they are.
      expect(a.plan?.markers.map((m) => [m.place, m.label])).toEqual([
        ['n7', 'A'],
        ['n8', 'B'],
      ])
      const line = a.plan!.lines.features[0]!.geometry.coordinates
      const at = (id: string) => {
        const place = dataset.places.find((p) => p.id === id)!
        return [place.lon, place.lat]
      }
      expect(line[0]).toEqual(at('n7'))
      expect(line[line.length - 1]).toEqual(at('n8'))
      expect(a.points).toEqual({ n7: at('n7'), n8: at('n8') })
    }
  })

  it('names an unknown place with the closest ids, for the page to word in its language', async () => {
    const { key } = await importSmall()
    const a = answerImportedRoute({
      type: 'imported-route',
      key,
      from: 'n77',
      to: 'n8',
      date: '2027-01-01',
      today: TODAY,
    })
    expect(a.ok).toBe(false)
    if (a.ok) return
    expect(a.unknown?.id).toBe('n77')
    expect(a.unknown?.suggestions).toContain('n7')
    const gone = answerImportedRoute({
      type: 'imported-route',
      key: 'imported-0',
      from: 'n7',
      to: 'n8',
      date: '2027-01-01',
      today: TODAY,
    })
    expect(gone).toMatchObject({ ok: false, gone: true })
  })
})
