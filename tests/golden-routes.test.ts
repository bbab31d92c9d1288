// Golden routes on the embedded data: the two trips the 2023 agreement was about, before the projects
// (agreement-2023), today, and with every project open (full-vision). If the data or the engine
// changes these, the change must be deliberate: update the expected legs here and say why.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  buildScenarioNetwork,
  findRoute,
  parseDataset,
  resolveScenario,
  type FoundRoute,
  type Dataset,
} from '../src/core/index.ts'

const parsed = parseDataset(readFileSync(new URL('../data/network.json', import.meta.url), 'utf8'))
if (!parsed.ok) throw new Error('embedded data invalid')
const dataset: Dataset = parsed.dataset
const TODAY = '2026-11-28'

function route(from: string, to: string, preset: string): FoundRoute {
  const r = findRoute(buildScenarioNetwork(dataset, resolveScenario(dataset, { preset }, TODAY)), from, to)
  if (!r.reachable) throw new Error(`${from} → ${to} unreachable in ${preset}`)
  return r
}
const travelLinks = (r: FoundRoute) => r.legs.filter((l) => l.kind === 'travel').map((l) => l.link)
/** Minutes of a route recomputed from the dataset's own link records (a check on the engine's sums). */
const recomputed = (r: FoundRoute) => r.legs.reduce((s, l) => s + l.minutes, 0)

describe('golden routes on the embedded data', () => {
  it('Kiếp Bạc → Vĩnh Nghiêm: round by Côn Sơn and the old Cẩm Lý bridge in 2023', () => {
    const r = route('kiep-bac-temple', 'vinh-nghiem-pagoda', 'agreement-2023')
    expect(travelLinks(r)).toEqual([
      'con-son-kiep-bac-road-west',
      'con-son-kiep-bac-road-east',
      'con-son-ql37-junction',
      'ql37-junction-cam-ly',
      'cam-ly-old-bridge',
      'vinh-nghiem-bac-lung',
    ])
    expect(r.legs.filter((l) => l.kind === 'wait').map((l) => l.link)).toEqual(['cam-ly-old-bridge'])
    expect(r.projects).toEqual([])
    expect(r.minutes).toBeCloseTo(recomputed(r), 9)
  })

  it('Kiếp Bạc → Vĩnh Nghiêm today: Đồng Việt approach to QL37, still over the Lục Nam at Cẩm Lý', () => {
    const before = route('kiep-bac-temple', 'vinh-nghiem-pagoda', 'agreement-2023')
    const r = route('kiep-bac-temple', 'vinh-nghiem-pagoda', 'today')
    expect(travelLinks(r)).toEqual([
      'kiep-bac-hung-dao',
      'dong-viet-hai-duong-approach',
      'ql37-junction-cam-ly',
      'cam-ly-old-bridge',
      'vinh-nghiem-bac-lung',
    ])
    expect(r.projects).toEqual(['dong-viet-bridge'])
    expect(r.projectUses[0]?.sentence).toMatch(/opened Jul 2025/)
    expect(r.minutes).toBeLessThan(before.minutes)
  })

  it('Kiếp Bạc → Vĩnh Nghiêm with every project: straight over the planned Lục Nam bridge', () => {
    const before = route('kiep-bac-temple', 'vinh-nghiem-pagoda', 'agreement-2023')
    const r = route('kiep-bac-temple', 'vinh-nghiem-pagoda', 'full-vision')
    expect(travelLinks(r)).toEqual([
      'con-son-kiep-bac-road-west',
      'con-son-kiep-bac-connector-road',
      'luc-nam-bridge-crossing',
    ])
    expect(r.projects).toEqual(['con-son-kiep-bac-connector', 'luc-nam-bridge'])
    for (const use of r.projectUses) expect(use.when).toBe('no date announced')
    expect(r.minutes).toBeLessThan(before.minutes / 2)
    expect(r.km).toBeLessThan(15)
  })

  it('Côn Sơn → Suối Mỡ: QL37 and Cẩm Lý before; the new bridge and the wider QL37 after', () => {
    const before = route('con-son-pagoda', 'suoi-mo', 'agreement-2023')
    expect(travelLinks(before)).toEqual([
      'con-son-ql37-junction',
      'ql37-junction-cam-ly',
      'cam-ly-old-bridge',
      'bac-lung-luc-nam-ql37',
      'luc-nam-suoi-mo-dt293',
    ])
    const after = route('con-son-pagoda', 'suoi-mo', 'full-vision')
    expect(travelLinks(after)).toEqual([
      'con-son-ql37-junction',
      'ql37-junction-cam-ly',
      'cam-ly-new-bridge',
      'bac-lung-luc-nam-ql37',
      'luc-nam-suoi-mo-dt293',
    ])
    expect(after.projects).toEqual(['cam-ly-bridge', 'ql37-upgrade'])
    expect(after.legs.some((l) => l.kind === 'wait')).toBe(false)
    expect(after.minutes).toBeLessThan(before.minutes)
  })

  it('the agreement as promised opens Đồng Việt ten months before it really opened', () => {
    const promised = resolveScenario(dataset, { date: '2025-01-01', basis: 'promised' }, TODAY)
    const real = resolveScenario(dataset, { date: '2025-01-01' }, TODAY)
    expect(promised.openProjects).toEqual(['dong-viet-bridge'])
    expect(real.openProjects).toEqual([])
    const a = findRoute(buildScenarioNetwork(dataset, promised), 'bac-giang-city', 'kiep-bac-temple')
    const b = findRoute(buildScenarioNetwork(dataset, real), 'bac-giang-city', 'kiep-bac-temple')
    expect(a.reachable && b.reachable && a.minutes < b.minutes).toBe(true)
  })

  it('a car takes the expressway to Bắc Giang; a motorbike, banned from it, takes QL1', () => {
    const today = resolveScenario(dataset, { preset: 'today' }, TODAY)
    const car = route('hanoi', 'bac-giang-city', 'today')
    expect(travelLinks(car)).toEqual(['hanoi-bac-ninh-expressway', 'bac-ninh-bac-giang-expressway'])
    const bike = findRoute(
      buildScenarioNetwork(dataset, today, { profile: 'motorbike', modes: ['road'] }),
      'hanoi',
      'bac-giang-city',
    )
    expect(bike.reachable && travelLinks(bike)).toEqual(['hanoi-bac-ninh-ql1', 'bac-ninh-bac-giang-ql1'])
    expect(bike.reachable && bike.minutes > car.minutes).toBe(true)
  })
})
