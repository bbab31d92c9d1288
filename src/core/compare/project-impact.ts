/**
 * Project impact
 * ==============
 * Which project matters: what each one saves on its own (added alone to the "before" scenario) and
 * what would be lost without it (removed alone from the "after" one), in weighted minutes summed over
 * the site pairs, with the pairs it helps most and the pairs it connects at all.
 */
import type { PlaceId, ProjectId } from '../model/ids.ts'
import type { Dataset } from '../dataset/dataset.ts'
import type { Scenario } from '../scenario/scenario.ts'
import { buildScenarioNetwork, type RoutingOptions } from '../routing/scenario-network.ts'
import { comparePairs, type PairChange } from './compare-pairs.ts'

export interface ProjectImpact {
  readonly id: ProjectId
  /** Σ weight × minutes saved over pairs reachable both ways, adding the project alone to "before". */
  readonly aloneMinutesSaved: number
  /** Σ weight × minutes lost, removing the project alone from "after". */
  readonly withoutMinutesLost: number
  /** Pairs the project connects on its own (unreachable before). */
  readonly aloneConnects: number
  /** Pairs that lose their only route without it. */
  readonly withoutDisconnects: number
  /** The pairs it speeds up most on its own (or, if none, that it matters most for in "after"). */
  readonly topPairs: ReadonlyArray<{ from: PlaceId; to: PlaceId; savedMinutes: number }>
  /** For a project that saves nothing alone but matters in "after": the projects it needs to be useful. */
  readonly needs: readonly ProjectId[]
}

const withProject = (s: Scenario, id: ProjectId): Scenario => ({
  ...s,
  label: `${s.label} + ${id}`,
  openProjects: [...new Set([...s.openProjects, id])].sort(),
})
const withoutProject = (s: Scenario, id: ProjectId): Scenario => ({
  ...s,
  label: `${s.label} − ${id}`,
  openProjects: s.openProjects.filter((p) => p !== id),
})

function weighted(pairs: readonly PairChange[]) {
  let minutes = 0,
    connects = 0
  for (const p of pairs) {
    if (p.savedMinutes !== null) minutes += p.weight * p.savedMinutes
    else if (p.beforeMinutes === null && p.afterMinutes !== null) connects++
  }
  return { minutes, connects }
}

/** Impact of every project between two scenarios, most important first (by the larger of its two figures). */
export function projectImpacts(
  dataset: Dataset,
  before: Scenario,
  after: Scenario,
  places: readonly string[],
  options: RoutingOptions = {},
): ProjectImpact[] {
  const nb = buildScenarioNetwork(dataset, before, options),
    na = buildScenarioNetwork(dataset, after, options)
  return dataset.projects
    .map((project) => {
      const alone = comparePairs(nb, buildScenarioNetwork(dataset, withProject(before, project.id), options), places)
      const without = comparePairs(
        buildScenarioNetwork(dataset, withoutProject(after, project.id), options),
        na,
        places,
      )
      const a = weighted(alone.pairs),
        w = weighted(without.pairs)
      const source = a.minutes > 0 ? alone.pairs : without.pairs
      const topPairs = source
        .filter((p) => (p.savedMinutes ?? 0) > 0.5 && p.from < p.to)
        .slice(0, 5)
        .map((p) => ({ from: p.from, to: p.to, savedMinutes: p.savedMinutes! }))
      let needs: ProjectId[] = []
      if (a.minutes < 0.5 && a.connects === 0 && (w.minutes > 0.5 || w.connects > 0)) {
        // Saves nothing alone yet matters in "after": find the partners that make it work.
        needs = dataset.projects
          .filter((q) => q.id !== project.id && !before.openProjects.includes(q.id))
          .filter((q) => {
            const base = withProject(before, q.id)
            const pair = comparePairs(
              buildScenarioNetwork(dataset, base, options),
              buildScenarioNetwork(dataset, withProject(base, project.id), options),
              places,
            )
            const gain = weighted(pair.pairs)
            return gain.minutes > 0.5 || gain.connects > 0
          })
          .map((q) => q.id)
      }
      return {
        id: project.id,
        aloneMinutesSaved: a.minutes,
        withoutMinutesLost: w.minutes,
        aloneConnects: a.connects,
        withoutDisconnects: w.connects,
        topPairs,
        needs,
      }
    })
    .sort(
      (x, y) =>
        Math.max(y.aloneMinutesSaved, y.withoutMinutesLost) - Math.max(x.aloneMinutesSaved, x.withoutMinutesLost) ||
        (x.id < y.id ? -1 : 1),
    )
}
