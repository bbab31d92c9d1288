// Saved tours: the record format and its migrations, plan changes, and the tours file round trip.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildScenarioNetwork,
  canonicalJson,
  parseDataset,
  parseToursFile,
  planChanges,
  planImport,
  planItinerary,
  readStoredTour,
  requestOf,
  resolveScenario,
  SAVED_TOUR_SCHEMA_VERSION,
  snapshotPlan,
  storedTour,
  toursFileText,
  type Dataset,
  type SavedTour,
} from '../src/core/index.ts'

const TODAY = '2026-11-28'
const parsed = parseDataset(readFileSync(new URL('../data/network.json', import.meta.url), 'utf8'))
const dataset = (parsed.ok ? parsed.dataset : null) as Dataset
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/saved-tours/${name}`, import.meta.url), 'utf8'))

function tour(extra: Partial<SavedTour> = {}): SavedTour {
  const request = {
    start: 'hanoi',
    visit: ['con-son-pagoda', 'kiep-bac-temple'],
    optional: [],
    date: '2026-12-05',
    days: 1,
    profile: 'car' as const,
    scenario: { preset: 'today' },
  }
  const { request: r, options, scenario } = requestOf(request)
  const plan = planItinerary(buildScenarioNetwork(dataset, resolveScenario(dataset, scenario, TODAY), options), r)
  return {
    id: 't1',
    name: 'Côn Sơn and Kiếp Bạc',
    note: '',
    stopNotes: {},
    request,
    plan: snapshotPlan(plan),
    createdAt: '2026-11-28T03:00:00Z',
    updatedAt: '2026-11-28T03:00:00Z',
    revision: 1,
    ...extra,
  }
}

describe('stored tour records', () => {
  it('reads the released version-1 fixture, keeping it without the lunch version 2 plans by default', () => {
    const read = readStoredTour(fixture('v1-tour.json'))
    expect(read.ok).toBe(true)
    if (read.ok) {
      expect(read.migratedFrom).toBe(1)
      expect(read.tour.name).toBe('Hai ngày Côn Sơn – Yên Tử')
      expect(read.tour.request.days).toBe(2)
      expect(read.tour.request.lunch).toBeNull()
      // Planned again, the migrated tour gives the plan it was saved with: no lunch slipped in.
      const { request, options, scenario } = requestOf(read.tour.request)
      const plan = planItinerary(
        buildScenarioNetwork(dataset, resolveScenario(dataset, scenario, TODAY), options),
        request,
      )
      expect(plan.days.every((d) => d.lunch === null)).toBe(true)
    }
  })
  it('reads the version-2 fixture with its lunch, visit lengths and nights', () => {
    const read = readStoredTour(fixture('v2-tour.json'))
    expect(read.ok).toBe(true)
    if (read.ok) {
      expect(read.migratedFrom).toBeNull()
      expect(read.tour.request.lunch).toEqual({ from: '11:30', to: '13:00', minutes: 45 })
      expect(read.tour.request.visitMinutes).toEqual({ 'yen-tu': 240 })
      expect(read.tour.request.nights).toEqual(['uong-bi'])
    }
  })
  it('round-trips what it writes', () => {
    const t = tour()
    expect(readStoredTour(JSON.parse(JSON.stringify(storedTour(t, t.updatedAt))))).toEqual({
      ok: true,
      tour: t,
      migratedFrom: null,
    })
  })
  it('reports a record from a newer version instead of reading it, and never migrates it down', () => {
    const read = readStoredTour({ schemaVersion: SAVED_TOUR_SCHEMA_VERSION + 1, savedAt: '', data: { id: 'x9' } })
    expect(read).toEqual({ ok: false, kind: 'newer', version: SAVED_TOUR_SCHEMA_VERSION + 1, id: 'x9' })
  })
  it.each([
    [null, /not an object/],
    [[], /not an object/],
    [{ data: {} }, /schemaVersion/],
    [{ schemaVersion: 1.5, data: {} }, /schemaVersion/],
    [{ schemaVersion: 1, savedAt: '', data: { id: 't1' } }, /name|note|request/],
    [{ schemaVersion: 1, savedAt: '', data: { ...tour(), revision: 0 } }, /revision/],
    [{ schemaVersion: 1, savedAt: '', data: { ...tour(), name: '   ' } }, /name/],
    [{ schemaVersion: 1, savedAt: '', data: { ...tour(), evil: '<script>' } }, /evil|unrecognized/i],
  ])('calls a broken record corrupt, naming the field: %j', (raw, message) => {
    const read = readStoredTour(raw)
    expect(read.ok).toBe(false)
    if (!read.ok) {
      expect(read.kind).toBe('corrupt')
      if (read.kind === 'corrupt') expect(read.message).toMatch(message)
    }
  })
  it('chains pure migrations from any older version, and a failing one is an error, never a wipe', () => {
    // A made-up history: v1 had `title`, v2 renamed it `name`, v3 added `note`.
    const migrations = [
      {
        from: 1,
        description: 'title → name',
        migrate: (d: unknown) => {
          const { title, ...rest } = d as { title: string }
          return { ...rest, name: title }
        },
      },
      { from: 2, description: 'add note', migrate: (d: unknown) => ({ ...(d as object), note: '' }) },
    ]
    const { name, note: _note, ...v1 } = tour()
    const read = readStoredTour({ schemaVersion: 1, savedAt: '', data: { ...v1, title: name } }, migrations, 3)
    expect(read).toEqual({ ok: true, tour: tour(), migratedFrom: 1 })
    const broken = readStoredTour({ schemaVersion: 1, savedAt: '', data: null }, migrations, 3)
    expect(broken.ok).toBe(false)
    if (!broken.ok) expect(broken.kind).toBe('corrupt')
  })
})

describe('plan changes since a tour was saved', () => {
  it('says nothing changed for the same plan, and names a project opened since', () => {
    const t = tour()
    const { request, options, scenario } = requestOf(t.request)
    const same = planItinerary(
      buildScenarioNetwork(dataset, resolveScenario(dataset, scenario, TODAY), options),
      request,
    )
    expect(planChanges(t.plan!, same)).toEqual([])
    // Saved before Đồng Việt opened: today the bridge is open and the times move.
    const old = resolveScenario(dataset, { date: '2025-01-01' }, TODAY)
    const before = planItinerary(buildScenarioNetwork(dataset, old, options), request)
    const changes = planChanges(snapshotPlan(before), same)
    expect(changes).toContainEqual({ kind: 'projects', opened: ['dong-viet-bridge'], closed: [] })
  })
})

describe('the tours file', () => {
  const arbitraryTour = fc.record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
    name: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
    note: fc.string({ maxLength: 200 }),
    stopNote: fc.string({ maxLength: 100 }),
    revision: fc.integer({ min: 1, max: 50 }),
  })
  it('export, import, export is byte-identical, whatever the names and notes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryTour, { selector: (t) => t.id, maxLength: 5 }), (specs) => {
        const tours = specs.map((s) =>
          tour({
            id: s.id,
            name: s.name,
            note: s.note,
            stopNotes: { 'kiep-bac-temple': s.stopNote },
            revision: s.revision,
          }),
        )
        const text = toursFileText(tours)
        const back = parseToursFile(text)
        expect(back.ok).toBe(true)
        if (back.ok) {
          expect(back.skipped).toEqual([])
          expect(toursFileText(back.tours)).toBe(text)
        }
      }),
      { numRuns: 40 },
    )
  })
  it('skips a bad tour with a message naming it and its field, and keeps the good ones', () => {
    const good = tour({ id: 'good' })
    const text = canonicalJson({
      format: 'heritage-routes/saved-tours',
      schemaVersion: 1,
      tours: [good, { ...tour({ id: 'bad' }), request: { ...good.request, days: 9 } }, good],
    })
    const read = parseToursFile(text)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.tours.map((t) => t.id)).toEqual(['good'])
    expect(read.skipped).toEqual([
      { index: 1, id: 'bad', message: expect.stringMatching(/^request\.days: /) },
      { index: 2, id: 'good', message: expect.stringMatching(/twice/) },
    ])
  })
  it.each([
    ['not json {', /not valid JSON.*line 1/],
    ['{"format":"something-else","schemaVersion":1,"tours":[]}', /format/],
    ['{"format":"heritage-routes/saved-tours","schemaVersion":99,"tours":[]}', /newer version/],
    ['{"format":"heritage-routes/saved-tours","schemaVersion":1,"tours":{}}', /tours: must be a list/],
    ['{"format":"heritage-routes/saved-tours","schemaVersion":1,"tours":[{"__proto__":{"x":1}}]}', /__proto__/],
    [`${'['.repeat(50)}${']'.repeat(50)}`, /deep|nest/i],
  ])('refuses a broken file with a clear message: %s', (text, message) => {
    const read = parseToursFile(text)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.problems.map((p) => p.message).join(' ')).toMatch(message)
  })
  it('importing never overwrites: same tour skipped, a changed one added as a copy', () => {
    const mine = tour({ id: 'a' })
    let n = 0
    const plan = planImport(
      [mine],
      [mine, { ...mine, name: 'Changed elsewhere', revision: 2 }, tour({ id: 'b' })],
      () => `new-${++n}`,
      ' (imported)',
    )
    expect(plan.unchanged).toBe(1)
    expect(plan.copies).toBe(1)
    expect(plan.add.map((t) => [t.id, t.name])).toEqual([
      ['new-1', 'Changed elsewhere (imported)'],
      ['b', 'Côn Sơn and Kiếp Bạc'],
    ])
  })
})
