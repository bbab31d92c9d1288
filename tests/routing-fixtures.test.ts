// Routing fixtures: each scenario is a small network written as a table, a question and the expected
// answer. Every fixture runs through the core and through the CLI (`route --json` on a file of the
// same network), so both entry points give the same answer (targets R1–R9).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  buildScenarioNetwork,
  findRoute,
  resolveScenario,
  UnknownPlaceError,
  type NoRouteCause,
  type RouteResult,
  type RoutingOptions,
  type ScenarioRequest,
} from '../src/core/index.ts'
import { datasetFromTable, documentFromTable } from '../src/test-support/network-from-table.ts'
import { runCli } from '../src/cli/cli.ts'
import { memoryIo } from '../src/cli/io.ts'

interface Fixture {
  name: string
  table: string
  from: string
  to: string
  scenario?: ScenarioRequest
  options?: RoutingOptions
  /** Places in order, or 'none' for no route. */
  expect: string
  minutes?: number
  km?: number
  /** Leg kinds in order, e.g. 'travel wait travel'. */
  legs?: string
  /** Why there is no route, as the core's cause (its kind and, for modes, what was allowed). */
  cause?: NoRouteCause
  wouldConnect?: string[]
}

const TODAY = '2026-11-28'
const TRIANGLE = `
  a - b road 10km 10min
  b - c road 10km 10min
  a - c road 30km 30min`

const fixtures: Fixture[] = [
  { name: 'a direct link', table: 'a - b road 10km 12min', from: 'a', to: 'b', expect: 'a b', minutes: 12, km: 10 },
  { name: 'two short links beat one long one', table: TRIANGLE, from: 'a', to: 'c', expect: 'a b c', minutes: 20 },
  {
    name: 'a link given by speed takes km / speed',
    table: 'a - b road 30km 60kmh',
    from: 'a',
    to: 'b',
    expect: 'a b',
    minutes: 30,
  },
  {
    name: 'a one-way link is used in its direction',
    table: 'a > b road 5km 5min\nb - c road 5km 5min\na - c road 30km 40min',
    from: 'a',
    to: 'c',
    expect: 'a b c',
    minutes: 10,
  },
  {
    name: 'a one-way link is never used backwards: detour',
    table: 'a > b road 5km 5min\nb - c road 5km 5min\na - c road 30km 40min',
    from: 'c',
    to: 'a',
    expect: 'c a',
    minutes: 40,
  },
  {
    name: 'a one-way link is never used backwards: no route',
    table: 'a > b road 5km 5min',
    from: 'b',
    to: 'a',
    expect: 'none',
    cause: { kind: 'disconnected' },
  },
  {
    name: 'a boat is used when waterways are allowed',
    table: 'a - b waterway 8km 20min\na - c road 20km 30min\nc - b road 20km 30min',
    from: 'a',
    to: 'b',
    expect: 'a b',
    minutes: 20,
  },
  {
    name: 'no boat when only roads are allowed',
    table: 'a - b waterway 8km 20min\na - c road 20km 30min\nc - b road 20km 30min',
    from: 'a',
    to: 'b',
    options: { modes: ['road'] },
    expect: 'a c b',
    minutes: 60,
  },
  {
    name: 'reached only by boat, roads only: no route, and the reason says so',
    table: 'a - b waterway 8km 20min\nc - a road 2km 2min',
    from: 'c',
    to: 'b',
    options: { modes: ['road'] },
    expect: 'none',
    cause: { kind: 'modes', allowed: ['road'] },
  },
  {
    name: 'two islands: no route',
    table: 'a - b road 1km 1min\nc - d road 1km 1min',
    from: 'a',
    to: 'd',
    expect: 'none',
    cause: { kind: 'disconnected' },
  },
  {
    name: 'source = target: zero minutes, one place',
    table: TRIANGLE,
    from: 'b',
    to: 'b',
    expect: 'b',
    minutes: 0,
    km: 0,
    legs: '',
  },
  {
    name: 'parallel links: the faster one',
    table: 'a - b road 10km 20min id=slow\na - b rail 10km 8min id=fast',
    from: 'a',
    to: 'b',
    expect: 'a b',
    minutes: 8,
  },
  {
    name: 'opposite one-way links with different times, forward',
    table: 'a > b road 10km 10min id=ab\nb > a road 10km 30min id=ba',
    from: 'a',
    to: 'b',
    expect: 'a b',
    minutes: 10,
  },
  {
    name: 'opposite one-way links with different times, back',
    table: 'a > b road 10km 10min id=ab\nb > a road 10km 30min id=ba',
    from: 'b',
    to: 'a',
    expect: 'b a',
    minutes: 30,
  },
  {
    name: 'equal-cost tie: the path whose link id sorts first',
    table:
      'a - m road 5km 10min id=z1\nm - d road 5km 10min id=z2\na - n road 5km 10min id=k1\nn - d road 5km 10min id=k2',
    from: 'a',
    to: 'd',
    expect: 'a n d',
    minutes: 20,
  },
  {
    name: 'equal-cost tie, written in the other order: same answer',
    table:
      'a - n road 5km 10min id=k1\nn - d road 5km 10min id=k2\na - m road 5km 10min id=z1\nm - d road 5km 10min id=z2',
    from: 'a',
    to: 'd',
    expect: 'a n d',
    minutes: 20,
  },
  {
    name: 'a planned link is absent the day before it opens',
    table:
      'a - b road 10km 10min project=p\na - c road 10km 10min\nc - b road 10km 10min\nproject p expected=2027-06-15',
    from: 'a',
    to: 'b',
    scenario: { date: '2027-06-14' },
    expect: 'a c b',
    minutes: 20,
  },
  {
    name: 'a planned link is present on the day it opens (inclusive)',
    table:
      'a - b road 10km 10min project=p\na - c road 10km 10min\nc - b road 10km 10min\nproject p expected=2027-06-15',
    from: 'a',
    to: 'b',
    scenario: { date: '2027-06-15' },
    expect: 'a b',
    minutes: 10,
  },
  {
    name: 'a planned link is present after it opens',
    table:
      'a - b road 10km 10min project=p\na - c road 10km 10min\nc - b road 10km 10min\nproject p expected=2027-06-15',
    from: 'a',
    to: 'b',
    scenario: { date: '2030-01-01' },
    expect: 'a b',
  },
  {
    name: 'a month-precise date opens on the first of the month',
    table: 'a - b road 10km 10min project=p\na - c road 10km 10min\nc - b road 10km 10min\nproject p opened=2025-07',
    from: 'a',
    to: 'b',
    scenario: { date: '2025-07-01' },
    expect: 'a b',
  },
  {
    name: 'an undated project stays closed on any date',
    table: 'a - b road 10km 10min project=p\nproject p',
    from: 'a',
    to: 'b',
    scenario: { date: '2099-12-31' },
    expect: 'none',
    wouldConnect: ['p'],
  },
  {
    name: 'an undated project opens in full-vision',
    table: 'a - b road 10km 10min project=p\nproject p',
    from: 'a',
    to: 'b',
    scenario: { preset: 'full-vision' },
    expect: 'a b',
  },
  {
    name: 'the promised basis reads promised dates',
    table:
      'a - b road 10km 10min project=p\na - c road 10km 10min\nc - b road 10km 10min\nproject p promised=2024-09 opened=2025-07',
    from: 'a',
    to: 'b',
    scenario: { date: '2025-01-01', basis: 'promised' },
    expect: 'a b',
  },
  {
    name: 'the expected basis reads the real opening',
    table:
      'a - b road 10km 10min project=p\na - c road 10km 10min\nc - b road 10km 10min\nproject p promised=2024-09 opened=2025-07',
    from: 'a',
    to: 'b',
    scenario: { date: '2025-01-01' },
    expect: 'a c b',
  },
  {
    name: '--with opens an undated project',
    table: 'a - b road 10km 10min project=p\na - c road 10km 10min\nc - b road 10km 10min\nproject p',
    from: 'a',
    to: 'b',
    scenario: { date: '2026-01-01', with: ['p'] },
    expect: 'a b',
  },
  {
    name: '--without closes an opened project',
    table: 'a - b road 10km 10min project=p\na - c road 10km 10min\nc - b road 10km 10min\nproject p opened=2020-01',
    from: 'a',
    to: 'b',
    scenario: { date: '2026-01-01', without: ['p'] },
    expect: 'a c b',
  },
  {
    name: 'an upgrade makes an existing link faster while open',
    table:
      'a - b road 30km 30kmh\na - c road 10km 20min\nc - b road 10km 20min\nproject p opened=2025-01 upgrades=a-b:90kmh',
    from: 'a',
    to: 'b',
    scenario: { date: '2025-06-01' },
    expect: 'a b',
    minutes: 20,
  },
  {
    name: 'an upgrade does nothing while closed',
    table:
      'a - b road 30km 30kmh\na - c road 10km 20min\nc - b road 10km 20min\nproject p opened=2025-01 upgrades=a-b:90kmh',
    from: 'a',
    to: 'b',
    scenario: { date: '2024-06-01' },
    expect: 'a c b',
    minutes: 40,
  },
  {
    name: 'a project that replaces a ferry closes it',
    table:
      'a - b waterway 1km 5min id=ferry\na - c road 10km 20min\nc - b road 10km 20min\nproject p opened=2025-01 replaces=ferry',
    from: 'a',
    to: 'b',
    scenario: { date: '2025-06-01' },
    expect: 'a c b',
    minutes: 40,
  },
  {
    name: 'a boat with a headway waits half of it plus boarding, as a leg of its own',
    table: 'a - b waterway 12km 48min headway=60 board=10',
    from: 'a',
    to: 'b',
    expect: 'a b',
    minutes: 88,
    legs: 'wait travel',
  },
  {
    name: 'a one-lane bridge wait is a leg of its own',
    table: 'a - b road 2km 5min wait=10\nb - c road 3km 5min',
    from: 'a',
    to: 'c',
    expect: 'a b c',
    minutes: 20,
    legs: 'wait travel travel',
  },
  {
    name: 'shortest by distance takes the shorter, slower road',
    table: 'a - b road 10km 30min\na - c road 8km 5min\nc - b road 8km 5min',
    from: 'a',
    to: 'b',
    options: { optimize: 'distance' },
    expect: 'a b',
    km: 10,
  },
  {
    name: 'fastest takes the longer, quicker road',
    table: 'a - b road 10km 30min\na - c road 8km 5min\nc - b road 8km 5min',
    from: 'a',
    to: 'b',
    expect: 'a c b',
    minutes: 10,
  },
  {
    name: 'a link closed to coaches is avoided by a coach',
    table: 'a - b road 2km 4min closed=coach\na - c road 5km 10min\nc - b road 5km 10min',
    from: 'a',
    to: 'b',
    options: { profile: 'coach' },
    expect: 'a c b',
  },
  {
    name: 'a motorbike never takes the expressway',
    table: 'a - b road 40km 80kmh class=expressway\na - c road 25km 50kmh\nc - b road 25km 50kmh',
    from: 'a',
    to: 'b',
    options: { profile: 'motorbike' },
    expect: 'a c b',
    minutes: 60,
  },
  {
    name: 'a motorbike rides at most 50 km/h',
    table: 'a - b road 50km 100kmh',
    from: 'a',
    to: 'b',
    options: { profile: 'motorbike' },
    expect: 'a b',
    minutes: 60,
  },
  {
    name: 'a coach is slower than a car on the same road',
    table: 'a - b road 45km 45kmh',
    from: 'a',
    to: 'b',
    options: { profile: 'coach' },
    expect: 'a b',
    minutes: 66.66666666666667,
  },
  {
    name: 'the committed preset opens approved projects and not proposed ones',
    table:
      'a - b road 10km 10min project=ok\nb - c road 10km 10min project=idea\nproject ok status=approved\nproject idea status=proposed',
    from: 'a',
    to: 'c',
    scenario: { preset: 'committed' },
    expect: 'none',
    wouldConnect: ['idea'],
  },
  {
    name: 'existing-only ignores an open project that is not completed',
    table: 'a - b road 10km 10min project=p\na - c road 10km 10min\nc - b road 10km 10min\nproject p status=approved',
    from: 'a',
    to: 'b',
    scenario: { preset: 'full-vision' },
    options: { existingOnly: true },
    expect: 'a c b',
  },
  {
    name: 'existing-only keeps a completed project',
    table:
      'a - b road 10km 10min project=p\na - c road 10km 10min\nc - b road 10km 10min\nproject p status=completed opened=2025-07',
    from: 'a',
    to: 'b',
    options: { existingOnly: true },
    expect: 'a b',
  },
  {
    name: 'two projects both needed: the reason names both',
    table:
      'a - m road 5km 5min project=bridge\nm - b road 5km 5min project=connector\nproject bridge\nproject connector',
    from: 'a',
    to: 'b',
    expect: 'none',
    wouldConnect: ['bridge', 'connector'],
  },
]

function coreAnswer(f: Fixture): RouteResult {
  const dataset = datasetFromTable(f.table)
  const scenario = resolveScenario(dataset, f.scenario ?? {}, TODAY)
  return findRoute(buildScenarioNetwork(dataset, scenario, f.options ?? {}), f.from, f.to)
}

function cliArgs(f: Fixture, file: string): string[] {
  const args = ['route', '--from', f.from, '--to', f.to, '--data', file, '--json', '--alternatives', '0']
  const s = f.scenario ?? {}
  if (s.preset) args.push('--scenario', s.preset)
  if (s.date) args.push('--date', s.date)
  if (s.basis) args.push('--basis', s.basis)
  if (s.with) args.push('--with', s.with.join(','))
  if (s.without) args.push('--without', s.without.join(','))
  const o = f.options ?? {}
  if (o.profile) args.push('--profile', o.profile)
  if (o.modes) args.push('--modes', o.modes.join(','))
  if (o.optimize) args.push('--optimize', o.optimize)
  if (o.existingOnly) args.push('--existing-only')
  return args
}

describe('routing fixtures', () => {
  it('has at least 30 scenarios', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30)
  })

  const dir = mkdtempSync(join(tmpdir(), 'routing-'))
  it.each(fixtures.map((f, i) => [f.name, i] as const))('%s', (_name, i) => {
    const f = fixtures[i]!
    const answer = coreAnswer(f)
    if (f.expect === 'none') {
      expect(answer.reachable).toBe(false)
      if (answer.reachable) return
      expect(answer.from).toBe(f.from)
      expect(answer.to).toBe(f.to)
      if (f.cause) expect(answer.cause).toEqual(f.cause)
      // Every "no route" says why in words, too (the CLI prints it).
      expect(answer.reason.length).toBeGreaterThan(10)
      if (f.wouldConnect) expect(answer.wouldConnect).toEqual(f.wouldConnect)
    } else {
      expect(answer.reachable, JSON.stringify(answer)).toBe(true)
      if (!answer.reachable) return
      expect(answer.places).toEqual(f.expect.split(' '))
      if (f.minutes !== undefined) expect(answer.minutes).toBeCloseTo(f.minutes, 9)
      if (f.km !== undefined) expect(answer.km).toBeCloseTo(f.km, 9)
      if (f.legs !== undefined) expect(answer.legs.map((l) => l.kind).join(' ')).toBe(f.legs)
      expect(answer.minutes).toBeCloseTo(
        answer.legs.reduce((s, l) => s + l.minutes, 0),
        9,
      )
    }
    // The same question through the command line gives the same answer.
    const file = join(dir, `fixture-${i}.json`)
    writeFileSync(file, JSON.stringify(documentFromTable(f.table)))
    const io = memoryIo(TODAY)
    const code = runCli(cliArgs(f, file), io)
    expect(code, io.stderr.join('\n')).toBe(0)
    const doc = JSON.parse(io.stdout.join('\n'))
    expect(doc.reachable).toBe(answer.reachable)
    expect(doc.places).toEqual(answer.reachable ? answer.places : [])
    if (answer.reachable) expect(doc.minutes).toBeCloseTo(answer.minutes, 1)
    expect(doc.scenario.openProjects).toEqual(answer.scenario.openProjects)
  })

  it('gives the same answer 100 times', () => {
    const f = fixtures.find((x) => x.name.startsWith('equal-cost tie'))!
    const first = JSON.stringify(coreAnswer(f))
    for (let i = 0; i < 100; i++) expect(JSON.stringify(coreAnswer(f))).toBe(first)
  })

  it('refuses an unknown place with suggestions, and the CLI exits 2', () => {
    const dataset = datasetFromTable('alpha - beta road 1km 1min')
    const network = buildScenarioNetwork(dataset, resolveScenario(dataset, {}, TODAY))
    expect(() => findRoute(network, 'alpah', 'beta')).toThrow(UnknownPlaceError)
    try {
      findRoute(network, 'alpah', 'beta')
    } catch (e) {
      expect((e as UnknownPlaceError).suggestions).toEqual(['alpha'])
    }
    const io = memoryIo(TODAY)
    expect(runCli(['route', '--from', 'kiep-bac', '--to', 'vinh-nghiem-pagoda'], io)).toBe(2)
    expect(io.stderr.join('\n')).toMatch(/unknown place "kiep-bac"; did you mean .*"kiep-bac-temple"/)
  })
})
