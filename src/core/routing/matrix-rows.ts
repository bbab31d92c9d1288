/**
 * Matrix rows
 * ===========
 * The rows of a travel matrix as a task over plain typed arrays: one search per row, stopped once
 * every column's place is settled, then minutes, km and driving minutes summed down the tree to each
 * column. A task holds nothing of the dataset but numbers, so a host may copy it into shared memory
 * and hand its rows to other threads (the command line does: `src/cli/parallel-rows.ts`). Every
 * thread runs this same code, so a row is the same whichever thread computes it.
 */
import type { Progress } from '../progress.ts'
import type { ScenarioNetwork } from './scenario-network.ts'
import { searchFrom, targetSet, type SearchGraph, type SearchTree, type TargetSet } from './shortest-paths.ts'

/** The link figures a row sums along its routes. */
export interface RowLinkFigures {
  readonly arcLink: Int32Array
  /** Minutes of travel on each link, and waited before it (the scenario's). */
  readonly linkTravelMinutes: Float64Array
  readonly linkWaitMinutes: Float64Array
  readonly linkKm: Float64Array
  /** 1 for a road link: its minutes are driving minutes. */
  readonly linkIsRoad: Uint8Array
}

/** A matrix to compute: the network's arrays and the places of its rows, which are also its columns. */
export interface MatrixTask extends SearchGraph, RowLinkFigures {
  /** Place indices, in the matrix's order. */
  readonly places: Int32Array
}

/**
 * A task's answer: row-major tables of `places.length` squared (row r, column c at r × length + c);
 * Infinity where a column's place cannot be reached.
 */
export interface MatrixRowsResult {
  readonly minutes: Float64Array
  readonly km: Float64Array
  readonly driving: Float64Array
}

/** The task of `network`'s matrix over `places` (indices): views of its arrays, nothing copied. */
export function matrixTask(network: ScenarioNetwork, places: readonly number[]): MatrixTask {
  const { arcStart, arcTarget, arcLink, arcCost, placeRank, linkTravelMinutes, linkWaitMinutes } = network
  const { linkKm, linkIsRoad } = network.topology
  const list = Int32Array.from(places)
  return {
    arcStart,
    arcTarget,
    arcLink,
    arcCost,
    placeRank,
    linkTravelMinutes,
    linkWaitMinutes,
    linkKm,
    linkIsRoad,
    places: list,
  }
}

/** Row `r` of a task's table as a matrix's cells: null where the place cannot be reached. */
export function tableRow(table: Float64Array, r: number, size: number): Array<number | null> {
  return Array.from(table.subarray(r * size, (r + 1) * size), (x) => (x === Infinity ? null : x))
}

/** Empty tables for a task of `size` places. */
export function matrixRowsResult(size: number): MatrixRowsResult {
  return {
    minutes: new Float64Array(size * size),
    km: new Float64Array(size * size),
    driving: new Float64Array(size * size),
  }
}

/** Minutes, km and driving minutes to every place on the walked paths (scratch of one row). */
export interface Totals {
  readonly minutes: Float64Array
  readonly km: Float64Array
  readonly driving: Float64Array
}

/**
 * Minutes, km and driving minutes from the tree's source to each of `targets` (Infinity when
 * unreached), summed along the tree from the source down, as a route's legs add up. Only the paths to
 * the targets are walked: each place on them once per row (`seen` holds the row's `mark`).
 */
export function totalsTo(
  figures: RowLinkFigures,
  tree: SearchTree,
  targets: ArrayLike<number>,
  out: Totals,
  seen: Int32Array,
  mark: number,
  climb: Int32Array,
): void {
  const { arcLink, linkTravelMinutes: travel, linkWaitMinutes: wait, linkKm, linkIsRoad } = figures
  const { viaArc, arcSource, cost } = tree
  out.minutes[tree.source] = out.km[tree.source] = out.driving[tree.source] = 0
  seen[tree.source] = mark
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i]!
    if (seen[t] === mark) continue
    if (cost[t] === Infinity) {
      out.minutes[t] = out.km[t] = out.driving[t] = Infinity
      seen[t] = mark
      continue
    }
    let depth = 0
    for (let v = t; seen[v] !== mark; v = arcSource[viaArc[v]!]!) climb[depth++] = v
    for (let k = depth - 1; k >= 0; k--) {
      const v = climb[k]!,
        a = viaArc[v]!,
        p = arcSource[a]!,
        li = arcLink[a]!
      out.minutes[v] = out.minutes[p]! + travel[li]! + wait[li]!
      out.km[v] = out.km[p]! + linkKm[li]!
      out.driving[v] = out.driving[p]! + (linkIsRoad[li] ? travel[li]! : 0)
      seen[v] = mark
    }
  }
}

/** Scratch for walking trees on a network of `placeCount` places. */
export function totalsScratch(placeCount: number): { totals: Totals; seen: Int32Array; climb: Int32Array } {
  return {
    totals: {
      minutes: new Float64Array(placeCount),
      km: new Float64Array(placeCount),
      driving: new Float64Array(placeCount),
    },
    seen: new Int32Array(placeCount),
    climb: new Int32Array(placeCount),
  }
}

/** Computes a task's rows one at a time, reusing its arrays from row to row (one per thread). */
export class RowSearcher {
  private readonly scratch: ReturnType<typeof totalsScratch>
  private readonly stops: TargetSet
  private tree: SearchTree | undefined
  private rowsDone = 0
  constructor(private readonly task: MatrixTask) {
    const n = task.placeRank.length
    this.scratch = totalsScratch(n)
    this.stops = targetSet(n, task.places)
  }
  /** Fills row `r` of `out`. */
  row(r: number, out: MatrixRowsResult): void {
    const { task, scratch } = this
    const { places } = task
    this.tree = searchFrom(task, places[r]!, { targets: this.stops, reuse: this.tree })
    totalsTo(task, this.tree, places, scratch.totals, scratch.seen, ++this.rowsDone, scratch.climb)
    const { minutes, km, driving } = scratch.totals
    const at = r * places.length
    for (let c = 0; c < places.length; c++) {
      const t = places[c]!
      out.minutes[at + c] = minutes[t]!
      out.km[at + c] = km[t]!
      out.driving[at + c] = driving[t]!
    }
  }
}

/** Computes every row of a task; `progress` hears of each. */
export type MatrixRowsRunner = (task: MatrixTask, progress?: Progress) => MatrixRowsResult

/** Every row in this thread, in order. */
export const rowsHere: MatrixRowsRunner = (task, progress) => {
  const size = task.places.length
  const out = matrixRowsResult(size)
  const searcher = new RowSearcher(task)
  for (let r = 0; r < size; r++) {
    searcher.row(r, out)
    progress?.(r + 1, size, 'rows')
  }
  return out
}

let runner: MatrixRowsRunner = rowsHere

/**
 * Lets a host compute the rows of large matrices its own way (the command line spreads them over
 * threads); null restores `rowsHere`. Whatever runs them must give `rowsHere`'s tables.
 */
export function setMatrixRowsRunner(next: MatrixRowsRunner | null): void {
  runner = next ?? rowsHere
}

/** The runner large matrices use now. */
export function matrixRowsRunner(): MatrixRowsRunner {
  return runner
}
