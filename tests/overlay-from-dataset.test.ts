// The overlay of the embedded dataset lays its places and the agreement's projects on imported roads:
// every place, every project with its own links, nothing that names a link the overlay does not
// bring (what cannot follow is named), and an import of a road grid over the region with it answers
// routes and impacts for every project.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  buildScenarioNetwork,
  findRoute,
  importNetwork,
  overlayFromDataset,
  parseDataset,
  projectImpacts,
  resolveScenario,
  UnknownProjectError,
} from '../src/core/index.ts'
import { runCli } from '../src/cli/cli.ts'
import { memoryIo } from '../src/cli/io.ts'
import { regionGridOsm } from '../src/test-support/region-grid.ts'

const TODAY = '2026-11-28'
const text = readFileSync(new URL('../data/network.json', import.meta.url), 'utf8')
const parsed = parseDataset(text, { keepParts: true })
if (!parsed.ok || !parsed.parts) throw new Error('embedded data invalid')
const parts = parsed.parts

describe('overlay from a dataset', () => {
  it('brings every place and project, each project with its own links, and names what cannot follow', () => {
    const { overlay, leftOut } = overlayFromDataset(parts)
    expect(overlay.places.map((p) => p.id)).toEqual(parts.places.map((p) => p.id))
    expect(overlay.projects.map((p) => p.id)).toEqual(parts.projects.map((p) => p.id))
    expect(overlay.links.map((l) => l.id)).toEqual(parts.links.filter((l) => l.project).map((l) => l.id))
    expect(overlay.gateways).toEqual(parts.header.gateways)
    const brought = new Set<string>(overlay.links.map((l) => l.id))
    for (const p of overlay.projects) {
      for (const u of p.upgrades ?? []) expect(brought.has(u.link)).toBe(true)
      for (const id of p.replaces ?? []) expect(brought.has(id)).toBe(true)
    }
    // Every upgrade or closure of the dataset's own roads is named, under its project.
    const own = (id: string) => !brought.has(id)
    const expected = parts.projects.flatMap((p) => [
      ...((p.upgrades ?? []).some((u) => own(u.link))
        ? [{ project: p.id, field: 'upgrades', links: p.upgrades!.map((u) => u.link).filter(own) }]
        : []),
      ...((p.replaces ?? []).some(own) ? [{ project: p.id, field: 'replaces', links: p.replaces!.filter(own) }] : []),
    ])
    expect(leftOut).toEqual(expected)
    expect(leftOut.length).toBeGreaterThan(0)
  })

  it('takes only the projects asked for, and names an unknown one with suggestions', () => {
    const { overlay } = overlayFromDataset(parts, ['luc-nam-bridge'])
    expect(overlay.projects.map((p) => p.id)).toEqual(['luc-nam-bridge'])
    expect(overlay.links.every((l) => l.project === 'luc-nam-bridge')).toBe(true)
    expect(() => overlayFromDataset(parts, ['luc-nam-brige'])).toThrow(UnknownProjectError)
    expect(() => overlayFromDataset(parts, ['luc-nam-brige'])).toThrow(/did you mean "luc-nam-bridge"/)
  })

  it('imported with a road grid over the region: routes between the sites, faster or equal with every project, and an impact for each project', () => {
    const { overlay } = overlayFromDataset(parts)
    const outcome = importNetwork({
      format: 'osm',
      data: regionGridOsm(),
      name: 'region-grid.osm',
      overlay: { text: JSON.stringify(overlay), name: 'nine-projects.json' },
    })
    if (!outcome.result.ok) throw new Error(JSON.stringify(outcome.result.errors.slice(0, 3)))
    expect(outcome.warnings).toEqual([])
    const d = outcome.result.dataset
    for (const p of parts.places) expect(d.placeById.get(p.id)).toBeDefined()
    const signed = resolveScenario(d, { preset: 'agreement-2023' }, TODAY),
      built = resolveScenario(d, { preset: 'full-vision' }, TODAY)
    expect(built.openProjects).toEqual(parts.projects.map((p) => p.id).sort())
    const before = buildScenarioNetwork(d, signed),
      after = buildScenarioNetwork(d, built)
    const sites = d.places.filter((p) => p.kind === 'heritage-site').map((p) => p.id)
    for (const [from, to] of [
      [sites[0]!, sites[1]!],
      [sites[2]!, sites.at(-1)!],
    ] as const) {
      const a = findRoute(before, from, to),
        b = findRoute(after, from, to)
      expect(a.reachable && b.reachable).toBe(true)
      if (a.reachable && b.reachable) expect(b.minutes).toBeLessThanOrEqual(a.minutes + 1e-9)
    }
    const impacts = projectImpacts(d, signed, built, sites)
    expect(impacts.map((i) => i.id).sort()).toEqual(parts.projects.map((p) => p.id).sort())
    // The bridges and roads between the sites shorten some trip on their own.
    expect(impacts.some((i) => i.alone.faster > 0)).toBe(true)
  })

  it('on the command line: the overlay on stdout, what was left out on stderr; an unknown project refused', () => {
    const io = memoryIo()
    expect(runCli(['overlay'], io)).toBe(0)
    const overlay = JSON.parse(io.stdout.join('\n')) as { projects: unknown[] }
    expect(overlay.projects).toHaveLength(parts.projects.length)
    expect(io.stderr[0]).toBe(
      `overlay: ${parts.places.length} places, ${parts.projects.length} projects, ${parts.links.filter((l) => l.project).length} project links`,
    )
    expect(io.stderr.slice(1).every((line) => line.startsWith('left out: '))).toBe(true)
    const bad = memoryIo()
    expect(runCli(['overlay', '--projects', 'luc-nam-brige'], bad)).toBe(2)
    expect(bad.stderr.join('\n')).toContain('unknown project "luc-nam-brige"')
    expect(bad.stdout).toEqual([])
  })
})
