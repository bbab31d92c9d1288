import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDataset, type Dataset } from '../../core/index.ts'
import { scenarioFromSearch } from './url-scenario.ts'
import { readRouteParams } from '../features/route/route-params.ts'

const parsed = parseDataset(readFileSync(new URL('../../../data/network.json', import.meta.url), 'utf8'))
const dataset = (parsed.ok ? parsed.dataset : null) as Dataset
const TODAY = '2026-11-28'

describe('scenario from the URL', () => {
  it('reads a date, a basis and project lists', () => {
    const r = scenarioFromSearch(
      dataset,
      new URLSearchParams('date=2025-01-01&basis=promised&with=luc-nam-bridge'),
      TODAY,
    )
    expect(r.notices).toEqual([])
    expect(r.scenario.openProjects).toEqual(['dong-viet-bridge', 'luc-nam-bridge'])
  })
  it('drops a bad date with a notice and falls back to today', () => {
    const r = scenarioFromSearch(dataset, new URLSearchParams('date=2025-02-30'), TODAY)
    expect(r.notices.map((n) => n.key)).toEqual(['errors.badDate'])
    expect(r.scenario.date).toBe(TODAY)
  })
  it('drops an unknown preset and unknown projects with notices', () => {
    const r = scenarioFromSearch(dataset, new URLSearchParams('scenario=utopia&with=warp-gate,luc-nam-bridge'), TODAY)
    expect(r.notices.map((n) => n.key)).toEqual(['errors.badProject', 'errors.badPreset'])
    expect(r.scenario.openProjects).toContain('luc-nam-bridge')
  })
  it('never throws and never crashes on any query string (fuzz)', () => {
    const key = fc.constantFrom(
      'date',
      'scenario',
      'basis',
      'with',
      'without',
      'from',
      'to',
      'profile',
      'modes',
      'optimize',
      'alt',
      '__proto__',
    )
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string({ maxLength: 30 })), { maxLength: 8 }), (pairs) => {
        const params = new URLSearchParams(pairs)
        const s = scenarioFromSearch(dataset, params, TODAY)
        expect(Array.isArray(s.scenario.openProjects)).toBe(true)
        const r = readRouteParams(dataset, params)
        expect(r.alt).toBeGreaterThanOrEqual(0)
        expect(r.options.modes.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  })
})

describe('route parameters', () => {
  it('reads places and options', () => {
    const r = readRouteParams(
      dataset,
      new URLSearchParams('from=hanoi&to=yen-tu&profile=motorbike&modes=road&optimize=distance&existing=1&alt=2'),
    )
    expect(r).toMatchObject({
      from: 'hanoi',
      to: 'yen-tu',
      alt: 2,
      options: { profile: 'motorbike', modes: ['road'], optimize: 'distance', existingOnly: true },
      notices: [],
    })
  })
  it('names each bad value and keeps the rest', () => {
    const r = readRouteParams(
      dataset,
      new URLSearchParams('from=atlantis&to=yen-tu&profile=rocket&modes=road,teleport'),
    )
    expect(r.from).toBeNull()
    expect(r.to).toBe('yen-tu')
    expect(r.options.profile).toBe('car')
    expect(r.options.modes).toEqual(['road'])
    expect(r.notices.map((n) => n.values.field)).toEqual(['from', 'profile', 'modes'])
  })
})
