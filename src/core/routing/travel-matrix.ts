/**
 * Travel matrix
 * =============
 * Minutes and km between every pair of a list of places, along the best route of the network.
 */
import type { PlaceId } from '../model/ids.ts'
import type { ScenarioNetwork } from './scenario-network.ts'
import { placeIndex } from './find-route.ts'
import { searchFrom } from './shortest-paths.ts'
import {
  matrixRowsRunner,
  matrixTask,
  tableRow,
  totalsScratch,
  totalsTo,
  type MatrixRowsResult,
  type RowLinkFigures,
} from './matrix-rows.ts'
import {
  addedArcs,
  fullSearchFrom,
  indexAdded,
  pathsAvoid,
  rememberSearch,
  searchMayChange,
  worsenedArcs,
} from './network-diff.ts'
import { refuse } from '../errors.ts'
import type { Progress } from '../progress.ts'

export interface TravelMatrix {
  readonly places: readonly PlaceId[]
  /** `minutes[i][j]`: from places[i] to places[j]; null when unreachable. */
  readonly minutes: ReadonlyArray<ReadonlyArray<number | null>>
  readonly km: ReadonlyArray<ReadonlyArray<number | null>>
  /** Minutes of driving on the same routes: road links only, without waits. */
  readonly drivingMinutes: ReadonlyArray<ReadonlyArray<number | null>>
}

/**
 * Up to this many places, a matrix's searches run to the end and their trees are kept for network
 * diffs; past it, rows are a `MatrixTask` (stopped searches, over plain arrays) for the host's runner.
 */
const FULL_SEARCH_PLACES = 5000

/** Most places a matrix takes: one search per place, and the table grows with the square. */
export const MAX_MATRIX_PLACES = 500

/**
 * Matrices already computed are kept in their network's memo (networks never change once built), the
 * latest few place lists: project impacts and comparisons ask for the same side's matrix once per
 * project.
 */
const KEPT_PER_NETWORK = 4

/**
 * The matrix for `placeIds` (unknown ids throw UnknownPlaceError; more than `MAX_MATRIX_PLACES`
 * throws INVALID_OPTION). One search per origin, or none when this network already answered the
 * same list; `progress` hears of each row searched.
 */
export function travelMatrix(network: ScenarioNetwork, placeIds: readonly string[], progress?: Progress): TravelMatrix {
  return kept(network, placeIds) ?? keep(network, placeIds, computeMatrix(network, placeIds, progress))
}

function kept(network: ScenarioNetwork, placeIds: readonly string[]): TravelMatrix | undefined {
  return network.memo.matrices?.get(placeIds.join('\u0000'))
}

function keep(network: ScenarioNetwork, placeIds: readonly string[], matrix: TravelMatrix): TravelMatrix {
  const byPlaces = (network.memo.matrices ??= new Map())
  if (byPlaces.size >= KEPT_PER_NETWORK) byPlaces.delete(byPlaces.keys().next().value!)
  byPlaces.set(placeIds.join('\u0000'), matrix)
  return matrix
}

/**
 * The matrix of `network` over the places of `known`, a matrix of `base` (a network of the same
 * topology that differs in a few links, as a project's networks differ from a scenario's). Rows the
 * difference cannot change are `known`'s; only the others are searched:
 * - when `network` only adds or improves arcs, a row changes only if an added arc helps its search
 *   or ties with it (`searchMayChange`);
 * - when it only closes or slows arcs, a row changes only if its paths in `base` use one of them.
 * Otherwise, or on a large network (where the diffs' full searches cost more than they save), every
 * row is searched.
 */
export function travelMatrixFrom(base: ScenarioNetwork, known: TravelMatrix, network: ScenarioNetwork): TravelMatrix {
  const placeIds = known.places
  const already = kept(network, placeIds)
  if (already) return already
  if (base.placeIds.length > FULL_SEARCH_PLACES || base.topology !== network.topology)
    return travelMatrix(network, placeIds)
  const indices = placeIds.map((id) => placeIndex(network, id, 'places'))
  const rows = new MatrixRows(network, indices)
  const added = addedArcs(base, network)
  const worse = added === null ? worsenedArcs(base, network) : null
  if (added === null && worse === null) return travelMatrix(network, placeIds)
  const index = added && indexAdded(added)
  const targets = new Uint8Array(network.placeIds.length)
  for (const i of indices) targets[i] = 1
  indices.forEach((s, i) => {
    const changes = index
      ? index.list.length > 0 && searchMayChange(base, index, s, targets)
      : !pathsAvoid(fullSearchFrom(base, s), worse!, indices)
    if (changes) rows.search(s)
    else rows.copy(known, i)
  })
  return keep(network, placeIds, rows.matrix(placeIds))
}

/** The matrix computed afresh, never from the kept ones (for the benchmarks). */
export function computeMatrix(
  network: ScenarioNetwork,
  placeIds: readonly string[],
  progress?: Progress,
): TravelMatrix {
  if (placeIds.length > MAX_MATRIX_PLACES)
    throw refuse('INVALID_OPTION', 'places', `${placeIds.length} places; a matrix takes at most ${MAX_MATRIX_PLACES}`)
  const indices = placeIds.map((id) => placeIndex(network, id, 'places'))
  if (network.placeIds.length > FULL_SEARCH_PLACES)
    return fromRows(placeIds, matrixRowsRunner()(matrixTask(network, indices), progress))
  const rows = new MatrixRows(network, indices)
  indices.forEach((s, i) => {
    rows.search(s)
    progress?.(i + 1, indices.length, 'rows')
  })
  return rows.matrix(placeIds)
}

/** A matrix from a task's tables. */
function fromRows(placeIds: readonly string[], result: MatrixRowsResult): TravelMatrix {
  const size = placeIds.length
  const table = (values: Float64Array) => Array.from({ length: size }, (_, r) => tableRow(values, r, size))
  return {
    places: [...placeIds] as PlaceId[],
    minutes: table(result.minutes),
    km: table(result.km),
    drivingMinutes: table(result.driving),
  }
}

/**
 * A matrix of a small network being filled row by row: searched to the end (a full search costs about
 * what a stopped one does there, and is kept for the network diffs of comparisons,
 * `network-diff.ts`), or copied from another matrix over the same places.
 */
class MatrixRows {
  private readonly minutes: Array<ReadonlyArray<number | null>> = []
  private readonly km: Array<ReadonlyArray<number | null>> = []
  private readonly driving: Array<ReadonlyArray<number | null>> = []
  private readonly scratch: ReturnType<typeof totalsScratch>
  private readonly figures: RowLinkFigures
  constructor(
    private readonly network: ScenarioNetwork,
    private readonly indices: readonly number[],
  ) {
    this.scratch = totalsScratch(network.placeIds.length)
    this.figures = matrixTask(network, indices)
  }
  search(s: number): void {
    const { network, scratch } = this
    const tree = searchFrom(network, s)
    rememberSearch(network, tree)
    const { totals, seen, climb } = scratch
    totalsTo(this.figures, tree, this.indices, totals, seen, this.minutes.length + 1, climb)
    const read = (x: number) => (x === Infinity ? null : x)
    this.minutes.push(this.indices.map((t) => read(totals.minutes[t]!)))
    this.km.push(this.indices.map((t) => read(totals.km[t]!)))
    this.driving.push(this.indices.map((t) => read(totals.driving[t]!)))
  }
  copy(from: TravelMatrix, row: number): void {
    this.minutes.push(from.minutes[row]!)
    this.km.push(from.km[row]!)
    this.driving.push(from.drivingMinutes[row]!)
  }
  matrix(placeIds: readonly string[]): TravelMatrix {
    return { places: [...placeIds] as PlaceId[], minutes: this.minutes, km: this.km, drivingMinutes: this.driving }
  }
}
