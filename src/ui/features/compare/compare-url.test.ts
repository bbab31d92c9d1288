import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultComparePlaces, parseDataset, resolveScenario, type Dataset } from '../../../core/index.ts'
import { readCompareState, sideParams, sideRequest, type SideState } from './compare-url.ts'
import { assumeFromParam, assumeParam, scenarioFromSearch } from '../../state/url-scenario.ts'

const parsed = parseDataset(readFileSync(new URL('../../../../data/network.json', import.meta.url), 'utf8'))
const dataset = (parsed.ok ? parsed.dataset : null) as Dataset
const TODAY = '2026-11-28'
const origins = defaultComparePlaces(dataset)
const read = (search: string) => readCompareState(dataset, new URLSearchParams(search), origins)

describe('the compare page address', () => {
  it('defaults to the agreement against full vision, largest change first', () => {
    const s = read('')
    expect(s.before).toEqual({ scenario: 'agreement-2023', basis: 'expected', with: [], without: [] })
    expect(s.after.scenario).toBe('full-vision')
    expect(s.pairsSort).toEqual({ key: 'change', descending: true })
    expect(s.pairsKind).toBe('changed')
    expect(s.notices).toEqual([])
  })

  it('reads full sides, shared assumptions, a delay and the table state', () => {
    const s = read(
      'before=2029-01-01&before-basis=promised&before-without=dong-viet-bridge&after=today&after-with=luc-nam-bridge,con-son-kiep-bac-connector&assume=cam-ly-bridge@2028-06&delay=cam-ly-bridge@-6&pairs-place=hanoi&pairs-kind=slower&pairs-sort=from&pairs-page=3',
    )
    expect(s.before).toEqual({ scenario: '2029-01-01', basis: 'promised', with: [], without: ['dong-viet-bridge'] })
    expect(s.after.with).toEqual(['luc-nam-bridge', 'con-son-kiep-bac-connector'])
    expect(s.assume).toEqual({ 'cam-ly-bridge': '2028-06' })
    expect(s.delay).toEqual({ project: 'cam-ly-bridge', months: -6 })
    expect(s).toMatchObject({
      pairsPlace: 'hanoi',
      pairsKind: 'slower',
      pairsSort: { key: 'from', descending: false },
      pairsPage: 3,
    })
    const request = sideRequest(s.before, s.assume)
    expect(request).toEqual({
      date: '2029-01-01',
      basis: 'promised',
      without: ['dong-viet-bridge'],
      assume: { 'cam-ly-bridge': '2028-06' },
    })
    // An assumed date is an expected date: it opens the project on the expected basis only (the 2023
    // agreement promised nothing for it).
    expect(resolveScenario(dataset, request, TODAY).openProjects).not.toContain('cam-ly-bridge')
    expect(resolveScenario(dataset, { ...request, basis: 'expected' }, TODAY).openProjects).toContain('cam-ly-bridge')
  })

  it('drops every bad value with a notice, and keeps the page usable', () => {
    const s = read(
      'before=yesterday&after=2025-02-30&before-basis=sideways&after-with=warp-gate&assume=dong-viet-bridge@2030-01,cam-ly-bridge@2028-13,nope@2028-01&delay=cam-ly-bridge@9999&gateway=atlantis&pairs-kind=weird&pairs-page=-4&before=today',
    )
    expect(s.before.scenario).toBe('agreement-2023')
    expect(s.after.scenario).toBe('full-vision')
    expect(s.after.with).toEqual([])
    expect(s.assume).toEqual({})
    expect(s.delay).toBeNull()
    expect(s.gateway).toBe(origins[0])
    expect(s.pairsKind).toBe('changed')
    expect(s.pairsPage).toBe(1)
    expect(s.notices.map((n) => n.key).sort()).toEqual(
      [
        'errors.repeated',
        'errors.badOption',
        'errors.badOption',
        'errors.badOption',
        'errors.badProject',
        'errors.assumeDated',
        'errors.badOption',
        'errors.badProject',
        'errors.badOption',
        'errors.badOption',
      ].sort(),
    )
  })

  it('writes a side back to the address and reads the same side again', () => {
    const ids = dataset.projects.map((p) => p.id)
    const side = fc.record({
      scenario: fc.constantFrom('agreement-2023', 'today', 'committed', 'full-vision', '2027-03-01'),
      basis: fc.constantFrom('expected' as const, 'promised' as const),
      with: fc.subarray(ids),
      without: fc.subarray(ids),
    })
    fc.assert(
      fc.property(side, fc.constantFrom('before' as const, 'after' as const), (state: SideState, which) => {
        const clean = { ...state, without: state.without.filter((id) => !state.with.includes(id)) }
        const params = new URLSearchParams()
        for (const [k, v] of Object.entries(sideParams(which, clean))) if (v !== null) params.set(k, v)
        const back = read(params.toString())[which]
        expect(back.scenario).toBe(clean.scenario)
        expect(back.basis).toBe(clean.basis)
        expect([...back.with].sort()).toEqual([...clean.with].sort())
        expect([...back.without].sort()).toEqual([...clean.without].sort())
      }),
    )
  })
})

describe('assumed dates in the address', () => {
  it('round-trips through assumeParam, sorted, and feeds every page scenario', () => {
    const assume = { 'luc-nam-bridge': '2028-06', 'cam-ly-bridge': '2027' }
    const text = assumeParam(assume)!
    expect(text).toBe('cam-ly-bridge@2027,luc-nam-bridge@2028-06')
    expect(assumeFromParam(dataset, text, [])).toEqual(assume)
    const r = scenarioFromSearch(dataset, new URLSearchParams(`date=2028-07-01&assume=${text}`), TODAY)
    expect(r.notices).toEqual([])
    expect(r.scenario.openProjects).toEqual(expect.arrayContaining(['cam-ly-bridge', 'luc-nam-bridge']))
    expect(r.scenario.whatIf.assumed.map((a) => a.project)).toEqual(['cam-ly-bridge', 'luc-nam-bridge'])
  })
})
