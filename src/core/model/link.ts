/**
 * Link
 * ====
 * An edge of the network: a road, waterway or rail segment between two places, existing or
 * belonging to a project. The plain vocabularies and speed ranges are here; the record's schema is in
 * `link-schema.ts` (the page's first download needs these, not zod).
 */

/**
 * How a link is travelled. A cable car carries people, not their vehicle: a car or coach waits at
 * the lower station (the data keeps cable cars at dead ends, so no route leaves its vehicle behind).
 */
export const LINK_MODES = ['road', 'waterway', 'rail', 'cable-car'] as const
export type LinkMode = (typeof LINK_MODES)[number]

/** A mode as a traveller names it, in both languages (roadbooks and exports). */
export const LINK_MODE_NAMES: Record<LinkMode, { readonly vi: string; readonly en: string }> = {
  road: { vi: 'đường bộ', en: 'road' },
  waterway: { vi: 'thuyền', en: 'boat' },
  rail: { vi: 'tàu hỏa', en: 'train' },
  'cable-car': { vi: 'cáp treo', en: 'cable car' },
}

/** Road classes, each with the effective car speed range we accept without a warning (km/h). */
export const ROAD_CLASS_SPEEDS_KMH = {
  expressway: [60, 100],
  'national-4-lane': [40, 70],
  'national-2-lane': [25, 55],
  provincial: [25, 55],
  local: [10, 40],
  'relic-road': [10, 35],
} as const satisfies Record<string, readonly [number, number]>
export type RoadClass = keyof typeof ROAD_CLASS_SPEEDS_KMH

/**
 * Effective speeds by mode, km/h, whether given as `speedKmh` or as `km` and `minutes`: outside
 * `possible` is physically absurd (an error: a dataset cannot load with it); outside `usual` is odd
 * (a warning). Road classes have their own narrower ranges above.
 */
export const MODE_SPEEDS_KMH: Readonly<
  Record<LinkMode, { readonly possible: readonly [number, number]; readonly usual: readonly [number, number] }>
> = {
  road: { possible: [1, 200], usual: [5, 120] },
  waterway: { possible: [1, 100], usual: [3, 60] },
  rail: { possible: [1, 400], usual: [10, 160] },
  'cable-car': { possible: [0.5, 50], usual: [2, 30] },
}

export const TRAVEL_PROFILES = ['car', 'coach', 'motorbike'] as const

/** Causes of a link's fixed wait, and how a route's wait leg says each. */
export const WAIT_CAUSES = ['one-lane-bridge'] as const
export type WaitCause = (typeof WAIT_CAUSES)[number]
export const WAIT_CAUSE_NOTES: Readonly<Record<WaitCause, string>> = {
  'one-lane-bridge': 'waiting at the one-lane bridge',
}

/** Fields of a link that may carry their own provenance note. */
export const LINK_FACT_FIELDS = [
  'km',
  'speedKmh',
  'minutes',
  'waitMinutes',
  'service',
  'geometry',
  'road',
  'fare',
  'walkMinutes',
] as const

export type { LinkRecord } from './link-schema.ts'
