// The embedded data against its sources: positions near their published points, lengths no shorter
// than the straight line, festival dates and heritage ranks as the cited sources give them, the
// expressway and QL18 routes, the cable cars, the curated tours, and the README's figures.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  buildScenarioNetwork,
  findRoute,
  haversineKm,
  parseDataset,
  parseTours,
  planItinerary,
  resolveScenario,
  type Dataset,
  type FoundRoute,
} from '../src/core/index.ts'

const parsed = parseDataset(readFileSync(new URL('../data/network.json', import.meta.url), 'utf8'))
if (!parsed.ok) throw new Error('embedded data invalid')
const dataset: Dataset = parsed.dataset
const TODAY = '2026-11-28'
const network = (preset: string, profile?: 'car' | 'coach' | 'motorbike') =>
  buildScenarioNetwork(dataset, resolveScenario(dataset, { preset }, TODAY), profile ? { profile } : {})
const route = (from: string, to: string, preset = 'today', profile?: 'car' | 'coach' | 'motorbike') => {
  const r = findRoute(network(preset, profile), from, to)
  if (!r.reachable) throw new Error(`${from} → ${to} unreachable`)
  return r
}
const travelLinks = (r: FoundRoute) => r.legs.filter((l) => l.kind === 'travel').map((l) => l.link)
const cited = (sources: readonly string[] | undefined, id: string) => expect(sources ?? []).toContain(id)

describe('positions', () => {
  it('keeps every heritage site within 3 km of each published position recorded for it', () => {
    for (const p of dataset.places.filter((x) => x.kind === 'heritage-site')) {
      for (const ref of p.referencePositions ?? []) {
        expect(haversineKm(p.lat, p.lon, ref.lat, ref.lon), p.id).toBeLessThanOrEqual(3)
        expect(ref.sources.length, p.id).toBeGreaterThan(0)
      }
    }
  })

  it('records the published position of every site the fact-check found misplaced', () => {
    for (const id of ['thanh-mai-pagoda', 'bo-da-pagoda', 'suoi-mo', 'tay-yen-tu', 'lan-pagoda']) {
      const p = dataset.placeById.get(id as never)!
      expect(p.referencePositions?.length, id).toBeGreaterThan(0)
    }
  })

  it('never has a road shorter than the straight line, nor 2.5 times longer', () => {
    for (const l of dataset.links) {
      const a = dataset.placeById.get(l.from)!,
        b = dataset.placeById.get(l.to)!
      const straight = haversineKm(a.lat, a.lon, b.lat, b.lon)
      expect(l.km, l.id).toBeGreaterThanOrEqual(straight - 0.2)
      if (l.mode === 'road' && l.km - straight > 5) expect(l.km / straight, l.id).toBeLessThanOrEqual(2.5)
    }
  })
})

/** Festival dates as their sources give them: [place, festival, start, end, a source that states it]. */
const FESTIVALS: ReadonlyArray<[string, string, [number, number], [number, number] | null, string]> = [
  ['bo-da-pagoda', 'bo-da-festival', [2, 16], [2, 18], 'vtv-bo-da-special-relic'],
  ['tay-yen-tu', 'spring-festival', [1, 12], null, 'vietnamtourism-tay-yen-tu-2020'],
  ['kiep-bac-temple', 'autumn-festival', [8, 10], [8, 21], 'dantri-autumn-festival-2025'],
  ['con-son-pagoda', 'autumn-festival', [8, 10], [8, 21], 'dantri-autumn-festival-2025'],
  ['con-son-pagoda', 'spring-festival', [1, 14], [1, 23], 'laodong-con-son-2025'],
  ['kiep-bac-temple', 'spring-festival', [1, 14], [1, 23], 'laodong-con-son-2025'],
  ['vinh-nghiem-pagoda', 'vinh-nghiem-festival', [2, 14], null, 'dangcongsan-vinh-nghiem'],
  ['yen-tu', 'yen-tu-festival', [1, 10], [3, 30], 'ovietnam-yen-tu'],
  ['suoi-mo', 'suoi-mo-festival', [3, 30], [4, 2], 'dulich-bacgiang-suoi-mo'],
]

describe('festivals', () => {
  it.each(FESTIVALS)('%s %s starts and ends on the sourced lunar days', (placeId, id, start, end, source) => {
    const f = dataset.placeById.get(placeId as never)?.festivals?.find((x) => x.id === id)
    expect(f, `${placeId} ${id}`).toBeDefined()
    expect([f!.lunarStart.month, f!.lunarStart.day]).toEqual(start)
    expect(f!.lunarEnd ? [f!.lunarEnd.month, f!.lunarEnd.day] : null).toEqual(end)
    cited(f!.sources, source)
  })

  it('names the autumn festival for both sites and marks the seal-opening rite on the 16th', () => {
    const f = dataset.placeById.get('kiep-bac-temple' as never)!.festivals!.find((x) => x.id === 'autumn-festival')!
    expect(f.name.vi).toBe('Lễ hội mùa thu Côn Sơn – Kiếp Bạc')
    expect(f.highlights?.find((h) => h.lunar.month === 8 && h.lunar.day === 16)?.name.vi).toMatch(/khai ấn/)
  })
})

describe('heritage ranks and texts', () => {
  it.each([
    ['kinh-chu-cave', 'baodautu-an-phu-kinh-chu-nham-duong'],
    ['nham-duong-pagoda', 'baodautu-an-phu-kinh-chu-nham-duong'],
    ['bo-da-pagoda', 'vtv-bo-da-special-relic'],
    ['tay-yen-tu', 'vietexplorer-yen-tu-clusters'],
    ['xuong-giang-citadel', 'vietnamplus-xuong-giang-special'],
  ])('%s is a special national relic, as %s says', (id, source) => {
    const p = dataset.placeById.get(id as never)!
    expect(p.heritage?.rank).toBe('special-national')
    cited(p.provenance?.heritage?.sources, source)
  })

  it('gives Nhẫm Dương to the Tào Động school and Thanh Mai its stupa built after Pháp Loa died', () => {
    expect(dataset.placeById.get('nham-duong-pagoda' as never)!.description!.vi).toMatch(/Tào Động/)
    expect(dataset.placeById.get('nham-duong-pagoda' as never)!.description!.vi).not.toMatch(/Trúc Lâm/)
    expect(dataset.placeById.get('thanh-mai-pagoda' as never)!.description!.en).toMatch(/after his death \(1330\)/)
  })

  it('cites a fee as high confidence only with a source that has an address', () => {
    for (const p of dataset.places) {
      if (p.fee?.confidence !== 'high') continue
      expect(
        p.fee.sources?.some((id) => dataset.sourceById.get(id as never)?.url),
        p.id,
      ).toBe(true)
    }
  })

  it('marks the Kiếp Bạc wharf and boat as a study, and the Kép – Hạ Long passenger train as not running', () => {
    expect(dataset.projectById.get('kiep-bac-vinh-nghiem-waterway' as never)!.status).toBe('study')
    for (const l of dataset.links.filter((x) => x.project === 'kep-ha-long-railway'))
      expect(l.service?.running, l.id).toBe(false)
  })
})

describe('golden routes after the corrections', () => {
  it('Hà Nội → Hạ Long takes both expressways, in 1.5 to 2.5 hours', () => {
    const r = route('hanoi', 'ha-long')
    expect(travelLinks(r)).toEqual(
      expect.arrayContaining(['hn-hp-expressway-west', 'hn-hp-expressway-east', 'hl-hp-expressway-south']),
    )
    expect(r.minutes).toBeGreaterThanOrEqual(90)
    expect(r.minutes).toBeLessThanOrEqual(150)
  })

  it('a motorbike, barred from expressways, goes another way', () => {
    const r = route('hanoi', 'ha-long', 'today', 'motorbike')
    for (const leg of r.legs) expect(dataset.linkById.get(leg.link)?.road?.class).not.toBe('expressway')
  })

  it('Hà Nội → Côn Sơn goes by Bắc Ninh and QL18: about 80 km and 1.5 h', () => {
    const r = route('hanoi', 'con-son-pagoda')
    const refs = r.legs.map((l) => l.ref)
    expect(refs).toContain('QL18')
    expect(travelLinks(r)).not.toContain('dong-viet-bridge-route')
    expect(r.km).toBeGreaterThan(70)
    expect(r.km).toBeLessThan(90)
    expect(r.minutes).toBeGreaterThan(70)
    expect(r.minutes).toBeLessThan(100)
  })

  it('the Đồng Việt ferry is a short crossing, and the bridge replaces it', () => {
    expect(dataset.linkById.get('dong-viet-ferry' as never)!.km).toBeLessThan(1)
    expect(dataset.projectById.get('dong-viet-bridge' as never)!.replaces).toContain('dong-viet-ferry')
  })
})

describe('cable cars', () => {
  it('takes the Yên Tử cable cars to the Bronze pagoda, and the Tây Yên Tử one to its summit', () => {
    const dong = route('hanoi', 'chua-dong')
    expect(dong.legs.filter((l) => l.kind === 'travel' && l.mode === 'cable-car').map((l) => l.link)).toEqual([
      'yen-tu-cable-car',
      'yen-tu-summit-cable-car',
    ])
    const west = route('bac-giang-city', 'tay-yen-tu-summit')
    expect(travelLinks(west)).toContain('tay-yen-tu-cable-car')
  })

  it('plans a day trip to the Bronze pagoda with them, and says the walk they save', () => {
    const plan = planItinerary(network('today'), { start: 'hanoi', visit: ['chua-dong'], date: '2026-12-05' })
    expect(plan.feasible).toBe(true)
    const cable = dataset.links.filter((l) => l.mode === 'cable-car')
    expect(cable.length).toBe(3)
    for (const l of cable) {
      expect(l.walkMinutes, l.id).toBeGreaterThan(0)
      expect(l.provenance?.walkMinutes?.confidence, l.id).toBeDefined()
    }
    expect(plan.notes.some((n) => n.kind === 'service' && n.mode === 'cable-car')).toBe(true)
  })
})

describe('curated tours', () => {
  const tours = parseTours(readFileSync(new URL('../data/tours.json', import.meta.url), 'utf8'), dataset)
  if (!tours.ok) throw new Error('tours invalid')
  const plan = (id: string, preset: string) => {
    const t = tours.tours.find((x) => x.id === id)!
    return planItinerary(network(preset), {
      start: t.start,
      visit: t.stops,
      optional: t.optional,
      days: t.days,
      date: '2026-12-05',
      ...(t.dayWindow && { dayWindow: t.dayWindow }),
    })
  }

  it('include the agreement route (Côn Sơn – Kiếp Bạc, Vĩnh Nghiêm, Suối Mỡ, Tây Yên Tử), feasible now and with every project', () => {
    const t = tours.tours.find((x) => x.id === 'agreement-2023-route')!
    expect(t.stops).toEqual(
      expect.arrayContaining(['con-son-pagoda', 'kiep-bac-temple', 'vinh-nghiem-pagoda', 'suoi-mo', 'tay-yen-tu']),
    )
    const now = plan(t.id, 'today'),
      later = plan(t.id, 'full-vision')
    expect(now.feasible).toBe(true)
    expect(later.feasible).toBe(true)
    expect(later.travelMinutes).toBeLessThan(now.travelMinutes)
  })

  it('never plan a day longer than about ten hours', () => {
    for (const t of tours.tours) {
      for (const day of plan(t.id, 'today').days) {
        const [h1, m1] = day.depart.split(':').map(Number) as [number, number]
        const [h2, m2] = day.arrive.split(':').map(Number) as [number, number]
        expect(h2 * 60 + m2 - (h1 * 60 + m1), `${t.id} day ${day.day}`).toBeLessThanOrEqual(10.5 * 60)
      }
    }
  })
})

describe('README figures', () => {
  it('match the data: places, heritage sites, UNESCO components, links, projects, sources', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const sites = dataset.places.filter((p) => p.kind === 'heritage-site')
    expect(readme).toContain(
      `holds ${dataset.places.length} places (${sites.length} heritage sites, all ${sites.filter((p) => p.heritage?.unescoComponent).length} UNESCO components), ${dataset.links.length} links and the ${dataset.projects.length} projects`,
    )
    expect(readme).toContain(`with ${dataset.sources.length} sources`)
  })
})
