/**
 * Heritage value
 * ==============
 * How much a visit to a site is worth when the planner must choose, and when comparisons weight
 * site pairs. The weights are our convention (docs/decisions/0004-itineraries.md).
 */
import type { Place } from '../dataset/dataset.ts'

export const HERITAGE_WEIGHTS = {
  unesco: 4,
  'special-national': 3,
  national: 2,
  provincial: 1,
  other: 0.5,
} as const

/** A place's weight: UNESCO components 4, special national relics 3, national 2, provincial 1, other 0.5. */
export function heritageValue(place: Place): number {
  if (place.heritage?.unescoComponent) return HERITAGE_WEIGHTS.unesco
  const rank = place.heritage?.rank
  if (rank === 'special-national' || rank === 'national' || rank === 'provincial') return HERITAGE_WEIGHTS[rank]
  return HERITAGE_WEIGHTS.other
}
