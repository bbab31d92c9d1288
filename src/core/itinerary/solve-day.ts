/**
 * Solve a day: the exact solver up to 12 stops, the heuristic beyond.
 */
import type { DayProblem, DaySchedule } from './day-problem.ts'
import { EXACT_LIMIT, solveDayExact } from './solve-day-exact.ts'
import { solveDayHeuristic } from './solve-day-heuristic.ts'

export function solveDay(p: DayProblem): { schedule: DaySchedule | null; method: 'exact' | 'heuristic' } {
  return p.n <= EXACT_LIMIT
    ? { schedule: solveDayExact(p), method: 'exact' }
    : { schedule: solveDayHeuristic(p), method: 'heuristic' }
}
