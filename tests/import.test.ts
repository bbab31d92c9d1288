// Importing real road data: the hand-made OSM and GeoJSON fixtures (tests/fixtures/import/) through
// the core and the command line, with an overlay that lays a heritage site and a dated bridge on top;
// and a property: contracting points between junctions never changes a shortest path.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyOverlay,
  buildImportedNetwork,
  buildScenarioNetwork,
  CoreError,
  findRoute,
  parseDataset,
  readGeoJsonLines,
  readOsmXml,
  recordWording,
  resolveScenario,
  travelMatrix,
  type Dataset,
  type RawPoint,
  type RawWay,
  defaultComparePlaces,
  HIGHWAY_KINDS,
  ImportFileError,
  importNetwork,
  SPEED_KINDS,
  wayKind,
} from '../src/core/index.ts'
import { haversineKm } from '../src/core/geo/distance.ts'
import { maxSpeedKmh } from '../src/core/import/road-classes.ts'
import { runCli } from '../src/cli/cli.ts'
import { memoryIo } from '../src/cli/io.ts'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/import/${name}`, import.meta.url))
const osmText = readFileSync(fixture('small.osm'), 'utf8')
const overlay = JSON.parse(readFileSync(fixture('overlay.json'), 'utf8')) as unknown

function imported(withOverlay: boolean) {
  const { document, report } = buildImportedNetwork(readOsmXml(osmText), { sourceTitle: 'small.osm', osm: true })
  const joined = withOverlay ? applyOverlay(document, structuredClone(overlay)) : { snaps: [], warnings: [] }
  const parsed = parseDataset(document)
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '))
  return { dataset: parsed.dataset, document, report, joined, warnings: parsed.warnings }
}
const link = (d: Dataset, id: string) => d.linkById.get(id as never)!

describe('OpenStreetMap XML import', () => {
  it('keeps roads, ferries and rail, says what it left out and why, and names a way with a missing node', () => {
    const { report } = imported(false)
    expect(report.ways.read).toBe(11)
    expect(report.ways.leftOut).toEqual({ 'highway=footway': 1, 'a point missing from the file': 1 })
    expect(report.problems).toEqual([{ key: 'way-missing-point', values: { way: '20', point: '99' } }])
    expect(report.problems.map(recordWording)).toEqual(['way 20: point 99 is not in the file: way left out'])
    // The island (way 19) is not connected to the rest.
    expect(report.disconnected).toEqual({ places: 2, links: 1 })
  })

  it('contracts the points between junctions into one link that keeps its geometry and its length', () => {
    const { dataset } = imported(false)
    const ql18 = link(dataset, 'w10')
    expect(ql18.from).toBe('n1')
    expect(ql18.to).toBe('n4')
    expect(ql18.geometry).toHaveLength(4)
    const g = ql18.geometry!
    let km = 0
    for (let i = 1; i < g.length; i++) km += haversineKm(g[i - 1]![1], g[i - 1]![0], g[i]![1], g[i]![0])
    expect(ql18.km).toBeCloseTo(km, 2)
    expect(ql18.road?.class).toBe('national-2-lane')
    expect(ql18.road?.ref).toBe('QL18')
    expect(dataset.placeById.has('n2' as never)).toBe(false)
    expect(dataset.placeById.get('n1' as never)?.name).toEqual({ vi: 'Ngã ba & chợ', en: 'Ngã ba & chợ' })
  })

  it('honours one-way streets and roundabouts, maxspeed, and makes ferries waterway links with a wait', () => {
    const { dataset } = imported(false)
    expect(link(dataset, 'w11').oneway).toBe(true)
    expect(link(dataset, 'w12').speedKmh).toBe(30)
    const ferry = link(dataset, 'w13')
    expect(ferry.mode).toBe('waterway')
    expect(ferry.waitMinutes).toBe(15)
    const roundabout = dataset.links.filter((l) => l.id.startsWith('w15'))
    expect(roundabout.length).toBeGreaterThanOrEqual(2)
    expect(roundabout.every((l) => l.oneway)).toBe(true)
    // n4 → n5 takes the one-way street; n5 → n4 must go round by the secondary road and QL18.
    const net = buildScenarioNetwork(dataset, resolveScenario(dataset, { preset: 'today' }, '2026-11-29'))
    const there = findRoute(net, 'n4', 'n5'),
      back = findRoute(net, 'n5', 'n4')
    expect(there.reachable && there.legs.map((l) => l.kind === 'travel' && l.link)).toEqual(['w11'])
    expect(back.reachable && back.legs.filter((l) => l.kind === 'travel').map((l) => l.link)).not.toContain('w11')
  })

  it('refuses a file that is not OSM or is cut short, with a code', () => {
    expect(() => readOsmXml('<html></html>')).toThrow(CoreError)
    try {
      readOsmXml(osmText.slice(0, osmText.length - 20))
      expect.unreachable()
    } catch (e) {
      expect((e as CoreError).code).toBe('INVALID_IMPORT')
    }
  })
})

describe('an overlay on the imported network', () => {
  it('joins a heritage site to the nearest point of a road, splitting it there, and says how far', () => {
    const { dataset, joined, document } = imported(true)
    // The pagoda lies beside QL18 (w10, n1 → n4 through the contracted points 2 and 3): nearer its
    // line than any junction, so the link is split at the nearest point and a junction put there.
    expect(joined.snaps[0]).toMatchObject({ record: 'places[0] test-pagoda', to: 'at-test-pagoda', road: 'w10' })
    // The distance is the least over QL18's line, found here by walking it in 1 m steps.
    const line = [
      [21.0, 106.0],
      [21.005, 106.01],
      [21.01, 106.02],
      [21.015, 106.03],
    ] as const
    let least = Infinity
    for (let i = 1; i < line.length; i++)
      for (let k = 0; k <= 1500; k++) {
        const f = k / 1500
        const lat = line[i - 1]![0] + (line[i]![0] - line[i - 1]![0]) * f
        const lon = line[i - 1]![1] + (line[i]![1] - line[i - 1]![1]) * f
        least = Math.min(least, haversineKm(21.011, 106.023, lat, lon))
      }
    expect(Math.abs(joined.snaps[0]!.km - least)).toBeLessThan(0.002)
    expect(joined.snaps[0]!.km).toBeLessThan(haversineKm(21.011, 106.023, 21.015, 106.03))
    // QL18 is now two links, to and from the new junction, of the same total length and road.
    const halves = document.links.filter((l) => String(l.id).startsWith('w10-'))
    expect(halves.map((l) => [l.id, l.from, l.to])).toEqual([
      ['w10-a', 'n1', 'at-test-pagoda'],
      ['w10-b', 'at-test-pagoda', 'n4'],
    ])
    expect(Number(halves[0]!.km) + Number(halves[1]!.km)).toBeCloseTo(3.533, 2)
    // Each half's length is its share of the line, measured on its own geometry.
    const along = (g: unknown) =>
      (g as Array<[number, number]>).reduce(
        (s, p, i, all) => (i === 0 ? 0 : s + haversineKm(all[i - 1]![1], all[i - 1]![0], p[1], p[0])),
        0,
      )
    const [a, b] = halves.map((l) => along(l.geometry))
    expect(Number(halves[0]!.km) / 3.533).toBeCloseTo(a! / (a! + b!), 3)
    expect(halves.every((l) => (l.road as { ref?: string }).ref === 'QL18')).toBe(true)
    expect(document.links.some((l) => l.id === 'w10')).toBe(false)
    expect(joined.warnings).toEqual([])
    const net = buildScenarioNetwork(dataset, resolveScenario(dataset, { preset: 'today' }, '2026-11-29'))
    expect(findRoute(net, 'n1', 'test-pagoda').reachable).toBe(true)
    // The overlay's gateways become the dataset's: comparisons measure from them.
    expect(dataset.gateways).toEqual(['n8'])
    expect(defaultComparePlaces(dataset)).toEqual(['test-pagoda', 'n8'])
  })

  it('joining places to roads never changes a trip between imported junctions; projects follow split links (property)', () => {
    const base = buildImportedNetwork(readOsmXml(osmText), { sourceTitle: 'small.osm', osm: true }).document
    const junctions = base.places.map((p) => String(p.id))
    const minutesBetween = (document: typeof base) => {
      const parsed = parseDataset(document)
      if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '))
      const net = buildScenarioNetwork(
        parsed.dataset,
        resolveScenario(parsed.dataset, { preset: 'today' }, '2026-11-29'),
      )
      return travelMatrix(net, junctions).minutes
    }
    const before = minutesBetween(structuredClone(base))
    const position = fc.record({
      lat: fc.double({ min: 20.995, max: 21.05, noNaN: true }),
      lon: fc.double({ min: 105.995, max: 106.035, noNaN: true }),
    })
    fc.assert(
      fc.property(fc.array(position, { minLength: 1, maxLength: 4 }), (spots) => {
        const document = structuredClone(base)
        const { snaps } = applyOverlay(document, {
          places: spots.map((s, i) => ({ id: `site-${i}`, name: `Site ${i}`, kind: 'heritage-site', ...s })),
          // A project that closes QL18 and upgrades the one-way street: it must follow any split.
          projects: [{ id: 'p', name: 'P', replaces: ['w10'], upgrades: [{ link: 'w11', minutes: 2 }] }],
        })
        const after = minutesBetween(document)
        for (let i = 0; i < junctions.length; i++)
          for (let j = 0; j < junctions.length; j++) {
            const x = before[i]![j]!,
              y = after[i]![j]!
            if (x === null) expect(y).toBeNull()
            else expect(Math.abs(x - y!)).toBeLessThan(0.02)
          }
        // Every link a split made is named by the project wherever the original was.
        const project = document.projects.find((p) => p.id === 'p')!
        const pieces = (id: string) =>
          document.links.map((l) => String(l.id)).filter((l) => l === id || l.startsWith(`${id}-`))
        expect(project.replaces).toEqual(pieces('w10'))
        const upgrades = project.upgrades as Array<{ link: string; minutes: number }>
        expect(upgrades.map((u) => u.link)).toEqual(pieces('w11'))
        expect(upgrades.reduce((s, u) => s + u.minutes, 0)).toBeCloseTo(2, 2)
        // A site nearer a road than any junction is joined on the road, and never farther than a junction.
        for (const s of snaps) if (s.road) expect(s.to.startsWith('at-site-')).toBe(true)
      }),
      { numRuns: 60 },
    )
  })

  it('refuses a gateway that names no place, naming the field', () => {
    const { document } = buildImportedNetwork(readOsmXml(osmText), { sourceTitle: 'small.osm', osm: true })
    applyOverlay(document, { gateways: ['n8', 'nowhere'] })
    const parsed = parseDataset(document)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors.map((e) => [e.code, e.path, e.value])).toEqual([
      ['E_UNKNOWN_PLACE', 'gateways[1]', '"nowhere"'],
    ])
  })

  it('a dated project replaces an imported bridge: before its date the old bridge, after it the new link', () => {
    const { dataset, joined } = imported(true)
    expect(joined.snaps.find((s) => s.record === 'links[0].from')?.to).toBe('n7')
    const route = (date: string) => {
      const net = buildScenarioNetwork(dataset, resolveScenario(dataset, { date }, '2026-11-29'))
      const r = findRoute(net, 'n7', 'n8')
      return r.reachable ? r.legs.filter((l) => l.kind === 'travel').map((l) => l.link) : null
    }
    expect(route('2027-01-01')).toEqual(['w14'])
    expect(route('2029-01-01')).toEqual(['new-bridge-link'])
  })

  it('warns when a place is far from every imported road', () => {
    const far = { places: [{ id: 'far-away', name: 'Far', lat: 21.3, lon: 106.4 }] }
    const { document } = buildImportedNetwork(readOsmXml(osmText), { sourceTitle: 'small.osm', osm: true })
    const { warnings } = applyOverlay(document, far)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^places\[0\] far-away is \d+\.\d km from the nearest imported road/)
  })
})

describe('GeoJSON road lines', () => {
  it('joins lines at shared positions, takes our road classes and reversed one-ways, skips points', () => {
    const raw = readGeoJsonLines(JSON.parse(readFileSync(fixture('lines.geojson'), 'utf8')))
    expect(raw.problems.map(recordWording)).toEqual(['features[3]: geometry Point is not a line: skipped'])
    const { document, report } = buildImportedNetwork(raw, { sourceTitle: 'lines.geojson', osm: false })
    const parsed = parseDataset(document)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(report.places).toBe(4)
    const ql5 = parsed.dataset.linkById.get('wql5' as never)!
    expect(ql5.road?.class).toBe('national-4-lane')
    expect(ql5.geometry).toHaveLength(3)
    // oneway=-1: drawn north, driven south.
    const reversed = parsed.dataset.links.find((l) => l.oneway)!
    expect(reversed.geometry![0]).toEqual([106.02, 21.01])
  })

  it('refuses what is not a FeatureCollection', () => {
    expect(() => readGeoJsonLines({ type: 'Feature' })).toThrow(CoreError)
  })
})

describe('contraction never changes a shortest path (property)', () => {
  it('minutes between junctions equal Dijkstra on the raw points', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 12 }).chain((n) =>
          fc.tuple(
            fc.array(
              fc.tuple(
                fc.double({ min: 21, max: 21.1, noNaN: true }),
                fc.double({ min: 106, max: 106.1, noNaN: true }),
              ),
              {
                minLength: n,
                maxLength: n,
              },
            ),
            fc.array(fc.array(fc.nat(n - 1), { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
            fc.array(fc.constantFrom('primary', 'tertiary', 'residential'), { minLength: 8, maxLength: 8 }),
          ),
        ),
        ([coords, wayPoints, kinds]) => {
          const points = new Map<string, RawPoint>(coords.map(([lat, lon], i) => [String(i), { lat, lon }]))
          const ways: RawWay[] = wayPoints.map((ps, i) => ({
            id: String(i),
            points: ps.map(String),
            tags: { highway: kinds[i]! },
          }))
          const { document } = buildImportedNetwork({ points, ways, problems: [] }, { sourceTitle: 't', osm: true })
          const parsed = parseDataset(document)
          // Whatever the ways, the import is a valid dataset.
          expect(parsed.ok ? [] : parsed.errors.map((e) => e.message)).toEqual([])
          if (!parsed.ok || parsed.dataset.places.length < 2) return
          const d = parsed.dataset
          // Reference: Dijkstra (dense, small) on every raw segment of the kept ways.
          const speed: Record<string, number> = { primary: 45, tertiary: 35, residential: 25 }
          const ids = [...points.keys()]
          const dist = new Map(ids.map((a) => [a, new Map(ids.map((b) => [b, a === b ? 0 : Infinity]))]))
          ways.forEach((w) => {
            const pts = w.points.filter((p, i) => i === 0 || p !== w.points[i - 1])
            for (let i = 1; i < pts.length; i++) {
              const a = points.get(pts[i - 1]!)!,
                b = points.get(pts[i]!)!
              const m = (haversineKm(a.lat, a.lon, b.lat, b.lon) / speed[w.tags.highway!]!) * 60
              if (m < dist.get(pts[i - 1]!)!.get(pts[i]!)!) {
                dist.get(pts[i - 1]!)!.set(pts[i]!, m)
                dist.get(pts[i]!)!.set(pts[i - 1]!, m)
              }
            }
          })
          for (const k of ids)
            for (const i of ids)
              for (const j of ids) {
                const via = dist.get(i)!.get(k)! + dist.get(k)!.get(j)!
                if (via < dist.get(i)!.get(j)!) dist.get(i)!.set(j, via)
              }
          const net = buildScenarioNetwork(d, resolveScenario(d, { preset: 'today' }, '2026-11-29'))
          const placeIds = d.places.map((p) => p.id)
          const m = travelMatrix(net, placeIds)
          placeIds.forEach((a, i) =>
            placeIds.forEach((b, j) => {
              const expected = dist.get(a.slice(1))!.get(b.slice(1))!
              const got = m.minutes[i]![j]
              // Link lengths are rounded to the metre: allow that much.
              if (expected === Infinity) expect(got).toBeNull()
              else expect(got!).toBeCloseTo(expected, 1)
            }),
          )
        },
      ),
      { numRuns: 150, seed: 29112026 },
    )
  })
})

describe('a speeds file', () => {
  const withSpeeds = (speeds: string) =>
    importNetwork({ format: 'osm', data: osmText, name: 'small.osm', speeds: { text: speeds, name: 'speeds.json' } })

  it('sets the speed of the kinds it names, cited to the file; every other kind keeps our default', () => {
    const given: Record<string, number> = { primary: 62, residential: 18, ferry: 12 }
    const outcome = withSpeeds(JSON.stringify(given))
    expect(outcome.result.ok).toBe(true)
    expect(outcome.document.sources).toContainEqual({
      id: 'import-speed-file',
      kind: 'reference',
      title: 'speeds.json',
    })
    const citing = outcome.document.links.filter((l) =>
      (l.provenance as { speedKmh: { sources: string[] } }).speedKmh.sources.includes('import-speed-file'),
    )
    expect(citing.length).toBeGreaterThan(0)
    expect(outcome.report.speeds).toEqual({ file: 'speeds.json', table: given, links: citing.length })
    // Each link's expected speed from its way's tags: the file's for its kind (else our default),
    // lowered by a maxspeed tag, never raised.
    const ways = new Map(readOsmXml(osmText).ways.map((w) => [w.id, w]))
    let checked = 0
    for (const l of outcome.document.links as Array<Record<string, unknown>>) {
      const way = ways.get(/^w(\d+)/.exec(l.id as string)![1]!)!
      const name = way.tags.route === 'ferry' ? 'ferry' : way.tags.railway === 'rail' ? 'rail' : way.tags.highway!
      const base = given[name] ?? wayKind(way.tags)!.speedKmh
      const cap = maxSpeedKmh(way.tags.maxspeed)
      expect(l.speedKmh, `${l.id as string} (${name})`).toBe(Math.min(base, cap ?? Infinity))
      const cites = (l.provenance as { speedKmh: { sources: string[] } }).speedKmh.sources
      expect(cites.includes('import-speed-file'), `${l.id as string} cites the file`).toBe(name in given)
      checked++
    }
    expect(checked).toBe(outcome.document.links.length)
    // The fixture has a primary road and residential streets: the file changed something.
    expect(outcome.document.links.some((l) => l.speedKmh === 62)).toBe(true)
  })

  it('gives a GeoJSON line with one of our classes the speed of its highway value, as data/README says', () => {
    const text = readFileSync(fixture('lines.geojson'), 'utf8')
    const outcome = importNetwork({
      format: 'geojson',
      data: text,
      name: 'lines.geojson',
      speeds: { text: '{"trunk": 71}', name: 'speeds.json' },
    })
    const classed = (outcome.document.links as Array<Record<string, unknown>>).filter(
      (l) => (l.road as { class?: string } | undefined)?.class === 'national-4-lane',
    )
    expect(classed.length).toBeGreaterThan(0)
    for (const l of classed) expect(l.speedKmh).toBe(71)
  })

  it('names every kind it accepts from the import’s own table, and refuses anything else by name', () => {
    expect(SPEED_KINDS).toEqual([...Object.keys(HIGHWAY_KINDS), 'ferry', 'rail'])
    const refusal = (text: string) => {
      try {
        withSpeeds(text)
      } catch (error) {
        if (error instanceof ImportFileError) return { file: error.file, key: error.problem.key, reason: error.reason }
        throw error
      }
      throw new Error('accepted')
    }
    expect(refusal('{"primry": 50}')).toMatchObject({ file: 'speeds', key: 'speeds-unknown-kind' })
    expect(refusal('{"primry": 50}').reason).toContain('"primry"')
    expect(refusal('{"toString": 50}').key).toBe('speeds-unknown-kind')
    expect(refusal('{"primary": 900}')).toMatchObject({ key: 'speeds-out-of-range' })
    expect(refusal('{"primary": "fast"}').reason).toContain('primary: fast is not a speed')
    expect(refusal('{"ferry": 0}').key).toBe('speeds-out-of-range')
    expect(refusal('[50]').key).toBe('speeds-not-object')
    expect(refusal('{"primary": 5').key).toBe('json-invalid')
  })
})

describe('the import command', () => {
  it('writes a valid dataset to stdout and the report to stderr', () => {
    const io = memoryIo('2026-11-29')
    const code = runCli(['import', '--from', fixture('small.osm'), '--overlay', fixture('overlay.json')], io)
    expect(code).toBe(0)
    const parsed = parseDataset(io.stdout.join('\n'))
    expect(parsed.ok).toBe(true)
    const err = io.stderr.join('\n')
    expect(err).toContain('11 ways read, 9 kept; left out: 1 highway=footway, 1 a point missing from the file')
    expect(err).toContain('joined: places[0] test-pagoda → at-test-pagoda (new junction on w10), 0.05 km')
    expect(err).toContain('problem: way 20: point 99 is not in the file')
  })

  it('--json gives one document; bad options and an overlay with an unknown reference are refused by record', () => {
    const io = memoryIo()
    expect(runCli(['import', '--from', fixture('lines.geojson'), '--json'], io)).toBe(0)
    const doc = JSON.parse(io.stdout.join('')) as { ok: boolean; report: { places: number } }
    expect(doc.ok).toBe(true)
    expect(doc.report.places).toBe(4)
    const bad = memoryIo()
    expect(runCli(['import', '--from', fixture('small.osm'), '--format', 'shp'], bad)).toBe(2)
    expect(bad.stderr.join('\n')).toContain('--format: "shp" is not osm, pbf or geojson')
    const xmlAsPbf = memoryIo()
    expect(runCli(['import', '--from', fixture('small.osm'), '--format', 'pbf'], xmlAsPbf)).toBe(2)
    expect(xmlAsPbf.stderr.join('\n')).toBe(
      `--from ${fixture('small.osm')}: not an OpenStreetMap PBF file (it does not start with an OSMHeader block)`,
    )
    const notGeo = memoryIo()
    const network = fileURLToPath(new URL('../data/network.json', import.meta.url))
    expect(runCli(['import', '--from', network], notGeo)).toBe(2)
    expect(notGeo.stderr.join('\n')).toBe(`--from ${network}: not a GeoJSON FeatureCollection`)
    const speeds = memoryIo()
    const badSpeeds = fixture('overlay.json')
    expect(runCli(['import', '--from', fixture('small.osm'), '--speeds', badSpeeds], speeds)).toBe(2)
    const goodSpeeds = memoryIo()
    const speedsFile = join(mkdtempSync(join(tmpdir(), 'speeds-')), 'slow.json')
    writeFileSync(speedsFile, '{"residential": 12.5}')
    expect(runCli(['import', '--from', fixture('small.osm'), '--speeds', speedsFile], goodSpeeds)).toBe(0)
    expect(goodSpeeds.stderr.join('\n')).toMatch(
      /speeds from slow\.json: residential 12\.5 km\/h \(\d+ links?\); other kinds: our defaults/,
    )
    expect(speeds.stderr.join('\n')).toMatch(new RegExp(`^--speeds ${badSpeeds}: speeds: "\\w+" is not a kind of way`))
    const noFrom = memoryIo()
    expect(runCli(['import'], noFrom)).toBe(2)
    expect(noFrom.stderr.join('\n')).toContain('--from FILE is required')
  })
})
