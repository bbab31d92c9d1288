// Alternatives and arrival times on the embedded data: every alternative keeps the promises of
// findAlternatives (different enough, not too slow) and its name says something true about it; the
// arrival time is the departure plus the route's minutes, and "open when you arrive" agrees with the
// place's hours read independently.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  arrivalTiming,
  buildScenarioNetwork,
  describeAlternative,
  findAlternatives,
  findRoute,
  MAX_SHARED_SHARE,
  parseDataset,
  resolveScenario,
  type AlternativeRoute,
  type Dataset,
  type FoundRoute,
} from '../src/core/index.ts'

const parsed = parseDataset(readFileSync(new URL('../data/network.json', import.meta.url), 'utf8'))
if (!parsed.ok) throw new Error('embedded data invalid')
const dataset: Dataset = parsed.dataset
const TODAY = '2026-11-28'

const travel = (r: FoundRoute) => r.legs.filter((l) => l.kind === 'travel')
const sharedKm = (a: FoundRoute, b: FoundRoute) => {
  const links = new Set(travel(b).map((l) => l.link))
  return travel(a)
    .filter((l) => links.has(l.link))
    .reduce((s, l) => s + l.km, 0)
}

/** Whether the difference named for `alt` is true of the two routes. */
function differenceHolds(best: FoundRoute, alt: AlternativeRoute): boolean {
  const d = alt.difference
  const modes = (r: FoundRoute) => new Set(travel(r).map((l) => l.mode))
  switch (d.kind) {
    case 'by-mode':
      return modes(alt.route).has(d.mode) && !modes(best).has(d.mode)
    case 'avoids-mode':
      return modes(best).has(d.mode) && !modes(alt.route).has(d.mode)
    case 'without-project':
      return best.projects.includes(d.project) && !alt.route.projects.includes(d.project)
    case 'via-road':
      return travel(alt.route).some((l) => l.ref === d.ref) && !best.legs.some((l) => l.ref === d.ref)
    case 'via-place':
      return alt.route.places.includes(d.place) && !best.places.includes(d.place)
    case 'another-way':
      return true
  }
}

const sites = dataset.places.filter((p) => p.kind === 'heritage-site' || p.kind === 'city').map((p) => p.id)

describe('alternatives', () => {
  for (const preset of ['agreement-2023', 'today', 'full-vision']) {
    it(`keep their promises and are named truly between every pair of sites and cities (${preset})`, () => {
      const network = buildScenarioNetwork(dataset, resolveScenario(dataset, { preset }, TODAY))
      let named = 0,
        checked = 0
      for (const from of sites)
        for (const to of sites) {
          if (from === to) continue
          const best = findRoute(network, from, to)
          if (!best.reachable) continue
          const alternatives = findAlternatives(network, best, 3)
          expect(alternatives.length).toBeLessThanOrEqual(3)
          const chosen: FoundRoute[] = [best]
          for (const alt of alternatives) {
            checked++
            expect(alt.route.from).toBe(from)
            expect(alt.route.to).toBe(to)
            expect(alt.route.minutes).toBeLessThanOrEqual(best.minutes * 2 + 1e-9)
            for (const c of chosen) expect(sharedKm(alt.route, c) / alt.route.km).toBeLessThan(MAX_SHARED_SHARE)
            chosen.push(alt.route)
            expect(differenceHolds(best, alt), `${from} → ${to}: ${JSON.stringify(alt.difference)}`).toBe(true)
            if (alt.difference.kind !== 'another-way') named++
            for (const lang of ['en', 'vi'] as const)
              expect(describeAlternative(alt.difference, dataset, lang)).not.toMatch(/undefined|[a-z]+-[a-z]+-[a-z]+/)
          }
        }
      expect(checked).toBeGreaterThan(50)
      // Nearly every alternative has a name more telling than "another way".
      expect(named / checked).toBeGreaterThan(0.95)
    })
  }

  it('names the boat, the road and the project in both languages', () => {
    expect(describeAlternative({ kind: 'by-mode', mode: 'waterway' }, dataset, 'en')).toBe('by boat')
    expect(describeAlternative({ kind: 'avoids-mode', mode: 'rail' }, dataset, 'vi')).toBe('không đi tàu hỏa')
    expect(describeAlternative({ kind: 'via-road', ref: 'QL18' }, dataset, 'vi')).toBe('qua QL18')
    const project = dataset.projects[0]!
    expect(describeAlternative({ kind: 'without-project', project: project.id }, dataset, 'en')).toBe(
      `without ${project.name.en}`,
    )
  })
})

describe('arrivalTiming', () => {
  const network = buildScenarioNetwork(dataset, resolveScenario(dataset, { preset: 'today' }, TODAY))
  const route = findRoute(network, 'hanoi', 'con-son-pagoda') as FoundRoute
  const clock = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))
  const hours = dataset.placeById.get('con-son-pagoda' as never)!

  it('arrives the route’s minutes after leaving, across the whole day', () => {
    expect(route.reachable).toBe(true)
    for (let depart = 0; depart < 1440; depart += 17) {
      const a = arrivalTiming(dataset, route, '2026-11-29', clock(depart))
      const end = Math.floor(depart + route.minutes)
      expect(a.arrive).toBe(clock(end % 1440))
      expect(a.daysLater).toBe(Math.floor(end / 1440))
    }
  })

  it('says open only inside the opening hours, and how long to wait before them', () => {
    expect(hours.kind).toBe('heritage-site')
    for (let depart = 0; depart < 1440 - route.minutes; depart += 7) {
      const a = arrivalTiming(dataset, route, '2026-11-29', clock(depart))
      const at = minutesOf(a.arrive)
      const open = a.open!
      if (open.status === 'unknown') throw new Error('Côn Sơn has hours in the data')
      const spans = open.hours.map((h) => [minutesOf(h.slice(0, 5)), minutesOf(h.slice(6))] as const)
      const inside = spans.some(([o, c]) => at >= o && at < c)
      if (open.status === 'open') expect(inside).toBe(true)
      else expect(inside).toBe(false)
      if (open.status === 'opens-later') expect(at + open.waitMinutes).toBe(minutesOf(open.opensAt))
      if (open.status === 'closed') expect(spans.every(([o]) => o <= at)).toBe(true)
    }
  })

  it('has no opening hours to tell for a city', () => {
    const toCity = findRoute(network, 'con-son-pagoda', 'hanoi') as FoundRoute
    expect(arrivalTiming(dataset, toCity, '2026-11-29', '08:00').open).toBeNull()
  })
})
