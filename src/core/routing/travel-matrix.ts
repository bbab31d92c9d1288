/**
 * Travel matrix
 * =============
 * Minutes and km between every pair of a list of places, along the best route of the network.
 */
import type { PlaceId } from '../model/ids.ts'
import { openLinkAt, type ScenarioNetwork } from './scenario-network.ts'
import { placeIndex } from './find-route.ts'
import { searchFrom } from './shortest-paths.ts'
import { rememberDistances } from './network-diff.ts'
import { CoreError } from '../errors.ts'

export interface TravelMatrix {
  readonly places: readonly PlaceId[]
  /** `minutes[i][j]`: from places[i] to places[j]; null when unreachable. */
  readonly minutes: ReadonlyArray<ReadonlyArray<number | null>>
  readonly km: ReadonlyArray<ReadonlyArray<number | null>>
  /** Minutes of driving on the same routes: road links only, without waits. */
  readonly drivingMinutes: ReadonlyArray<ReadonlyArray<number | null>>
}

/** Minutes and km of the best route from `tree`'s source to `target`, walking the tree back. */
function totalsTo(
  network: ScenarioNetwork,
  tree: ReturnType<typeof searchFrom>,
  target: number,
): [number, number, number] | null {
  if (tree.cost[target] === Infinity) return null
  let minutes = 0,
    km = 0,
    driving = 0
  for (let v = target; v !== tree.source;) {
    const a = tree.viaArc[v]!
    const open = openLinkAt(network, network.arcLink[a]!)
    minutes += open.travelMinutes + open.waitMinutes
    km += open.km
    if (open.link.mode === 'road') driving += open.travelMinutes
    v = tree.arcSource[a]!
  }
  return [minutes, km, driving]
}

/** Up to this many places, a matrix's searches run to the end and their costs are kept. */
const FULL_SEARCH_PLACES = 5000

/** Most places a matrix takes: one search per place, and the table grows with the square. */
export const MAX_MATRIX_PLACES = 500

/**
 * Matrices already computed, per network (networks never change once built): project impacts and
 * comparisons ask for the same side's matrix once per project.
 */
const computed = new WeakMap<ScenarioNetwork, Map<string, TravelMatrix>>()
const KEPT_PER_NETWORK = 4

/**
 * The matrix for `placeIds` (unknown ids throw UnknownPlaceError; more than `MAX_MATRIX_PLACES`
 * throws INVALID_OPTION). One search per origin, or none when this network already answered the
 * same list.
 */
export function travelMatrix(network: ScenarioNetwork, placeIds: readonly string[]): TravelMatrix {
  const key = placeIds.join('\u0000')
  let byPlaces = computed.get(network)
  const known = byPlaces?.get(key)
  if (known) return known
  const matrix = computeMatrix(network, placeIds)
  if (!byPlaces) computed.set(network, (byPlaces = new Map()))
  if (byPlaces.size >= KEPT_PER_NETWORK) byPlaces.delete(byPlaces.keys().next().value!)
  byPlaces.set(key, matrix)
  return matrix
}

/** The matrix computed afresh, never from the kept ones (for the benchmarks). */
export function computeMatrix(network: ScenarioNetwork, placeIds: readonly string[]): TravelMatrix {
  if (placeIds.length > MAX_MATRIX_PLACES)
    throw new CoreError(
      'INVALID_OPTION',
      `places: ${placeIds.length} places; a matrix takes at most ${MAX_MATRIX_PLACES}`,
    )
  const indices = placeIds.map((id) => placeIndex(network, id, 'places'))
  const targets = new Set(indices)
  const minutes: Array<Array<number | null>> = []
  const km: Array<Array<number | null>> = []
  const drivingMinutes: Array<Array<number | null>> = []
  for (const s of indices) {
    // On a small network a full search costs about what a stopped one does, and is kept for the
    // network diffs of comparisons (`network-diff.ts`).
    const full = network.placeIds.length <= FULL_SEARCH_PLACES
    const tree = searchFrom(network, s, full ? {} : { targets })
    if (full) rememberDistances(network, s, tree.cost)
    const rowMinutes: Array<number | null> = [],
      rowKm: Array<number | null> = [],
      rowDriving: Array<number | null> = []
    for (const t of indices) {
      const totals = totalsTo(network, tree, t)
      rowMinutes.push(totals ? totals[0] : null)
      rowKm.push(totals ? totals[1] : null)
      rowDriving.push(totals ? totals[2] : null)
    }
    minutes.push(rowMinutes)
    km.push(rowKm)
    drivingMinutes.push(rowDriving)
  }
  return { places: [...placeIds] as PlaceId[], minutes, km, drivingMinutes }
}
