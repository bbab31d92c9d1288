/**
 * Travel profiles
 * ===============
 * How a car, a tour coach and a motorbike use the network, as one rule table: every profile in
 * `TRAVEL_PROFILES` must have a row (the type checker says so), so a new profile cannot silently
 * inherit another's rules. The factors are our estimates (documented in docs/decisions/0002-routing.md),
 * applied to road links only; boats and trains run to their own time.
 */
import type { Link } from '../dataset/dataset.ts'
import type { RoadClass, TRAVEL_PROFILES } from '../model/link.ts'

export type TravelProfile = (typeof TRAVEL_PROFILES)[number]

export interface ProfileRules {
  /** Road classes the profile may not use (motorbikes on expressways, by Vietnamese law). */
  readonly forbiddenRoadClasses: readonly RoadClass[]
  /** Speed against a car's on a road of this class (1 = as fast); `defaultSpeedFactor` elsewhere. */
  readonly speedFactor: Partial<Record<RoadClass, number>>
  readonly defaultSpeedFactor: number
  /** Highest speed in km/h, or null for none beyond the road's. */
  readonly maxKmh: number | null
}

export const PROFILE_RULES: Readonly<Record<TravelProfile, ProfileRules>> = {
  car: { forbiddenRoadClasses: [], speedFactor: {}, defaultSpeedFactor: 1, maxKmh: null },
  // A coach is slower than a car, more so on narrow local roads.
  coach: {
    forbiddenRoadClasses: [],
    speedFactor: { local: 0.8, 'relic-road': 0.8 },
    defaultSpeedFactor: 0.9,
    maxKmh: null,
  },
  // Motorbikes may not use expressways in Vietnam, and ride at most 50 km/h.
  motorbike: { forbiddenRoadClasses: ['expressway'], speedFactor: {}, defaultSpeedFactor: 1, maxKmh: 50 },
}

/** True when the profile may use the link at all. */
export function profileAllows(profile: TravelProfile, link: Link): boolean {
  if (link.closedTo?.includes(profile)) return false
  const rules = PROFILE_RULES[profile]
  if (link.mode === 'road' && link.road?.class && rules.forbiddenRoadClasses.includes(link.road.class)) return false
  return true
}

/**
 * Minutes the profile needs to travel a road link whose car time is `carMinutes` over `km`.
 * Waterway and rail links are returned unchanged.
 */
export function profileMinutes(profile: TravelProfile, link: Link, km: number, carMinutes: number): number {
  if (link.mode !== 'road') return carMinutes
  const rules = PROFILE_RULES[profile]
  const factor = (link.road?.class && rules.speedFactor[link.road.class]) ?? rules.defaultSpeedFactor
  const minutes = carMinutes / factor
  if (rules.maxKmh === null || minutes <= 0) return minutes
  return (km / minutes) * 60 > rules.maxKmh ? (km / rules.maxKmh) * 60 : minutes
}
