// A scenario network copies the "every project closed" floor and changes only what its open projects
// change. These properties rebuild every flag and cost from the dataset, link by link, with the rules
// written out plainly, on random networks whose projects also upgrade and replace existing links.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '../src/core/dataset/parse-dataset.ts'
import type { Dataset } from '../src/core/dataset/dataset.ts'
import { documentOf, randomNetwork } from '../src/test-support/random-network.ts'
import { buildScenarioNetwork, type RoutingOptions } from '../src/core/routing/scenario-network.ts'
import { profileMinutes } from '../src/core/routing/travel-profile.ts'
import type { ProjectId } from '../src/core/model/ids.ts'
import { TRAVEL_PROFILES } from '../src/core/model/link.ts'
import { resolveScenario } from '../src/core/scenario/scenario.ts'

/** The scenario with exactly the projects of `bits` open. */
const scenarioOf = (dataset: Dataset, bits: number) => {
  const chosen = (i: number) => ((bits >> i) & 1) === 1
  return resolveScenario(
    dataset,
    {
      date: '2000-01-01',
      with: dataset.projects.filter((_p, i) => chosen(i)).map((p) => p.id),
      without: dataset.projects.filter((_p, i) => !chosen(i)).map((p) => p.id),
    },
    '2026-11-28',
  )
}

/** A random network whose projects also upgrade and replace some of its existing links. */
const changedNetwork = fc
  .tuple(
    randomNetwork(2, 9, 18),
    fc.array(
      fc.record({
        link: fc.nat(40),
        project: fc.nat(2),
        kind: fc.constantFrom('upgrade' as const, 'replace' as const),
        // A share of the link's own minutes (below 1: faster; above: an upgrade that loses), so speeds stay
        // plausible: random links go up to 90 km/h, and a boat faster than 100 km/h is refused (0.9 of the
        // minutes made one 100.0001 km/h on a CI run's seed; 0.95 keeps every mode under its limit).
        minutesShare: fc.option(fc.double({ min: 0.95, max: 1.3, noNaN: true }), { nil: undefined }),
        speedKmh: fc.option(fc.integer({ min: 10, max: 90 }), { nil: undefined }),
        waitMinutes: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    fc.constantFrom('completed' as const, 'planned' as const),
  )
  .map(([net, changes, status]): Dataset => {
    const doc = documentOf(net)
    const existing = doc.links.filter((l) => !('project' in l))
    const projects = doc.projects.map((p, j) => {
      const mine = changes.filter((c) => c.project === j && existing.length > 0)
      const linkOf = (c: { link: number }) => existing[c.link % existing.length]!.id
      const upgrades = mine
        .filter((c) => c.kind === 'upgrade')
        .map((c) => ({
          link: linkOf(c),
          ...(c.minutesShare !== undefined && {
            minutes: existing[c.link % existing.length]!.minutes * c.minutesShare,
          }),
          ...(c.speedKmh !== undefined && { speedKmh: c.speedKmh }),
          ...(c.waitMinutes !== undefined && { waitMinutes: c.waitMinutes }),
        }))
      const replaces = [...new Set(mine.filter((c) => c.kind === 'replace').map(linkOf))]
      return {
        ...p,
        ...(j === 0 && { status }),
        ...(upgrades.length > 0 && { upgrades }),
        ...(replaces.length > 0 && { replaces }),
      }
    })
    const parsed = parseDataset({ ...doc, projects })
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 2)))
    return parsed.dataset
  })

const optionsArb: fc.Arbitrary<RoutingOptions> = fc.record({
  profile: fc.constantFrom(...TRAVEL_PROFILES),
  optimize: fc.constantFrom('time' as const, 'distance' as const),
  existingOnly: fc.boolean(),
})

describe('scenario network', () => {
  it('every flag and cost equals the plain rules, link by link (projects add, replace and upgrade links)', () => {
    fc.assert(
      fc.property(changedNetwork, fc.nat(7), optionsArb, (dataset, bits, options) => {
        const scenario = scenarioOf(dataset, bits)
        const open = scenario.openProjects
        const network = buildScenarioNetwork(dataset, scenario, options)
        const { topology } = network
        const counts = (id: ProjectId) => {
          const p = dataset.projectById.get(id)!
          return open.includes(id) && (!options.existingOnly || p.status === 'completed')
        }
        topology.links.forEach((link, li) => {
          const replaced = dataset.projects.some((p) => counts(p.id) && (p.replaces ?? []).includes(link.id))
          const isOpen = (link.project === null || counts(link.project)) && !replaced
          expect(network.linkOpen[li]).toBe(isOpen ? 1 : 0)
          // The fastest upgrade of an open project wins; ties keep the earlier one.
          let minutes = link.minutes,
            wait = link.waitMinutes ?? 0,
            by: ProjectId | null = null
          for (const p of dataset.projects) {
            if (!counts(p.id)) continue
            for (const u of p.upgrades ?? []) {
              if (u.link !== link.id) continue
              const m = u.minutes ?? (u.speedKmh !== undefined ? (link.km / u.speedKmh) * 60 : minutes)
              const w = u.waitMinutes ?? wait
              if (m + w < minutes + wait) [minutes, wait, by] = [m, w, p.id]
            }
          }
          const travel = profileMinutes(network.options.profile, link, link.km, minutes)
          const waited = wait + topology.serviceWaitMinutes[li]!
          expect(network.linkTravelMinutes[li]).toBe(travel)
          expect(network.linkWaitMinutes[li]).toBe(waited)
          expect(network.linkUpgradedBy.get(li) ?? null).toBe(by)
          const cost = !isOpen ? Infinity : network.options.optimize === 'time' ? travel + waited : link.km
          for (let a = 0; a < topology.arcLink.length; a++)
            if (topology.arcLink[a] === li) expect(network.arcCost[a]).toBe(cost)
        })
      }),
      { numRuns: 300 },
    )
  })

  it('a scenario never changes the floor it copies: building one after another gives the same arrays', () => {
    fc.assert(
      fc.property(changedNetwork, fc.nat(7), fc.nat(7), (dataset, x, y) => {
        const first = buildScenarioNetwork(dataset, scenarioOf(dataset, x))
        const kept = { arcCost: first.arcCost.slice(), linkOpen: first.linkOpen.slice() }
        const other = buildScenarioNetwork(dataset, scenarioOf(dataset, y))
        const again = buildScenarioNetwork(dataset, scenarioOf(dataset, x))
        // Neither network shares arrays it could change with the other or with the floor.
        expect(first.arcCost).toEqual(kept.arcCost)
        expect(first.linkOpen).toEqual(kept.linkOpen)
        expect(again.arcCost).toEqual(kept.arcCost)
        expect(again.linkOpen).toEqual(kept.linkOpen)
        if (x !== y) expect(other.arcCost).not.toBe(first.arcCost)
      }),
      { numRuns: 200 },
    )
  })
})
