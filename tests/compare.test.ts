// Before and after: properties on random networks and golden changes on the embedded data.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildScenarioNetwork,
  compareScenarios,
  delayCosts,
  delayProject,
  findRoute,
  parseDataset,
  projectImpacts,
  resolveScenario,
  travelTimeline,
  defaultComparePlaces,
  type Dataset,
} from '../src/core/index.ts'
import { datasetOf, randomNetwork } from '../src/test-support/random-network.ts'
import { runCli } from '../src/cli/cli.ts'
import { memoryIo } from '../src/cli/io.ts'

const TODAY = '2026-11-28'
const parsed = parseDataset(readFileSync(new URL('../data/network.json', import.meta.url), 'utf8'))
const dataset = (parsed.ok ? parsed.dataset : null) as Dataset

describe('compare properties on random networks', () => {
  it('with projects only added, no pair gets slower; and the table agrees with route for every pair', () => {
    fc.assert(
      fc.property(randomNetwork(2, 10, 20), fc.integer({ min: 2023, max: 2032 }), (net, year) => {
        const d = datasetOf(net)
        const before = resolveScenario(d, { date: `${year}-01-01` }, TODAY),
          after = resolveScenario(d, { preset: 'full-vision' }, TODAY)
        const c = compareScenarios(
          d,
          before,
          after,
          {},
          d.places.map((p) => p.id),
        )
        for (const p of c.pairs) {
          if (p.beforeMinutes !== null) expect(p.afterMinutes).not.toBeNull()
          if (p.savedMinutes !== null) expect(p.savedMinutes).toBeGreaterThanOrEqual(-1e-9)
          const r = findRoute(c.after, p.from, p.to)
          if (p.afterMinutes === null) expect(r.reachable).toBe(false)
          else expect(r.reachable && Math.abs(r.minutes - p.afterMinutes) < 1e-6).toBe(true)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('a project whose links lie on no better route saves nothing on its own', () => {
    fc.assert(
      fc.property(randomNetwork(3, 8, 14), (net) => {
        const d = datasetOf(net)
        const before = resolveScenario(d, { preset: 'agreement-2023', without: d.projects.map((p) => p.id) }, TODAY)
        const after = resolveScenario(d, { preset: 'full-vision' }, TODAY)
        const places = d.places.map((p) => p.id)
        const base = buildScenarioNetwork(d, before)
        for (const impact of projectImpacts(d, before, after, places)) {
          const project = d.projectById.get(impact.id)!
          const withIt = buildScenarioNetwork(d, { ...before, openProjects: [impact.id] })
          const usedAnywhere = places.some((a) =>
            places.some((b) => {
              if (a === b) return false
              const r = findRoute(withIt, a, b),
                r0 = findRoute(base, a, b)
              const better = r.reachable && (!r0.reachable || r.minutes < r0.minutes - 1e-9)
              return better && r.legs.some((l) => project.addsLinks.includes(l.link))
            }),
          )
          if (!usedAnywhere) {
            expect(impact.aloneMinutesSaved).toBeCloseTo(0, 9)
            expect(impact.aloneConnects).toBe(0)
          }
        }
      }),
      { numRuns: 60 },
    )
  })
})

describe('compare on the embedded data', () => {
  const before = resolveScenario(dataset, { preset: 'agreement-2023' }, TODAY),
    after = resolveScenario(dataset, { preset: 'full-vision' }, TODAY)

  it('golden: the five largest changes from agreement-2023 to full-vision', () => {
    const c = compareScenarios(dataset, before, after)
    const top = c.pairs
      .filter((p) => p.from < p.to)
      .slice(0, 5)
      .map((p) => [p.from, p.to, Math.round(p.beforeMinutes!), Math.round(p.afterMinutes!)])
    // Change detector on the real data (moved by the 2026-11 position corrections: Thanh Mai and
    // Suối Mỡ are 6 km apart across the hills, so the planned road between them matters most).
    expect(top).toEqual([
      ['suoi-mo', 'thanh-mai-pagoda', 79, 14],
      ['tay-yen-tu-summit', 'thanh-mai-pagoda', 150, 85],
      ['tay-yen-tu', 'thanh-mai-pagoda', 127, 62],
      ['kiep-bac-temple', 'vinh-nghiem-pagoda', 79, 22],
      ['nam-tao-bac-dau-temples', 'vinh-nghiem-pagoda', 83, 26],
    ])
  })

  it('finds that the Lục Nam bridge and the Hải Dương connector only work together', () => {
    const impacts = projectImpacts(dataset, before, after, defaultComparePlaces(dataset))
    const bridge = impacts.find((i) => i.id === 'luc-nam-bridge')!,
      connector = impacts.find((i) => i.id === 'con-son-kiep-bac-connector')!
    expect(bridge.aloneMinutesSaved).toBe(0)
    expect(bridge.withoutMinutesLost).toBeGreaterThan(0)
    expect(bridge.needs).toEqual(['con-son-kiep-bac-connector'])
    expect(connector.needs).toEqual(['luc-nam-bridge'])
    expect(impacts[0]!.id).toBe('suoi-mo-thanh-mai-road')
  })

  it("reads Đồng Việt's ten-month delay as extra minutes on Bắc Giang → Kiếp Bạc, and a what-if delay moves the timeline", () => {
    const points = travelTimeline(dataset, 'bac-giang-city', 'kiep-bac-temple', TODAY)
    const y2025 = points.find((p) => p.date === '2025-01-01')!
    expect(y2025.promisedMinutes!).toBeLessThan(y2025.expectedMinutes!)
    const [cost] = delayCosts(dataset, 'bac-giang-city', 'kiep-bac-temple', TODAY)
    expect(cost).toMatchObject({ project: 'dong-viet-bridge', monthsLate: 10 })
    expect(cost!.extraMinutesPerTrip).toBeCloseTo(y2025.expectedMinutes! - y2025.promisedMinutes!, 6)
    const later = travelTimeline(
      delayProject(dataset, 'dong-viet-bridge', 12),
      'bac-giang-city',
      'kiep-bac-temple',
      TODAY,
    )
    expect(later.find((p) => p.date === '2026-01-01')!.expectedMinutes).toBeGreaterThan(
      points.find((p) => p.date === '2026-01-01')!.expectedMinutes!,
    )
  })
})

describe('cli compare, impact, timeline', () => {
  const run = (...argv: string[]) => {
    const io = memoryIo(TODAY)
    const code = runCli(argv, io)
    return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
  }
  it('prints the JSON contract', () => {
    const r = run('compare', '--before', 'agreement-2023', '--after', 'full-vision', '--json')
    expect(r.code, r.err).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc.before.preset).toBe('agreement-2023')
    expect(doc.pairs[0]).toMatchObject({
      from: expect.any(String),
      to: expect.any(String),
      beforeMinutes: expect.any(Number),
      afterMinutes: expect.any(Number),
    })
    expect(doc.projects[0]).toMatchObject({
      id: 'suoi-mo-thanh-mai-road',
      aloneMinutesSaved: expect.any(Number),
      withoutMinutesLost: expect.any(Number),
    })
    expect(doc.reach.length).toBeGreaterThan(0)
    for (const trip of doc.dayTrips) {
      expect(trip.afterValue).toBeGreaterThanOrEqual(trip.beforeValue)
      for (const id of trip.gained) expect(trip.after).toContain(id)
    }
  })
  it('writes a markdown report with the summary first', () => {
    const r = run('compare', '--format', 'md', '--gateway', 'bac-giang-city')
    expect(r.out.split('\n')[0]).toMatch(/^# Before and after: agreement-2023 → full-vision/)
    expect(r.out.indexOf('## Summary')).toBeLessThan(r.out.indexOf('## Largest changes'))
    expect(r.out).toMatch(/saves nothing on its own: it needs/)
  })
  it('takes dates and with/without on each side, and CSV', () => {
    const r = run(
      'compare',
      '--before',
      '2025-01-01',
      '--after',
      '2025-08-01',
      '--format',
      'csv',
      '--places',
      'bac-giang-city,kiep-bac-temple',
    )
    expect(r.code, r.err).toBe(0)
    expect(r.out.split('\n')).toHaveLength(3)
    const r2 = run(
      'compare',
      '--before',
      'today',
      '--after',
      'today',
      '--after-with',
      'luc-nam-bridge,con-son-kiep-bac-connector',
      '--json',
      '--places',
      'kiep-bac-temple,vinh-nghiem-pagoda',
    )
    expect(JSON.parse(r2.out).pairs[0].savedMinutes).toBeGreaterThan(30)
  })
  it('timeline and impact answer, and bad input exits 2', () => {
    expect(run('timeline', '--from', 'bac-giang-city', '--to', 'kiep-bac-temple').out).toMatch(/10 months late/)
    expect(run('impact').out).toMatch(/Đồng Việt bridge/)
    expect(run('compare', '--before', 'someday').code).toBe(2)
    expect(run('compare', '--delay', 'dong-viet-bridge').err).toMatch(/ID=MONTHS/)
    expect(run('timeline', '--from', 'hanoi').err).toMatch(/--to ID is required/)
  })
})
