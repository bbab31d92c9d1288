// Critical links measure only the rows whose routes cross the closed link, and, asked for the first
// few, stop once a bound shows no link left can reach the list. Both must give what closing each link
// on a best route and computing the whole matrix again gives (the way this was computed before): the
// same links, summaries and hardest-hit trips, in the same order, by time and by km, on random
// networks and on grids where many routes tie; and the first `top` must be the full list's first.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildScenarioNetwork,
  CRITICAL_ALL_UP_TO_PLACES,
  CRITICAL_LISTED_LARGE,
  criticalLinks,
  criticalListed,
  defaultComparePlaces,
  parseDataset,
  linksOnBestRoutes,
  resolveScenario,
  type CriticalLink,
  type PlaceId,
  type ScenarioNetwork,
} from '../src/core/index.ts'
import { closeLinkIndices } from '../src/core/routing/close-links.ts'
import { travelMatrix } from '../src/core/routing/travel-matrix.ts'
import { isUnchanged } from '../src/core/compare/change.ts'
import { pairChanges } from '../src/core/compare/compare-pairs.ts'
import { datasetOf, randomNetwork, tiedGrid } from '../src/test-support/random-network.ts'
import { syntheticDocument } from '../bench/synthetic-network.ts'
import { runCli } from '../src/cli/cli.ts'
import { memoryIo } from '../src/cli/io.ts'

const TODAY = '2026-11-28'

/** Every link on a best route closed in turn, the whole matrix computed again. */
function everyMatrixAgain(network: ScenarioNetwork, places: PlaceId[]): CriticalLink[] {
  const base = travelMatrix(network, places)
  const out: CriticalLink[] = []
  for (const index of linksOnBestRoutes(network, places)) {
    const { pairs, summary } = pairChanges(
      network.dataset,
      base,
      travelMatrix(closeLinkIndices(network, new Set([index])), places),
      'changed',
    )
    if (isUnchanged(summary)) continue
    out.push({
      link: network.topology.links[index]!.id,
      summary,
      worst: pairs.filter((p) => p.kind === 'disconnected' || p.kind === 'slower').slice(0, 3),
    })
  }
  return out.sort(
    (x, y) =>
      y.summary.disconnected - x.summary.disconnected ||
      y.summary.minutesLostOnSlower - x.summary.minutesLostOnSlower ||
      (x.link < y.link ? -1 : 1),
  )
}

function expectSameLists(network: ScenarioNetwork, places: PlaceId[]): void {
  const want = everyMatrixAgain(network, places)
  expect(criticalLinks(network, places)).toEqual(want)
  for (const top of [1, 2, 3, 5, 8]) expect(criticalLinks(network, places, { top })).toEqual(want.slice(0, top))
}

describe('critical links', () => {
  it('equal every matrix computed again, in full and for the first few, by time and by km', () => {
    fc.assert(
      fc.property(
        randomNetwork(2, 14, 30),
        fc.integer({ min: 2023, max: 2033 }),
        fc.constantFrom('time' as const, 'distance' as const),
        fc.array(fc.nat(), { minLength: 2, maxLength: 8 }),
        (net, year, optimize, raw) => {
          const d = datasetOf(net)
          const network = buildScenarioNetwork(d, resolveScenario(d, { date: `${year}-06-01` }, TODAY), { optimize })
          const places = [...new Set(raw.map((p) => d.places[p % d.places.length]!.id))]
          expectSameLists(network, places)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('keep the tie rule on grids where many routes cost the same', () => {
    fc.assert(
      fc.property(tiedGrid(), fc.array(fc.nat(), { minLength: 2, maxLength: 6 }), (g, raw) => {
        const d = datasetOf(g)
        const network = buildScenarioNetwork(d, resolveScenario(d, { date: '2031-01-01' }, TODAY))
        const places = [...new Set(raw.map((p) => d.places[p % d.places.length]!.id))]
        expectSameLists(network, places)
      }),
      { numRuns: 100 },
    )
  })
})

describe('critical links on a large network', () => {
  it('the command lists the full list’s first links, measuring only those, and says more exist', () => {
    const doc = syntheticDocument({ places: CRITICAL_ALL_UP_TO_PLACES + 500, seed: 31, sites: 10 })
    const parsed = parseDataset(doc)
    if (!parsed.ok) throw new Error(parsed.errors[0]?.message)
    const d = parsed.dataset
    const scenario = resolveScenario(d, { date: '2030-01-01' }, TODAY)
    const network = buildScenarioNetwork(d, scenario)
    const places = defaultComparePlaces(d)
    const all = criticalLinks(network, places)
    expect(all.length).toBeGreaterThan(4)
    expect(criticalListed(network)).toEqual({ top: CRITICAL_LISTED_LARGE })
    const file = join(mkdtempSync(join(tmpdir(), 'critical-')), 'large.json')
    writeFileSync(file, JSON.stringify(doc))
    const io = memoryIo()
    expect(runCli(['critical', '--data', file, '--date', '2030-01-01', '--top', '4', '--json'], io)).toBe(0)
    // The JSON rounds figures to a tenth: the same links, in the same order, with the same counts.
    const listed = JSON.parse(io.stdout.join('\n')).links as CriticalLink[]
    const counts = (k: CriticalLink) => [k.link, k.summary.disconnected, k.summary.slower]
    expect(listed.map(counts)).toEqual(all.slice(0, 4).map(counts))
    const table = memoryIo()
    expect(runCli(['critical', '--data', file, '--date', '2030-01-01', '--top', '4'], table)).toBe(0)
    const text = table.stdout.join('\n')
    for (const k of all.slice(0, 4)) expect(text).toContain(k.link)
    expect(text).not.toContain(all[4]!.link)
    expect(text).toContain('… more links change a trip (--top 8 lists more')
  })
})
