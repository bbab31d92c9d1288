/**
 * Kept networks
 * =============
 * Scenario networks by their set of open projects. Project impacts ask for the same network many
 * times ("before + A" is also the partner network when B needs A), and the compare page asks again at
 * every step of its slider, where most networks are the step before's ("before + A" does not change
 * when only "after" moves). Networks are values (the same projects and options give the same costs),
 * so they are kept across questions, per dataset and options, most recently used last: as many as fit
 * in about four million arcs, at least four. Together with the matrices and searches kept per network
 * (`travel-matrix.ts`, `network-diff.ts`), a network's rows are searched once while it is kept.
 * Only the costs are shared: a kept network's `scenario` may be another scenario with the same open
 * projects, which nothing here reads.
 */
import type { Dataset } from '../dataset/dataset.ts'
import type { Scenario } from '../scenario/scenario.ts'
import {
  buildScenarioNetwork,
  resolveRoutingOptions,
  type RoutingOptions,
  type ScenarioNetwork,
} from '../routing/scenario-network.ts'

/** The network of a scenario, kept or built. */
export type NetworkOf = (s: Scenario) => ScenarioNetwork

const KEPT_ARCS = 4_000_000
let keptNetworks = new WeakMap<Dataset, Map<string, Map<string, ScenarioNetwork>>>()

/** Forgets every kept network (for benchmarks that time a question from nothing, and for tests). */
export function forgetKeptNetworks(): void {
  keptNetworks = new WeakMap()
}

/** The networks of `dataset` with `options`, kept across questions (see above). */
export function networkCache(dataset: Dataset, options: RoutingOptions): NetworkOf {
  let byOptions = keptNetworks.get(dataset)
  if (!byOptions) keptNetworks.set(dataset, (byOptions = new Map()))
  const optionsKey = JSON.stringify(resolveRoutingOptions(options))
  let kept = byOptions.get(optionsKey)
  if (!kept) byOptions.set(optionsKey, (kept = new Map()))
  const networks = kept
  return (s) => {
    const key = [...s.openProjects].sort().join(',')
    let network = networks.get(key)
    if (network) networks.delete(key)
    else network = buildScenarioNetwork(dataset, s, options)
    networks.set(key, network)
    const room = Math.max(4, Math.floor(KEPT_ARCS / Math.max(1, network.arcTarget.length)))
    while (networks.size > room) networks.delete(networks.keys().next().value!)
    return network
  }
}
