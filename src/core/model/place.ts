/**
 * Place
 * =====
 * A node of the network: heritage site, city, town, wharf, station or junction, with visitor facts.
 * The plain vocabularies and defaults are here; the record's schema is in `place-schema.ts` (the page's
 * first download needs these, not zod).
 */
import type { PlaceId } from './ids.ts'

export const PLACE_KINDS = ['heritage-site', 'city', 'town', 'wharf', 'station', 'junction', 'place'] as const
export type PlaceKind = (typeof PLACE_KINDS)[number]

/**
 * Minutes a visit takes when the record does not say: a heritage site or a generic place takes an hour,
 * a place you only pass through takes none.
 */
export const DEFAULT_VISIT_MINUTES: Readonly<Record<PlaceKind, number>> = {
  'heritage-site': 60,
  place: 60,
  city: 0,
  town: 0,
  wharf: 0,
  station: 0,
  junction: 0,
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** Fields of a place that may carry their own provenance note. */
export const PLACE_FACT_FIELDS = ['position', 'visitMinutes', 'province', 'heritage', 'lodging', 'description'] as const

export type { Fee, Festival, OpeningHours, PlaceRecord, ReferencePosition } from './place-schema.ts'
export type { PlaceId }
