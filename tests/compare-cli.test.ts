// The planner's questions on the command line: compare both ways, reports, what-ifs, delays, critical links.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/cli.ts'
import { memoryIo } from '../src/cli/io.ts'

const TODAY = '2026-11-28'
const run = (...argv: string[]) => {
  const io = memoryIo(TODAY)
  const code = runCli(argv, io)
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
}
const json = (...argv: string[]) => {
  const r = run(...argv, '--json')
  expect(r.code, r.err).toBe(0)
  return JSON.parse(r.out)
}

describe('cli compare', () => {
  it('prints the JSON contract, with changes counted both ways', () => {
    const doc = json('compare', '--before', 'agreement-2023', '--after', 'full-vision')
    expect(doc.before.preset).toBe('agreement-2023')
    expect(doc.summary.faster).toBeGreaterThan(0)
    expect(doc.pairs[0]).toMatchObject({
      from: expect.any(String),
      kind: expect.any(String),
      beforeMinutes: expect.any(Number),
    })
    expect(doc.projects[0]).toMatchObject({ id: 'suoi-mo-thanh-mai-road', alone: { faster: expect.any(Number) } })
    expect(doc.critical.after.length).toBeGreaterThan(0)
    expect(doc.links.some((l: { status: string }) => l.status === 'new')).toBe(true)
    for (const trip of doc.dayTrips) {
      expect(trip.afterValue).toBeGreaterThanOrEqual(trip.beforeValue)
      for (const id of trip.gained) expect(trip.after).toContain(id)
    }
  })

  it('swapping before and after reports the slower pairs (never "the same")', () => {
    const forward = json('compare', '--format', 'json', '--before', 'agreement-2023', '--after', 'full-vision')
    const backward = json('compare', '--format', 'json', '--before', 'full-vision', '--after', 'agreement-2023')
    expect(backward.summary).toMatchObject({ faster: 0, slower: forward.summary.faster })
    expect(backward.summary.meanMinutesLostPerSlowerTrip).toBeGreaterThan(0)
    // The table says the same numbers in words.
    const r = run('compare', '--before', 'full-vision', '--after', 'agreement-2023')
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain(`0 faster, ${forward.summary.faster} slower`)
    expect(r.out).toContain(`${Math.round(backward.summary.meanMinutesLostPerSlowerTrip)} min`)
  })

  it('writes the markdown report with the summary first, in English or Vietnamese', () => {
    const en = run('compare', '--format', 'md', '--gateway', 'bac-giang-city')
    expect(en.out.split('\n')[0]).toBe('# Before and after: Agreement signed (2023) → Every project built')
    expect(en.out.indexOf('## Summary')).toBeLessThan(en.out.indexOf('## Largest changes'))
    expect(en.out).toMatch(/Changes no trip on its own: it needs/)
    expect(en.out).toMatch(/## Critical links \(after\)/)
    const vi = run('compare', '--format', 'md', '--lang', 'vi', '--gateway', 'bac-giang-city')
    expect(vi.out.split('\n')[0]).toBe('# Trước và sau: Khi ký thỏa thuận (2023) → Khi hoàn thành mọi dự án')
    expect(vi.out).toMatch(/## Tóm tắt/)
    expect(vi.out).not.toMatch(/## Summary/)
    expect(run('compare', '--format', 'md', '--lang', 'fr').err).toMatch(/--lang: "fr" must be vi or en/)
  })

  it('takes dates and with/without on each side, and CSV with one line per pair', () => {
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
    const lines = r.out.split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^from,to,from_name,to_name,change,before_minutes/)
    expect(lines[1]).toMatch(/^bac-giang-city,kiep-bac-temple,Bac Giang city|^bac-giang-city,kiep-bac-temple,/)
    expect(lines[1]).toContain(',faster,')
    const doc = json(
      'compare',
      '--before',
      'today',
      '--after',
      'today',
      '--after-with',
      'luc-nam-bridge,con-son-kiep-bac-connector',
      '--places',
      'kiep-bac-temple,vinh-nghiem-pagoda',
    )
    expect(doc.pairs[0].savedMinutes).toBeGreaterThan(20)
  })

  it('applies assumed dates to both sides, and marks them', () => {
    const doc = json('compare', '--before', '2028-01-01', '--after', '2029-01-01', '--assume', 'cam-ly-bridge=2028-06')
    expect(doc.before.openProjects).not.toContain('cam-ly-bridge')
    expect(doc.after.openProjects).toContain('cam-ly-bridge')
    expect(doc.after.whatIf.assumed).toEqual([{ project: 'cam-ly-bridge', date: '2028-06' }])
    expect(doc.summary.faster).toBeGreaterThan(0)
  })
})

describe('cli compare on an imported network', () => {
  it('answers on a dataset the import wrote, and counts one pair as one pair', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imported-'))
    const file = join(dir, 'network.json')
    const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/import/${name}`, import.meta.url))
    const imported = run('import', '--from', fixture('small.osm'), '--overlay', fixture('overlay.json'))
    expect(imported.code, imported.err).toBe(0)
    writeFileSync(file, imported.out)
    const table = run('compare', '--data', file, '--before', '2027-01-01', '--after', 'full-vision')
    expect(table.code, table.err).toBe(0)
    expect(table.out).toContain('1 pair of places: 1 faster, 0 slower')
    const md = run('compare', '--data', file, '--before', '2027-01-01', '--after', 'full-vision', '--format', 'md')
    expect(md.out).toContain('Of 1 pair of places: 1 faster')
    // The embedded data still says pairs.
    expect(run('compare', '--before', 'agreement-2023', '--after', 'full-vision').out).toMatch(/\d+ pairs of places/)
  })
})

describe('cli what-ifs on every command', () => {
  it('--assume opens a project on a date scenario and says so', () => {
    const doc = json(
      'route',
      '--from',
      'con-son-pagoda',
      '--to',
      'suoi-mo',
      '--date',
      '2029-01-01',
      '--assume',
      'cam-ly-bridge=2028-06',
    )
    expect(doc.scenario.openProjects).toContain('cam-ly-bridge')
    expect(doc.scenario.label).toMatch(/assuming cam-ly-bridge opens 2028-06/)
    const text = run(
      'route',
      '--from',
      'con-son-pagoda',
      '--to',
      'suoi-mo',
      '--date',
      '2029-01-01',
      '--assume',
      'cam-ly-bridge=2028-06',
    )
    expect(text.out).toMatch(/assuming cam-ly-bridge opens 2028-06/)
  })
  it.each([
    [
      ['route', '--from', 'hanoi', '--to', 'yen-tu', '--assume', 'cam-ly-bridge'],
      /--assume: "cam-ly-bridge" must be written ID=YYYY-MM/,
    ],
    [['route', '--from', 'hanoi', '--to', 'yen-tu', '--assume', 'dong-viet-bridge=2030-01'], /already has a date/],
    [['route', '--from', 'hanoi', '--to', 'yen-tu', '--assume', 'cam-ly-bridge=2028-13'], /not a date/],
    [['route', '--from', 'hanoi', '--to', 'yen-tu', '--assume', 'no-such-bridge=2028-01'], /no-such-bridge/],
    [
      [
        'route',
        '--from',
        'hanoi',
        '--to',
        'yen-tu',
        '--assume',
        'cam-ly-bridge=2028-01',
        '--assume',
        'cam-ly-bridge=2029-01',
      ],
      /assumed twice/,
    ],
    [['timeline', '--delay', 'luc-nam-bridge=12'], /assume one first/],
    [['timeline', '--delay', 'luc-nam-bridge=12', '--delay', 'cam-ly-bridge=3'], /one delay at a time/],
    [['timeline', '--from', 'hanoi'], /--to ID is required/],
    [['compare', '--before', 'someday'], /unknown preset "someday"/],
    [['compare', '--delay', 'dong-viet-bridge'], /ID=MONTHS/],
  ])('refuses %j clearly with exit 2', (argv, message) => {
    const r = run(...argv)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
    expect(r.err).not.toMatch(/at .*\.ts:\d+/)
  })
})

describe('cli timeline, impact, critical', () => {
  it("timeline: the promised and real lines, and what Đồng Việt's lateness cost", () => {
    const doc = json('timeline', '--from', 'bac-giang-city', '--to', 'kiep-bac-temple')
    const late = doc.late.find((l: { project: string }) => l.project === 'dong-viet-bridge')
    expect(late).toMatchObject({ onTime: '2024-09-01', late: '2025-07-01', months: 10, tripsAffected: 1 })
    expect(late.extraMinutesPerAffectedTrip).toBeCloseTo(19.2, 1)
    // The text says the same numbers in words.
    const r = run('timeline', '--from', 'bac-giang-city', '--to', 'kiep-bac-temple')
    expect(r.out).toMatch(/10 months late/)
    expect(r.out).toContain(`${Math.round(late.extraMinutesPerAffectedTrip)} min more per trip`)
  })
  it('timeline --delay: the delayed line and the cost in trips and minutes', () => {
    const doc = json(
      'timeline',
      '--assume',
      'luc-nam-bridge=2028-06',
      '--assume',
      'con-son-kiep-bac-connector=2028-01',
      '--delay',
      'luc-nam-bridge=12',
    )
    expect(doc.delay).toMatchObject({ project: 'luc-nam-bridge', months: 12, assumed: true })
    expect(doc.delay.cost.tripsAffected).toBeGreaterThan(0)
    const at = (date: string) => doc.points.find((p: { date: string }) => p.date === date)
    expect(at('2029-01-01').delayedMinutes).toBeGreaterThan(at('2029-01-01').expectedMinutes)
    const text = run(
      'timeline',
      '--assume',
      'luc-nam-bridge=2028-06',
      '--assume',
      'con-son-kiep-bac-connector=2028-01',
      '--delay',
      'luc-nam-bridge=12',
    )
    expect(text.out).toMatch(
      /delayed 12 months \(opening 2029-06-01 instead of 2028-06-01, an assumed date\): \d+ trips slower for 12 months/,
    )
  })
  it('impact: minutes per trip, and why a project changes nothing', () => {
    const r = run('impact')
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/Đồng Việt bridge/)
    expect(r.out).toMatch(/Kiếp Bạc – Vĩnh Nghiêm passenger boat \(alone\): .* boat .* takes 1 h \d\d/)
    const doc = json('impact')
    const boat = doc.projects.find((p: { id: string }) => p.id === 'kiep-bac-vinh-nghiem-waterway')
    expect(boat.aloneReason.kind).toBe('slower-than-existing')
  })
  it('critical: the links whose closure cuts places off, today', () => {
    const doc = json('critical', '--scenario', 'today', '--top', '3')
    expect(doc.links).toHaveLength(3)
    expect(doc.links[0].summary.disconnected).toBeGreaterThan(0)
    expect(run('critical', '--top', '0').err).toMatch(/--top/)
  })
})
