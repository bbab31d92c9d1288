/**
 * Saved tours
 * ===========
 * A tour a user keeps: its name and notes (one for the tour, one per stop), the whole request that
 * plans it (start, end, sites, locks, days, limits, profile and scenario), and a snapshot of the plan
 * as it was when saved, so opening it later can say what changed (a link that opened since).
 *
 * Stored records are wrapped as `{ schemaVersion, savedAt, data }`. Reading one migrates it from any
 * older version through pure steps; a record from a newer version is reported, never rewritten; a
 * record that does not parse is reported as corrupt (the storage keeps a copy), never dropped silently.
 */
import { z } from 'zod'
import type { Itinerary, ItineraryRequest } from '../itinerary/itinerary.ts'
import type { PlaceId, ProjectId } from '../model/ids.ts'
import type { RoutingOptions } from '../routing/scenario-network.ts'
import type { ScenarioRequest } from '../scenario/scenario.ts'
import { clockTimeSchema } from '../model/place-schema.ts'
import { TRAVEL_PROFILES } from '../model/link.ts'

/** The version of the record format this code writes. */
export const SAVED_TOUR_SCHEMA_VERSION = 2

export const MAX_TOUR_NAME = 200
export const MAX_TOUR_NOTE = 5000
export const MAX_STOP_NOTE = 2000

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id')
  .max(120)
const isoInstant = z.iso.datetime({ offset: true })

export const savedScenarioSchema = z.strictObject({
  preset: z.string().max(40).optional(),
  date: z.iso.date().optional(),
  basis: z.enum(['expected', 'promised']).optional(),
  with: z.array(slug).max(200).optional(),
  without: z.array(slug).max(200).optional(),
  assume: z.record(slug, z.string().regex(/^\d{4}(-\d{2}){0,2}$/)).optional(),
})

export const savedRequestSchema = z.strictObject({
  start: slug,
  end: slug.optional(),
  visit: z.array(slug).max(100),
  optional: z.array(slug).max(100),
  /** First day, `YYYY-MM-DD`. */
  date: z.iso.date(),
  days: z.number().int().min(1).max(7),
  depart: clockTimeSchema.optional(),
  dayWindow: z.tuple([clockTimeSchema, clockTimeSchema]).optional(),
  maxTravelMinutesPerDay: z.number().int().min(1).max(1440).optional(),
  pace: z.number().min(0.5).max(2).optional(),
  locks: z
    .array(
      z.strictObject({
        place: slug,
        at: clockTimeSchema.optional(),
        position: z.number().int().min(1).max(99).optional(),
      }),
    )
    .max(100)
    .optional(),
  profile: z.enum(TRAVEL_PROFILES),
  scenario: savedScenarioSchema,
  /** Since version 2: the lunch break (null for none; absent for the default). */
  lunch: z
    .strictObject({ from: clockTimeSchema, to: clockTimeSchema, minutes: z.number().int().min(0).max(240) })
    .nullable()
    .optional(),
  /** Since version 2: minutes to stay at a place instead of its usual visit. */
  visitMinutes: z.record(slug, z.number().int().min(1).max(1440)).optional(),
  /** Since version 2: the overnight bases in order ('' for the planner's choice). */
  nights: z
    .array(z.union([slug, z.literal('')]))
    .max(6)
    .optional(),
})
export type SavedRequest = z.infer<typeof savedRequestSchema>

export const planSnapshotSchema = z.strictObject({
  feasible: z.boolean(),
  openProjects: z.array(slug).max(500),
  travelMinutes: z.number().min(0),
  totalMinutes: z.number().min(0),
  days: z
    .array(
      z.strictObject({
        date: z.iso.date(),
        depart: clockTimeSchema,
        arrive: clockTimeSchema,
        to: slug,
        stops: z.array(z.strictObject({ place: slug, arrive: clockTimeSchema, depart: clockTimeSchema })).max(100),
      }),
    )
    .max(7),
})
export type PlanSnapshot = z.infer<typeof planSnapshotSchema>

export const savedTourSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'must be 1–80 letters, digits, - or _'),
  name: z
    .string()
    .max(MAX_TOUR_NAME)
    .refine((s) => s.trim().length > 0, 'must not be empty'),
  note: z.string().max(MAX_TOUR_NOTE),
  stopNotes: z.record(slug, z.string().max(MAX_STOP_NOTE)),
  request: savedRequestSchema,
  plan: planSnapshotSchema.nullable(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** Increases by one on every save; a save based on an older revision is refused, not written over. */
  revision: z.number().int().min(1),
})
export type SavedTour = z.infer<typeof savedTourSchema>

/** How a tour is kept in storage. */
export interface StoredTour {
  readonly schemaVersion: number
  readonly savedAt: string
  readonly data: unknown
}

/** One step of the record format, from `from` to `from + 1`; pure. */
export interface TourMigration {
  readonly from: number
  readonly description: string
  readonly migrate: (data: unknown) => unknown
}

/**
 * The migrations of the record format, oldest first; each version adds one step here and a fixture in
 * tests/fixtures/saved-tours/.
 */
export const TOUR_MIGRATIONS: readonly TourMigration[] = [
  {
    from: 1,
    description:
      'version 2 plans a lunch break by default; a version-1 tour was planned without one, so it keeps none (lunch: null)',
    migrate: (data) => {
      if (typeof data !== 'object' || data === null) return data
      const tour = data as { request?: Record<string, unknown> }
      if (typeof tour.request !== 'object' || tour.request === null) return data
      return { ...tour, request: { lunch: null, ...tour.request } }
    },
  },
]

export type ReadTour =
  | { readonly ok: true; readonly tour: SavedTour; readonly migratedFrom: number | null }
  | { readonly ok: false; readonly kind: 'newer'; readonly version: number; readonly id: string | null }
  | { readonly ok: false; readonly kind: 'corrupt'; readonly message: string; readonly id: string | null }

const idOf = (data: unknown): string | null => {
  const id = (data as { id?: unknown } | null)?.id
  return typeof id === 'string' ? id.slice(0, 80) : null
}

/** Wraps a tour for storage. */
export function storedTour(tour: SavedTour, savedAt: string): StoredTour {
  return { schemaVersion: SAVED_TOUR_SCHEMA_VERSION, savedAt, data: tour }
}

/** The first problem zod found, as `field: message`. */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'invalid'
  const path = issue.path.map(String).join('.')
  return `${path || 'record'}: ${issue.message}`
}

/** Reads a stored record: migrates it, or says it is newer or corrupt. Never throws. */
export function readStoredTour(
  raw: unknown,
  migrations: readonly TourMigration[] = TOUR_MIGRATIONS,
  current = SAVED_TOUR_SCHEMA_VERSION,
): ReadTour {
  const envelope = raw as Partial<StoredTour> | null
  if (envelope === null || typeof envelope !== 'object' || Array.isArray(envelope))
    return { ok: false, kind: 'corrupt', message: 'the record is not an object', id: null }
  const version = envelope.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      kind: 'corrupt',
      message: 'schemaVersion: missing or not a positive whole number',
      id: idOf(envelope.data),
    }
  if (version > current) return { ok: false, kind: 'newer', version, id: idOf(envelope.data) }
  let data = envelope.data
  try {
    for (let v = version; v < current; v++) {
      const step = migrations.find((m) => m.from === v)
      if (!step) return { ok: false, kind: 'corrupt', message: `no migration from version ${v}`, id: idOf(data) }
      data = step.migrate(data)
    }
  } catch (error) {
    return {
      ok: false,
      kind: 'corrupt',
      message: `migration failed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`,
      id: idOf(envelope.data),
    }
  }
  const parsed = savedTourSchema.safeParse(data)
  if (!parsed.success) return { ok: false, kind: 'corrupt', message: firstProblem(parsed.error), id: idOf(data) }
  return { ok: true, tour: parsed.data, migratedFrom: version < current ? version : null }
}

/** What the plan looked like, kept with the tour. */
export function snapshotPlan(itinerary: Itinerary): PlanSnapshot {
  return {
    feasible: itinerary.feasible,
    openProjects: [...itinerary.scenario.openProjects],
    travelMinutes: Math.round(itinerary.travelMinutes),
    totalMinutes: Math.round(itinerary.totalMinutes),
    days: itinerary.days.map((d) => ({
      date: d.date,
      depart: d.depart,
      arrive: d.arrive,
      to: d.to,
      stops: d.stops.map((s) => ({ place: s.place, arrive: s.arrive, depart: s.depart })),
    })),
  }
}

/** How the plan of a saved tour differs now from when it was saved. */
export type PlanChange =
  | { readonly kind: 'projects'; readonly opened: readonly ProjectId[]; readonly closed: readonly ProjectId[] }
  | { readonly kind: 'added'; readonly places: readonly PlaceId[] }
  | { readonly kind: 'dropped'; readonly places: readonly PlaceId[] }
  | { readonly kind: 'order' }
  | { readonly kind: 'days'; readonly before: number; readonly after: number }
  | {
      readonly kind: 'times'
      readonly day: number
      readonly before: { readonly depart: string; readonly arrive: string }
      readonly after: { readonly depart: string; readonly arrive: string }
    }
  | { readonly kind: 'feasible'; readonly before: boolean; readonly after: boolean }

/** The differences between a saved plan and the plan made now (empty when nothing changed). */
export function planChanges(before: PlanSnapshot, after: Itinerary): PlanChange[] {
  const now = snapshotPlan(after)
  const changes: PlanChange[] = []
  const opened = now.openProjects.filter((p) => !before.openProjects.includes(p))
  const closed = before.openProjects.filter((p) => !now.openProjects.includes(p))
  if (opened.length || closed.length)
    changes.push({ kind: 'projects', opened: opened as ProjectId[], closed: closed as ProjectId[] })
  if (before.feasible !== now.feasible) changes.push({ kind: 'feasible', before: before.feasible, after: now.feasible })
  const placesOf = (s: PlanSnapshot) => s.days.flatMap((d) => d.stops.map((x) => x.place))
  const b = placesOf(before),
    a = placesOf(now)
  const added = a.filter((p) => !b.includes(p)),
    dropped = b.filter((p) => !a.includes(p))
  if (added.length) changes.push({ kind: 'added', places: added as PlaceId[] })
  if (dropped.length) changes.push({ kind: 'dropped', places: dropped as PlaceId[] })
  const common = (xs: string[], ys: string[]) => xs.filter((x) => ys.includes(x))
  if (common(b, a).join() !== common(a, b).join()) changes.push({ kind: 'order' })
  if (before.days.length !== now.days.length)
    changes.push({ kind: 'days', before: before.days.length, after: now.days.length })
  now.days.forEach((d, i) => {
    const was = before.days[i]
    if (was && (was.depart !== d.depart || was.arrive !== d.arrive))
      changes.push({
        kind: 'times',
        day: i + 1,
        before: { depart: was.depart, arrive: was.arrive },
        after: { depart: d.depart, arrive: d.arrive },
      })
  })
  return changes
}

/** The core's request, routing options and scenario for a saved request. */
export function requestOf(saved: SavedRequest): {
  request: ItineraryRequest
  options: RoutingOptions
  scenario: ScenarioRequest
} {
  return {
    request: {
      start: saved.start,
      ...(saved.end !== undefined && { end: saved.end }),
      visit: saved.visit,
      optional: saved.optional,
      date: saved.date,
      days: saved.days,
      ...(saved.depart !== undefined && { depart: saved.depart }),
      ...(saved.dayWindow !== undefined && { dayWindow: saved.dayWindow }),
      ...(saved.maxTravelMinutesPerDay !== undefined && { maxTravelMinutesPerDay: saved.maxTravelMinutesPerDay }),
      ...(saved.pace !== undefined && { pace: saved.pace }),
      ...(saved.locks !== undefined && { locks: saved.locks }),
      ...(saved.lunch !== undefined && { lunch: saved.lunch }),
      ...(saved.visitMinutes !== undefined && { visitMinutes: saved.visitMinutes }),
      ...(saved.nights !== undefined && { nights: saved.nights }),
    },
    options: { profile: saved.profile },
    scenario: saved.scenario,
  }
}
