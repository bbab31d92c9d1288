// Before and after: properties on random networks (both directions counted, antisymmetry, critical
// links against closing every link) and answers on the embedded data.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildComparison,
  buildScenarioNetwork,
  classifyChange,
  compareScenarios,
  comparePairs,
  criticalLinks,
  delayImpact,
  describeNoEffect,
  findRoute,
  lateProjects,
  parseDataset,
  projectImpacts,
  resolveScenario,
  reverseChange,
  singleProjectImpact,
  travelTimeline,
  defaultComparePlaces,
  CHANGE_KINDS,
  anyPairChanges,
  partnersNeeded,
  type Dataset,
  type ProjectId,
  openLinks,
  summarizeChanges,
  forgetKeptNetworks,
} from '../src/core/index.ts'
import { datasetOf, documentOf, floydWarshall, randomNetwork } from '../src/test-support/random-network.ts'

const TODAY = '2026-11-28'
const parsed = parseDataset(readFileSync(new URL('../data/network.json', import.meta.url), 'utf8'))
const dataset = (parsed.ok ? parsed.dataset : null) as Dataset

/** A random subset of a dataset's projects, as a scenario request. */
const subsetOf = (d: Dataset, bits: number) => ({
  preset: 'agreement-2023',
  with: d.projects.filter((_p, i) => (bits >> i) & 1).map((p) => p.id),
})

/** A random network's networks for two project subsets, and all its places. */
function twoSides(net: Parameters<typeof datasetOf>[0], x: number, y: number) {
  const d = datasetOf(net)
  const side = (bits: number) => buildScenarioNetwork(d, resolveScenario(d, subsetOf(d, bits), TODAY))
  return { a: side(x), b: side(y), places: d.places.map((p) => p.id) }
}

describe('compare properties on random networks', () => {
  it('with projects only added, no pair gets slower; and the table agrees with route for every pair', () => {
    fc.assert(
      fc.property(randomNetwork(2, 10, 20, { oneway: false }), fc.integer({ min: 2023, max: 2032 }), (net, year) => {
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
          expect(p.kind).not.toBe('slower')
          expect(p.kind).not.toBe('disconnected')
          const r = findRoute(c.after, p.from, p.to)
          if (p.afterMinutes === null) expect(r.reachable).toBe(false)
          else expect(r.reachable && Math.abs(r.minutes - p.afterMinutes) < 1e-6).toBe(true)
        }
        expect(c.summary.slower + c.summary.disconnected).toBe(0)
      }),
      { numRuns: 100 },
    )
  })

  it('is antisymmetric: swapping before and after negates every change and swaps the counts', () => {
    fc.assert(
      fc.property(randomNetwork(2, 9, 18), fc.nat(7), fc.nat(7), (net, x, y) => {
        const { a, b, places } = twoSides(net, x, y)
        const ab = comparePairs(a, b, places),
          ba = comparePairs(b, a, places)
        const key = (p: { from: string; to: string }) => `${p.from}|${p.to}`
        const reverse = new Map(ba.pairs.map((p) => [key(p), p]))
        expect(reverse.size).toBe(ab.pairs.length)
        for (const p of ab.pairs) {
          const q = reverse.get(key(p))!
          expect(q.kind).toBe(reverseChange(p.kind))
          expect(q.beforeMinutes).toBe(p.afterMinutes)
          if (p.savedMinutes !== null) expect(q.savedMinutes).toBeCloseTo(-p.savedMinutes, 9)
        }
        expect(ba.summary.faster).toBe(ab.summary.slower)
        expect(ba.summary.slower).toBe(ab.summary.faster)
        expect(ba.summary.connected).toBe(ab.summary.disconnected)
        expect(ba.summary.disconnected).toBe(ab.summary.connected)
        expect(ba.summary.netTripMinutes).toBeCloseTo(-ab.summary.netTripMinutes, 6)
        expect(ba.summary.minutesLostOnSlower).toBeCloseTo(ab.summary.minutesSavedOnFaster, 6)
        // The counts add up to every pair.
        const n = places.length
        expect(CHANGE_KINDS.reduce((s, k) => s + ab.summary[k], 0)).toBe((n * (n - 1)) / 2)
      }),
      { numRuns: 150 },
    )
  })

  it('keeping only the changed pairs builds exactly the changed pairs of the full table, with the same summary', () => {
    fc.assert(
      fc.property(randomNetwork(2, 9, 18), fc.nat(7), fc.nat(7), (net, x, y) => {
        const { a, b, places } = twoSides(net, x, y)
        const all = comparePairs(a, b, places),
          changed = comparePairs(a, b, places, 'changed')
        expect(changed.pairs).toEqual(all.pairs.filter((p) => p.kind !== 'same' && p.kind !== 'unreachable'))
        expect(changed.summary).toEqual(all.summary)
        // The running tally equals adding up the full list (in its reading order: sums to rounding).
        const listed = summarizeChanges(all.pairs)
        for (const k of Object.keys(listed) as Array<keyof typeof listed>)
          expect(changed.summary[k]).toBeCloseTo(listed[k], 9)
      }),
      { numRuns: 150 },
    )
  })

  it('the shortcut for networks that only add links (same routes, one matrix) agrees with Floyd–Warshall on both', () => {
    fc.assert(
      fc.property(randomNetwork(2, 8, 16), fc.nat(15), fc.nat(15), (net, x, y) => {
        const d = datasetOf(net)
        // Two nested project sets, so the second network only adds links (the shortcut's case), and
        // the reverse order too (where it must not apply).
        const small = subsetOf(d, x & y),
          large = subsetOf(d, x | y)
        const nSmall = buildScenarioNetwork(d, resolveScenario(d, small, TODAY)),
          nLarge = buildScenarioNetwork(d, resolveScenario(d, large, TODAY))
        const places = d.places.map((p) => p.id)
        const pairTimes = (m: number[][], i: number, j: number) =>
          m[i]![j] === Infinity || m[j]![i] === Infinity ? null : (m[i]![j]! + m[j]![i]!) / 2
        for (const [a, b] of [
          [nSmall, nLarge],
          [nLarge, nSmall],
        ] as const) {
          const fa = floydWarshall(a),
            fb = floydWarshall(b)
          const c = comparePairs(a, b, places)
          for (const pair of c.pairs) {
            // Floyd–Warshall's rows are the networks' nodes (both of one topology).
            const i = a.indexOf.get(pair.from)!,
              j = a.indexOf.get(pair.to)!
            const before = pairTimes(fa, i, j),
              after = pairTimes(fb, i, j)
            if (before === null) expect(pair.beforeMinutes).toBeNull()
            else expect(pair.beforeMinutes).toBeCloseTo(before, 6)
            if (after === null) expect(pair.afterMinutes).toBeNull()
            else expect(pair.afterMinutes).toBeCloseTo(after, 6)
            expect(pair.kind).toBe(classifyChange(before, after))
          }
          const changed = c.pairs.some((p) => p.kind !== 'same' && p.kind !== 'unreachable')
          expect(anyPairChanges(a, b, places)).toBe(changed)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('networks kept across questions never change an answer: impacts in any order equal impacts from nothing', () => {
    fc.assert(
      fc.property(
        randomNetwork(2, 8, 16),
        fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { minLength: 2, maxLength: 5 }),
        (net, sides) => {
          const d = datasetOf(net)
          const places = d.places.map((p) => p.id)
          const scenario = (bits: number) => resolveScenario(d, subsetOf(d, bits), TODAY)
          // Asked in turn (networks kept from the questions before), then each from nothing.
          const inTurn = sides.map(([x, y]) => projectImpacts(d, scenario(x), scenario(y), places))
          sides.forEach(([x, y], i) => {
            forgetKeptNetworks()
            expect(projectImpacts(d, scenario(x), scenario(y), places)).toEqual(inTurn[i])
          })
        },
      ),
      { numRuns: 80 },
    )
  })

  it('the partners a project needs are those with which it changes a trip (the shortcut against building every pair)', () => {
    fc.assert(
      fc.property(randomNetwork(2, 8, 16), fc.nat(15), (net, bits) => {
        const d = datasetOf(net)
        if (d.projects.length < 2) return
        const base = resolveScenario(d, subsetOf(d, bits), TODAY)
        const places = d.places.map((p) => p.id)
        const build = (open: readonly string[]) =>
          buildScenarioNetwork(d, { ...base, openProjects: [...new Set(open)].sort() as ProjectId[] })
        for (const project of d.projects) {
          if (base.openProjects.includes(project.id)) continue
          const expected = d.projects
            .filter((q) => q.id !== project.id && !base.openProjects.includes(q.id))
            .filter((q) => {
              // Floyd–Warshall on both networks: no shortcut of the engine in the reference.
              const a = floydWarshall(build([...base.openProjects, q.id])),
                b = floydWarshall(build([...base.openProjects, q.id, project.id]))
              const pair = (m: number[][], i: number, j: number) =>
                m[i]![j] === Infinity || m[j]![i] === Infinity ? null : (m[i]![j]! + m[j]![i]!) / 2
              return places.some((_, i) =>
                places.some((__, j) => {
                  if (j <= i) return false
                  const kind = classifyChange(pair(a, i, j), pair(b, i, j))
                  return kind !== 'same' && kind !== 'unreachable'
                }),
              )
            })
            .map((q) => q.id)
          expect(partnersNeeded(d, base, project.id, places)).toEqual(expected)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('critical links equal closing every link of the network in turn (Floyd–Warshall on a rebuilt dataset)', () => {
    fc.assert(
      fc.property(randomNetwork(2, 7, 12), fc.nat(7), (net, bits) => {
        const d = datasetOf(net)
        const scenario = resolveScenario(d, subsetOf(d, bits), TODAY)
        const network = buildScenarioNetwork(d, scenario)
        const places = d.places.map((p) => p.id)
        const found = new Map(criticalLinks(network, places).map((k) => [k.link, k.summary]))
        // Brute force: remove each link from the document, rebuild, all pairs by Floyd–Warshall.
        const doc = documentOf(net)
        const pairTimes = (m: number[][], i: number, j: number) =>
          m[i]![j] === Infinity || m[j]![i] === Infinity ? null : (m[i]![j]! + m[j]![i]!) / 2
        const base = floydWarshall(network)
        const expected = new Map<string, { slower: number; disconnected: number; lost: number }>()
        for (const link of doc.links) {
          const without = parseDataset({ ...doc, links: doc.links.filter((l) => l.id !== link.id) })
          if (!without.ok) throw new Error('rebuilt dataset invalid')
          const closed = floydWarshall(buildScenarioNetwork(without.dataset, scenario))
          let slower = 0,
            disconnected = 0,
            lost = 0
          for (let i = 0; i < places.length; i++)
            for (let j = i + 1; j < places.length; j++) {
              const before = pairTimes(base, i, j),
                after = pairTimes(closed, i, j)
              const kind = classifyChange(before, after)
              if (kind === 'slower') {
                slower++
                lost += after! - before!
              } else if (kind === 'disconnected') disconnected++
              else expect(['same', 'unreachable']).toContain(kind)
            }
          if (slower + disconnected > 0) expected.set(link.id, { slower, disconnected, lost })
        }
        expect([...found.keys()].sort()).toEqual([...expected.keys()].sort())
        for (const [id, e] of expected) {
          const s = found.get(id as never)!
          expect(s.slower).toBe(e.slower)
          expect(s.disconnected).toBe(e.disconnected)
          expect(s.minutesLostOnSlower).toBeCloseTo(e.lost, 6)
        }
      }),
      { numRuns: 120 },
    )
  })

  it('a project that changes nothing alone says why, and the reason is true', () => {
    fc.assert(
      fc.property(randomNetwork(3, 8, 14), (net) => {
        const d = datasetOf(net)
        const before = resolveScenario(d, { preset: 'agreement-2023', without: d.projects.map((p) => p.id) }, TODAY)
        const after = resolveScenario(d, { preset: 'full-vision' }, TODAY)
        const places = d.places.map((p) => p.id)
        for (const impact of projectImpacts(d, before, after, places)) {
          const changes = impact.alone.faster + impact.alone.slower + impact.alone.connected + impact.alone.disconnected
          if (changes > 0) {
            expect(impact.aloneReason).toBeNull()
            continue
          }
          const reason = impact.aloneReason!
          expect(reason).not.toBeNull()
          if (reason.kind === 'slower-than-existing') {
            // The forced route is real (a route exists at that cost) and no better than the best.
            expect(reason.via).toBeGreaterThanOrEqual(reason.best - 0.5)
            const r = findRoute(
              buildScenarioNetwork(d, { ...before, openProjects: [impact.id] }),
              reason.from,
              reason.to,
            )
            expect(r.reachable && Math.abs(r.minutes - reason.best) < 1e-6).toBe(true)
          }
          if (reason.kind === 'needs')
            for (const partner of reason.projects) {
              const base = resolveScenario(d, { ...subsetOf(d, 0), with: [partner] }, TODAY)
              const s = singleProjectImpact(d, base, impact.id, places).summary
              expect(s.faster + s.connected).toBeGreaterThan(0)
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
      .slice(0, 5)
      .map((p) => [p.from, p.to, Math.round(p.beforeMinutes!), Math.round(p.afterMinutes!)])
    // Change detector on the real data (moved by the 2026-11 position corrections: Thanh Mai and
    // Suối Mỡ are 6 km apart across the hills, so the planned road between them matters most).
    expect(top).toEqual([
      ['thanh-mai-pagoda', 'suoi-mo', 79, 14],
      ['thanh-mai-pagoda', 'tay-yen-tu', 127, 62],
      ['thanh-mai-pagoda', 'tay-yen-tu-summit', 150, 85],
      ['kiep-bac-temple', 'vinh-nghiem-pagoda', 79, 22],
      ['nam-tao-bac-dau-temples', 'vinh-nghiem-pagoda', 83, 26],
    ])
  })

  it('reports every slower pair when after is worse than before (full vision → agreement)', () => {
    const forward = buildComparison(
      dataset,
      { before: { preset: 'agreement-2023' }, after: { preset: 'full-vision' }, parts: [] },
      TODAY,
    )
    const reverse = buildComparison(
      dataset,
      { before: { preset: 'full-vision' }, after: { preset: 'agreement-2023' }, parts: [] },
      TODAY,
    )
    expect(reverse.summary.slower).toBeGreaterThan(100)
    expect(reverse.summary.faster).toBe(0)
    expect(reverse.summary.slower).toBe(forward.summary.faster)
    expect(reverse.summary.withinDayAfter).toBe(forward.summary.withinDayBefore)
  })

  it('finds that the Lục Nam bridge and the Hải Dương connector only work together', () => {
    const impacts = projectImpacts(dataset, before, after, defaultComparePlaces(dataset))
    const bridge = impacts.find((i) => i.id === 'luc-nam-bridge')!,
      connector = impacts.find((i) => i.id === 'con-son-kiep-bac-connector')!
    expect(bridge.alone.faster).toBe(0)
    expect(bridge.without.faster).toBeGreaterThan(0)
    expect(bridge.needs).toEqual(['con-son-kiep-bac-connector'])
    expect(bridge.aloneReason).toEqual({ kind: 'needs', projects: ['con-son-kiep-bac-connector'] })
    expect(connector.needs).toEqual(['luc-nam-bridge'])
    expect(impacts[0]!.id).toBe('suoi-mo-thanh-mai-road')
  })

  it('explains the waterway: the boat is slower than the road, with both times', () => {
    const impacts = projectImpacts(dataset, before, after, defaultComparePlaces(dataset))
    const boat = impacts.find((i) => i.id === 'kiep-bac-vinh-nghiem-waterway')!
    expect(boat.alone.faster + boat.alone.connected).toBe(0)
    const reason = boat.aloneReason!
    expect(reason.kind).toBe('slower-than-existing')
    if (reason.kind !== 'slower-than-existing') return
    const link = dataset.linkById.get(reason.link)!
    expect(link.mode).toBe('waterway')
    expect(link.project).toBe('kiep-bac-vinh-nghiem-waterway')
    // The times are the router's: the best route without the boat, and one forced through it.
    const road = findRoute(buildScenarioNetwork(dataset, before), reason.from, reason.to)
    expect(road.reachable && Math.abs(road.minutes - reason.best) < 1e-6).toBe(true)
    expect(reason.via).toBeGreaterThan(reason.best)
    expect(reason.linkWaitMinutes).toBeGreaterThan(0)
    expect(describeNoEffect(reason, dataset, 'en', 'alone')).toMatch(
      /boat .* takes 1 h \d\d, including \d+ min of waiting/,
    )
    expect(describeNoEffect(reason, dataset, 'vi', 'alone')).toMatch(/mất 1 giờ \d\d, gồm \d+ phút chờ/)
  })

  it('a single project against today: Đồng Việt is open, so its page reads what the network loses without it', () => {
    const today = resolveScenario(dataset, { preset: 'today' }, TODAY)
    const dv = singleProjectImpact(dataset, today, 'dong-viet-bridge' as ProjectId, defaultComparePlaces(dataset))
    expect(dv.measure).toBe('loses')
    expect(dv.summary.faster).toBeGreaterThan(0)
    const withoutIt = resolveScenario(dataset, { preset: 'today', without: ['dong-viet-bridge'] }, TODAY)
    const pair = dv.pairs[0]!
    const r = findRoute(buildScenarioNetwork(dataset, withoutIt), pair.from, pair.to)
    expect(r.reachable && Math.abs(r.minutes - pair.beforeMinutes!) < 1e-6).toBe(true)
    const boat = singleProjectImpact(
      dataset,
      today,
      'kiep-bac-vinh-nghiem-waterway' as ProjectId,
      defaultComparePlaces(dataset),
    )
    expect(boat.measure).toBe('adds')
    expect(boat.reason?.kind).toBe('slower-than-existing')
  })

  it("reads Đồng Việt's ten-month lateness on Bắc Giang → Kiếp Bạc, and a what-if delay moves the timeline", () => {
    const places = ['bac-giang-city', 'kiep-bac-temple']
    const t = travelTimeline(dataset, places, TODAY)
    const y2025 = t.points.find((p) => p.date === '2025-01-01')!
    expect(y2025.promisedMinutes!).toBeLessThan(y2025.expectedMinutes!)
    const [late] = lateProjects(dataset, places, TODAY)
    expect(late).toMatchObject({ project: 'dong-viet-bridge', months: 10, tripsAffected: 1 })
    expect(late!.extraMinutesPerAffectedTrip).toBeCloseTo(y2025.expectedMinutes! - y2025.promisedMinutes!, 6)
    const delayed = delayImpact(dataset, 'dong-viet-bridge', 12, places, TODAY)
    const at = (date: string) => delayed.timeline.points.find((p) => p.date === date)!
    expect(at('2026-01-01').delayedMinutes!).toBeGreaterThan(at('2026-01-01').expectedMinutes!)
    expect(at('2027-01-01').delayedMinutes!).toBeCloseTo(at('2027-01-01').expectedMinutes!, 9)
    expect(delayed).toMatchObject({ opens: '2025-07-01', opensDelayed: '2026-07-01', assumed: false })
    expect(delayed.cost).toMatchObject({ months: 12, tripsAffected: 1 })
  })

  it('a delay of an undated project needs an assumed date, and then costs what closing it costs', () => {
    const places = defaultComparePlaces(dataset)
    expect(() => delayImpact(dataset, 'luc-nam-bridge', 12, places, TODAY)).toThrow(/assume one first/)
    const whatIf = { assume: { 'luc-nam-bridge': '2028-06', 'con-son-kiep-bac-connector': '2028-01' } }
    const d = delayImpact(dataset, 'luc-nam-bridge', 12, places, TODAY, {}, whatIf)
    expect(d).toMatchObject({ opens: '2028-06-01', opensDelayed: '2029-06-01', assumed: true, noCostReason: null })
    // Independently: in 2028-09 (inside the delay), the network with and without the bridge.
    const on = resolveScenario(dataset, { date: '2028-09-01', ...whatIf }, TODAY)
    expect(on.openProjects).toContain('luc-nam-bridge')
    const off = resolveScenario(dataset, { date: '2028-09-01', ...whatIf, without: ['luc-nam-bridge'] }, TODAY)
    const c = compareScenarios(dataset, on, off, {}, places)
    expect(d.cost.tripsAffected).toBe(c.summary.slower + c.summary.disconnected)
    expect(d.cost.extraMinutesPerAffectedTrip).toBeCloseTo(c.summary.meanMinutesLostPerSlowerTrip, 6)
    // Assumed alone (the connector left undated), the bridge does nothing, and the delay says why.
    const lone = delayImpact(
      dataset,
      'luc-nam-bridge',
      12,
      places,
      TODAY,
      {},
      { assume: { 'luc-nam-bridge': '2028-06' } },
    )
    expect(lone.cost.tripsAffected).toBe(0)
    expect(lone.noCostReason).toEqual({ kind: 'needs', projects: ['con-son-kiep-bac-connector'] })
  })

  it('assumed dates open projects on date scenarios and are marked as assumptions', () => {
    const s = resolveScenario(dataset, { date: '2029-01-01', assume: { 'cam-ly-bridge': '2028-06' } }, TODAY)
    expect(s.openProjects).toContain('cam-ly-bridge')
    expect(s.whatIf.assumed).toEqual([{ project: 'cam-ly-bridge', date: '2028-06' }])
    expect(s.label).toMatch(/assuming cam-ly-bridge opens 2028-06/)
    const earlier = resolveScenario(dataset, { date: '2028-01-01', assume: { 'cam-ly-bridge': '2028-06' } }, TODAY)
    expect(earlier.openProjects).not.toContain('cam-ly-bridge')
    expect(() => resolveScenario(dataset, { assume: { 'dong-viet-bridge': '2030-01' } }, TODAY)).toThrow(
      /already has a date/,
    )
    expect(() => resolveScenario(dataset, { assume: { 'cam-ly-bridge': '2028-13' } }, TODAY)).toThrow(/not a date/)
    expect(() => resolveScenario(dataset, { assume: { 'no-such': '2028-01' } }, TODAY)).toThrow(/no-such/)
  })

  it('critical links after: closing the Uông Bí – Lân road cuts the Yên Tử sites off', () => {
    const c = buildComparison(
      dataset,
      { before: { preset: 'today' }, after: { preset: 'full-vision' }, parts: ['critical'] },
      TODAY,
    )
    const top = c.critical!.after[0]!
    expect(top.summary.disconnected).toBeGreaterThan(0)
    const closed = resolveScenario(dataset, { preset: 'full-vision' }, TODAY)
    const network = buildScenarioNetwork(dataset, closed)
    const cut = top.worst[0]!
    expect(findRoute(network, cut.from, cut.to).reachable).toBe(true)
    const without = { ...dataset, links: dataset.links.filter((l) => l.id !== top.link) }
    expect(findRoute(buildScenarioNetwork(without, closed), cut.from, cut.to).reachable).toBe(false)
  })
})

describe('closing a link that can be walked', () => {
  it("walks the cable car's stone steps instead of cutting Yên Tử off", () => {
    const scenario = resolveScenario(dataset, { preset: 'today' }, TODAY)
    const network = buildScenarioNetwork(dataset, scenario)
    const found = criticalLinks(network, defaultComparePlaces(dataset)).find((k) => k.link === 'yen-tu-cable-car')!
    expect(found.summary.disconnected).toBe(0)
    expect(found.summary.slower).toBeGreaterThan(0)
    const car = openLinks(network).find((l) => l.link.id === 'yen-tu-cable-car')!
    const extra = car.link.walkMinutes! - car.travelMinutes - car.waitMinutes
    // Every trip through the cable car loses at most the walk's extra time (less where another way is quicker).
    for (const p of found.worst) expect(p.afterMinutes! - p.beforeMinutes!).toBeLessThanOrEqual(extra + 1e-6)
    expect(found.worst[0]!.afterMinutes! - found.worst[0]!.beforeMinutes!).toBeCloseTo(extra, 6)
  })
})
