/**
 * Itinerary types
 * ===============
 * What the planner is asked, and what it answers: days of stops with arrival and departure times,
 * legs, dropped sites with reasons, and warnings.
 */
import type { LinkId, PlaceId, ProjectId } from '../model/ids.ts'
import type { Scenario } from '../scenario/scenario.ts'

export interface ItineraryRequest {
  readonly start: string
  /** Where the trip ends; the start when absent. */
  readonly end?: string
  /** Must-see places. */
  readonly visit: readonly string[]
  /** Places to fit in if possible. */
  readonly optional?: readonly string[]
  /** First day, `YYYY-MM-DD`. */
  readonly date: string
  /** Departure on the first day, `HH:MM`; the start of the day window when absent. */
  readonly depart?: string
  readonly days?: number
  /** Daily window `[from, to]`, `HH:MM`; default 07:00–19:00. */
  readonly dayWindow?: readonly [string, string]
  /** Most minutes of travel per day; default 360. */
  readonly maxTravelMinutesPerDay?: number
  /** Visit durations are multiplied by this (0.5 brisk … 2 leisurely); default 1. */
  readonly pace?: number
}

export interface ItineraryStop {
  readonly place: PlaceId
  readonly arrive: string
  /** When the visit starts (later than arrival when waiting for opening). */
  readonly start: string
  readonly depart: string
  readonly waitMinutes: number
  readonly visitMinutes: number
  /** False when the place's opening hours are unknown or estimated. */
  readonly hoursVerified: boolean
  /** A festival under way that day, if any. */
  readonly festival: string | null
}

export interface ItineraryLeg {
  /** Links travelled, in order (for drawing the leg on a map). */
  readonly links: readonly LinkId[]
  readonly from: PlaceId
  readonly to: PlaceId
  readonly depart: string
  readonly arrive: string
  readonly minutes: number
  readonly km: number
  readonly modes: readonly string[]
  readonly projects: readonly ProjectId[]
  readonly estimated: boolean
}

export interface ItineraryDay {
  readonly day: number
  readonly date: string
  readonly from: PlaceId
  /** Where the day ends: the overnight base, or the trip's end on the last day. */
  readonly to: PlaceId
  readonly depart: string
  readonly arrive: string
  readonly stops: readonly ItineraryStop[]
  readonly legs: readonly ItineraryLeg[]
  readonly travelMinutes: number
}

export interface DroppedPlace {
  readonly place: PlaceId
  readonly mustSee: boolean
  readonly reason: string
}

export interface Itinerary {
  /** True when every must-see place is in the plan. */
  readonly feasible: boolean
  /** Places visited, in order, without start and end. */
  readonly order: readonly PlaceId[]
  readonly days: readonly ItineraryDay[]
  readonly travelMinutes: number
  /** From the first departure to the final arrival. */
  readonly totalMinutes: number
  readonly dropped: readonly DroppedPlace[]
  readonly warnings: readonly string[]
  /** `exact` when every day was solved exactly (up to 12 candidate stops), else `heuristic`. */
  readonly method: 'exact' | 'heuristic'
  readonly scenario: Scenario
}
