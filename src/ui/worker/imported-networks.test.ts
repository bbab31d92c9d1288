// The /import page's questions, answered in the worker: a network imported with its overlay, then
// what its projects change, checked against routes searched on each side.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildScenarioNetwork, findRoute, parseDataset, resolveScenario } from '../../core/index.ts'
import { answerImport, answerImportedCompare } from './imported-networks.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8')
const TODAY = '2026-11-29'

function importSmall() {
  const answer = answerImport({
    type: 'import',
    format: 'osm',
    data: fixture('small.osm'),
    name: 'small.osm',
    overlay: { text: fixture('overlay.json'), name: 'overlay.json' },
  })
  if (!answer.ok || !answer.key || !answer.json) throw new Error('the fixture should import')
  const parsed = parseDataset(answer.json)
  if (!parsed.ok) throw new Error('the imported dataset should be valid')
  return { key: answer.key, dataset: parsed.dataset }
}

describe('what the projects change on an imported network', () => {
  it('compares its sites and gateways on a day with every project open; each pair as routes say', () => {
    const { key, dataset } = importSmall()
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
    const bare = answerImport({
      type: 'import',
      format: 'osm',
      data: fixture('small.osm'),
      name: 'small.osm',
      overlay: null,
    })
    if (!bare.ok || !bare.key) throw new Error('the fixture should import')
    expect(
      answerImportedCompare({ type: 'imported-compare', key: bare.key, date: '2027-01-01', today: TODAY }),
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
