import { mkdtempSync, readdirSync, readFileSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './cli.ts'
import { memoryIo } from './io.ts'
import { MAX_FILE_BYTES } from './load-dataset.ts'

const defects = fileURLToPath(new URL('../../tests/fixtures/defects/', import.meta.url))
const run = (...argv: string[]) => {
  const io = memoryIo()
  const code = runCli(argv, io)
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
}

const embedded = JSON.parse(readFileSync(new URL('../../data/network.json', import.meta.url), 'utf8')) as {
  places: unknown[]
  links: unknown[]
  projects: unknown[]
}

describe('cli validate', () => {
  it('accepts the embedded data with exit 0 and a summary', () => {
    const r = run('validate')
    expect(r.code).toBe(0)
    expect(r.out).toContain(
      `valid — ${embedded.places.length} places, ${embedded.links.length} links, ${embedded.projects.length} projects`,
    )
  })

  it('prints exactly one JSON document with --json', () => {
    const r = run('validate', '--json')
    const doc = JSON.parse(r.out)
    expect(doc.ok).toBe(true)
    expect(doc.counts.places).toBe(embedded.places.length)
    expect(doc.errors).toEqual([])
  })

  it.each(readdirSync(defects).filter((f) => f.startsWith('E_')))('exits 2 on %s, naming its code', (file) => {
    const r = run('validate', '--data', join(defects, file))
    expect(r.code).toBe(2)
    expect(r.err).toContain(file.split('--')[0])
    expect(r.err).not.toMatch(/\n\s+at /)
  })

  it('exits 0 on a file with warnings only, and lists them', () => {
    const r = run('validate', '--data', join(defects, 'W_UNREACHABLE_PLACE--island.json'))
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/W_UNREACHABLE_PLACE places\[3\] \(island\)/)
  })

  it('refuses a file over the size cap before reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hr-'))
    const big = join(dir, 'big.json')
    const fd = openSync(big, 'w')
    ftruncateSync(fd, MAX_FILE_BYTES + 1)
    closeSync(fd)
    const r = run('validate', '--data', big, '--json')
    expect(r.code).toBe(2)
    expect(JSON.parse(r.out).errors[0].code).toBe('E_FILE_TOO_LARGE')
  })

  it('lists at most 100 problems and counts the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hr-'))
    const file = join(dir, 'many.json')
    const places = Array.from({ length: 150 }, (_, i) => ({ id: `p${i}`, name: 'P', lat: 'x', lon: 106 }))
    writeFileSync(file, JSON.stringify({ version: 1, places, links: [] }))
    const r = run('validate', '--data', file)
    expect(r.code).toBe(2)
    expect(r.err.split('\n').filter((l) => l.startsWith('error ')).length).toBe(100)
    expect(r.err).toMatch(/\.\.\. and 50 more/)
  })
})

describe('cli input errors', () => {
  it('names an unknown option and exits 2', () => {
    const r = run('validate', '--dta', 'x')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/unknown option --dta/)
  })
  it('names a missing file and exits 2', () => {
    const r = run('validate', '--data', '/no/such/file.json')
    expect(r.code).toBe(2)
    expect(r.err).toBe('--data /no/such/file.json: no such file')
  })
  it('suggests a close command', () => {
    const r = run('valdate')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/did you mean validate/)
  })
  it('shows help for every command with exit 0', () => {
    expect(run('validate', '--help').out).toMatch(/Usage: heritage-routes validate/)
    expect(run('--help').code).toBe(0)
  })
})

describe('cli itinerary and suggest', () => {
  const fixture = fileURLToPath(new URL('../../tests/fixtures/minimal-valid.json', import.meta.url))

  it('prints the JSON contract: feasible, order, days with stops (place, arrive, depart), totals, dropped, warnings, scenario', () => {
    const r = run(
      'itinerary',
      '--start',
      'hanoi',
      '--visit',
      'con-son-pagoda,kiep-bac-temple',
      '--optional',
      'yen-tu',
      '--date',
      '2026-12-05',
      '--day-window',
      '07:00-16:00',
      '--json',
    )
    expect(r.code, r.err).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc).toMatchObject({ feasible: true, scenario: { date: '2026-12-05' } })
    expect(doc.order).toEqual(expect.arrayContaining(['con-son-pagoda', 'kiep-bac-temple']))
    for (const stop of doc.days[0].stops) {
      expect(stop.place).toEqual(expect.any(String))
      expect(stop.arrive).toMatch(/^\d\d:\d\d$/)
      expect(stop.depart).toMatch(/^\d\d:\d\d$/)
    }
    expect(doc.days[0].date).toBe('2026-12-05')
    expect(doc.travelMinutes).toBeGreaterThan(0)
    expect(doc.totalMinutes).toBeGreaterThan(doc.travelMinutes)
    expect(doc.dropped).toEqual([
      expect.objectContaining({
        place: 'yen-tu',
        reason: expect.stringMatching(/would add/),
        cause: expect.objectContaining({ kind: 'ends-late' }),
      }),
    ])
    expect(Array.isArray(doc.warnings)).toBe(true)
  })

  it('plans on a --data file whose places have no visitMinutes (60 min each by default)', () => {
    const r = run('itinerary', '--data', fixture, '--start', 'a', '--visit', 'b', '--date', '2028-01-10', '--json')
    expect(r.code, r.err).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc.days[0].stops).toEqual([expect.objectContaining({ place: 'b', visitMinutes: 60 })])
  })

  it('locks a visit to a time and another to the first place', () => {
    const r = run(
      'itinerary',
      '--start',
      'hanoi',
      '--visit',
      'con-son-pagoda,vinh-nghiem-pagoda',
      '--lock',
      'kiep-bac-temple@14:00,vinh-nghiem-pagoda#1',
      '--date',
      '2026-12-05',
      // Without lunch: the three visits and the 14:00 lock leave no slot for it.
      '--no-lunch',
      '--json',
    )
    expect(r.code, r.err).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc.order[0]).toBe('vinh-nghiem-pagoda')
    expect(doc.days[0].stops.find((s: { place: string }) => s.place === 'kiep-bac-temple').start).toBe('14:00')
    expect(run('itinerary', '--start', 'hanoi', '--visit', 'yen-tu', '--lock', 'yen-tu@noon').err).toMatch(
      /--lock: "yen-tu@noon" must be written ID@HH:MM or ID#N/,
    )
  })

  it('prints a readable plan', () => {
    const r = run(
      'itinerary',
      '--start',
      'hanoi',
      '--visit',
      'yen-tu,vinh-nghiem-pagoda,con-son-pagoda,kiep-bac-temple,tay-yen-tu',
      '--days',
      '2',
      '--date',
      '2026-12-05',
    )
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/Day 1 — 2026-12-05/)
    expect(r.out).toMatch(/Day 2 — 2026-12-06/)
  })

  it('plans fewer days than asked when the sites fit, and says so', () => {
    const r = run('itinerary', '--start', 'hanoi', '--visit', 'yen-tu', '--days', '2', '--date', '2026-12-05', '--json')
    const doc = JSON.parse(r.out)
    expect(doc.days.length).toBe(1)
    expect(doc.notes).toContainEqual({ kind: 'fewer-days', asked: 2, planned: 1 })
  })

  it.each([
    [['--visit', 'yen-tu'], /--start ID is required/],
    [
      ['--start', 'hanoi', '--visit', 'yen-tu', '--day-window', '7-19'],
      /--day-window: "7-19" must be written HH:MM-HH:MM/,
    ],
    [['--start', 'hanoi', '--visit', 'yen-tuu'], /unknown place "yen-tuu"; did you mean "yen-tu"/],
    [['--start', 'hanoi', '--visit', 'yen-tu', '--days', 'two'], /--days: "two" must be a whole number from 1 to 7/],
    [['--start', 'hanoi', '--visit', 'yen-tu', '--pace', '9'], /--pace: "9" must be a number from 0.5 to 2/],
  ])('exits 2 on bad input %j', (args, message) => {
    const r = run('itinerary', ...args)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
  })

  it('suggest ranks the curated tours by the value that fits, with before and after', () => {
    const r = run('suggest', '--start', 'hanoi', '--days', '2', '--date', '2026-12-05', '--compare', '--json')
    expect(r.code, r.err).toBe(0)
    const doc = JSON.parse(r.out)
    const values = doc.suggestions.map((s: { value: number }) => s.value)
    expect(values).toEqual([...values].sort((a, b) => b - a))
    // With every project open a tour is never worse: more heritage value, or the same value no later.
    for (const s of doc.suggestions as Array<{
      tour: string
      before: { value: number; totalMinutes: number }
      after: { value: number; totalMinutes: number }
    }>) {
      expect(s.after.value, s.tour).toBeGreaterThanOrEqual(s.before.value)
      if (s.after.value === s.before.value)
        expect(s.after.totalMinutes, s.tour).toBeLessThanOrEqual(s.before.totalMinutes)
    }
  })

  it('suggest refuses the embedded tours on a dataset that lacks their places', () => {
    const r = run('suggest', '--data', fixture, '--start', 'a')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/invalid tours for this dataset/)
  })
})

describe('itinerary options for lunch, visit lengths and nights', () => {
  const runOn28 = (...argv: string[]) => {
    const io = memoryIo('2026-11-28')
    const code = runCli(argv, io)
    return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
  }
  const trip = [
    'itinerary',
    '--start',
    'hanoi',
    '--visit',
    'con-son-pagoda,kiep-bac-temple,vinh-nghiem-pagoda',
    '--date',
    '2026-12-05',
  ]
  it('plans lunch by default, as asked, or not at all', () => {
    expect(JSON.parse(runOn28(...trip, '--json').out).days[0].lunch).toMatchObject({ when: expect.any(String) })
    expect(runOn28(...trip).out).toMatch(/lunch +near /)
    const late = JSON.parse(runOn28(...trip, '--lunch', '12:30-14:00/45', '--json').out).days[0].lunch
    expect(late.start >= '12:30' && late.start <= '14:00').toBe(true)
    expect(JSON.parse(runOn28(...trip, '--no-lunch', '--json').out).days[0].lunch).toBeNull()
    expect(runOn28(...trip, '--lunch', 'noon').err).toMatch(/--lunch: "noon" must be written HH:MM-HH:MM\/MINUTES/)
    expect(runOn28(...trip, '--lunch', '11:00-13:00/60', '--no-lunch').err).toMatch(/one or the other/)
  })
  it('takes visit lengths and nights', () => {
    const doc = JSON.parse(runOn28(...trip, '--visit-minutes', 'kiep-bac-temple=30', '--json').out)
    expect(doc.days[0].stops.find((s: { place: string }) => s.place === 'kiep-bac-temple').visitMinutes).toBe(30)
    const two = JSON.parse(runOn28(...trip, '--days', '2', '--nights', 'ha-long', '--json').out)
    expect(two.days[0].to).toBe('ha-long')
    expect(runOn28(...trip, '--visit-minutes', 'kiep-bac-temple=forever').err).toMatch(/ID=MINUTES/)
  })
})

describe('cli route: departure and the same place', () => {
  it('prints the arrival and whether the destination is open then', () => {
    const early = run('route', '--from', 'hanoi', '--to', 'con-son-pagoda', '--depart', '04:00', '--alternatives', '0')
    expect(early.code).toBe(0)
    const earlyJson = JSON.parse(
      run('route', '--from', 'hanoi', '--to', 'con-son-pagoda', '--depart', '04:00', '--alternatives', '0', '--json')
        .out,
    )
    expect(earlyJson.arrival).toMatchObject({ depart: '04:00', open: { status: 'opens-later' } })
    expect(earlyJson.arrival.open.waitMinutes).toBeGreaterThan(0)
    // The text says when you arrive, when the place opens and how long the wait is.
    const { arrive, open } = earlyJson.arrival
    expect(early.out).toContain(arrive)
    expect(early.out).toContain(open.opensAt)
    expect(early.out).toContain(`${open.waitMinutes} min`)
    const json = JSON.parse(
      run('route', '--from', 'hanoi', '--to', 'con-son-pagoda', '--depart', '17:30', '--json').out,
    )
    expect(json.arrival.depart).toBe('17:30')
    expect(json.arrival.open.status).toBe('closed')
    expect(json.alternatives.length).toBeGreaterThan(0)
    expect(json.alternatives.every((a: { difference: { kind: string } }) => a.difference.kind !== 'another-way')).toBe(
      true,
    )
  })
  it('refuses a departure that is not HH:MM, naming the option', () => {
    const r = run('route', '--from', 'hanoi', '--to', 'con-son-pagoda', '--depart', '7pm')
    expect(r.code).toBe(2)
    expect(r.err).toContain('--depart "7pm"')
  })
  it('says so when the start and the destination are the same place', () => {
    const r = run('route', '--from', 'con-son-pagoda', '--to', 'con-son-pagoda')
    expect(r.code).toBe(0)
    expect(r.out).toContain('is both the start and the destination')
    expect(r.out).not.toContain('0 min')
    expect(JSON.parse(run('route', '--from', 'con-son-pagoda', '--to', 'con-son-pagoda', '--json').out).samePlace).toBe(
      true,
    )
  })
})

describe('cli progress on a terminal', () => {
  it('matrix and impact say how far they have gone, and wipe the line before their answer', () => {
    const matrix = memoryIo()
    expect(runCli(['matrix', '--places', 'kiep-bac-temple,con-son-pagoda,yen-tu', '--format', 'csv'], matrix)).toBe(0)
    // Three rows: the first and the last are always shown (the others may come too soon after).
    expect(matrix.progressLines[0]).toBe('matrix: 1 of 3 places searched')
    expect(matrix.progressLines.at(-2)).toBe('matrix: 3 of 3 places searched')
    expect(matrix.progressLines.at(-1)).toBeNull()
    expect(matrix.stdout.join('\n')).toContain('from,to,minutes,km')

    const impact = memoryIo()
    expect(runCli(['impact', '--after', 'full-vision'], impact)).toBe(0)
    const projects = embedded.projects.length
    const places = (impact.progressLines[0] ?? '').match(/^impact: 1 of (\d+) searches for the two scenarios$/)
    expect(Number(places?.[1])).toBeGreaterThan(0)
    expect(impact.progressLines).toContain(`impact: 1 of ${projects} projects measured`)
    expect(impact.progressLines.at(-2)).toBe(`impact: ${projects} of ${projects} projects measured`)
    expect(impact.progressLines.at(-1)).toBeNull()
    expect(impact.stderr).toEqual([])
  })
})
