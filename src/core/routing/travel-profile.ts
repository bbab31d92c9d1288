/**
 * Travel profiles
 * ===============
 * How a car, a tour coach and a motorbike use the network. The factors are our estimates (documented
 * in docs/decisions/0002-routing.md), applied to road links only; boats and trains run to their own time.
 */
import type { Link } from '../dataset/dataset.ts'
import type { RoadClass } from '../model/link.ts'

export type TravelProfile = 'car' | 'coach' | 'motorbike'

/** Speed factor of a coach by road class: slower than a car, more so on narrow local roads. */
const COACH_FACTOR: Partial<Record<RoadClass, number>> = { local: 0.8, 'relic-road': 0.8 }
const COACH_DEFAULT_FACTOR = 0.9
/** Motorbikes may not use expressways in Vietnam, and ride at most this fast. */
const MOTORBIKE_MAX_KMH = 50

/** True when the profile may use the link at all. */
export function profileAllows(profile: TravelProfile, link: Link): boolean {
  if (link.closedTo?.includes(profile)) return false
  if (profile === 'motorbike' && link.mode === 'road' && link.road?.class === 'expressway') return false
  return true
}

/**
 * Minutes the profile needs to travel a road link whose car time is `carMinutes` over `km`.
 * Waterway and rail links are returned unchanged.
 */
export function profileMinutes(profile: TravelProfile, link: Link, km: number, carMinutes: number): number {
  if (link.mode !== 'road' || profile === 'car') return carMinutes
  if (profile === 'coach') {
    const factor = (link.road?.class && COACH_FACTOR[link.road.class]) ?? COACH_DEFAULT_FACTOR
    return carMinutes / factor
  }
  const carKmh = (km / carMinutes) * 60
  return carKmh > MOTORBIKE_MAX_KMH ? (km / MOTORBIKE_MAX_KMH) * 60 : carMinutes
}
