/**
 * Itinerary types
 * ===============
 * What the planner is asked, and what it answers: days of stops with arrival and departure times,
 * legs, dropped sites with reasons, and warnings.
 */
import type { LinkId, PlaceId, ProjectId } from '../model/ids.ts'
import type { LinkMode } from '../model/link.ts'
import type { RouteLeg } from '../routing/route.ts'
import type { Scenario } from '../scenario/scenario.ts'
import type { LocalizedText } from '../model/common.ts'

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
  /**
   * Places locked to a visit start (`at`, HH:MM: a ceremony, a booked slot) or to a place in the day's
   * order (`position`, 1 = first visit of its day). A locked place is a must-see.
   */
  readonly locks?: ReadonlyArray<{ readonly place: string; readonly at?: string; readonly position?: number }>
  /**
   * A lunch break of `minutes`, starting between `from` and `to` (`HH:MM`), taken at a stop and never
   * during a visit; default 60 minutes from 11:00 to 13:30; null for none.
   */
  readonly lunch?: { readonly from: string; readonly to: string; readonly minutes: number } | null
  /** Minutes to spend at a place instead of its usual visit length (not scaled by `pace`). */
  readonly visitMinutes?: Readonly<Record<string, number>>
  /** Where to spend each night, in order; an empty string leaves that night to the planner. */
  readonly nights?: readonly string[]
}

export interface ItineraryStop {
  readonly place: PlaceId
  readonly arrive: string
  /** When the visit starts (later than arrival when waiting for opening). */
  readonly start: string
  readonly depart: string
  readonly waitMinutes: number
  /** What the visit waits for: the place to open, or the start time it is locked to; null without a wait. */
  readonly waitFor: 'opening' | 'lock' | null
  readonly visitMinutes: number
  /** False when the place's opening hours are unknown or estimated. */
  readonly hoursVerified: boolean
  /** A festival under way that day, if any. */
  readonly festival: LocalizedText | null
}

export interface ItineraryLeg {
  /** Links travelled, in order (for drawing the leg on a map). */
  readonly links: readonly LinkId[]
  /** The drive step by step: each link travelled and each wait (boarding, a one-lane bridge). */
  readonly steps: readonly RouteLeg[]
  readonly from: PlaceId
  readonly to: PlaceId
  readonly depart: string
  readonly arrive: string
  readonly minutes: number
  /** Of `minutes`, those spent driving on roads (no boat, train, cable car or wait). */
  readonly drivingMinutes: number
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
  /** Minutes of driving (road links only): what the daily limit counts. */
  readonly drivingMinutes: number
  /** The day's lunch break: at a stop, on arrival (`before` the visit) or `after` it; null when none. */
  readonly lunch: {
    readonly place: PlaceId
    readonly when: 'before' | 'after'
    readonly start: string
    readonly end: string
  } | null
}

/** Why a place was left out, as data (the web app words it in either language). */
export type DropCause =
  | { readonly kind: 'no-route' }
  | { readonly kind: 'closed'; readonly weekdays: readonly string[] }
  | { readonly kind: 'too-short'; readonly visitMinutes: number }
  | { readonly kind: 'closes'; readonly close: string; readonly lastEntry: string | null }
  | { readonly kind: 'no-day' }
  | {
      readonly kind: 'ends-late'
      readonly extraMinutes: number
      readonly endsAt: string
      readonly nextDay: boolean
      readonly windowEnd: string
    }
  | { readonly kind: 'travel-limit'; readonly extraMinutes: number; readonly limitMinutes: number }
  | { readonly kind: 'worth-less'; readonly extraMinutes: number }
  /** Locked to a start time at which it is not open for the visit. */
  | { readonly kind: 'lock-closed'; readonly at: string; readonly visitMinutes: number }
  /** Locked to a start time earlier than the earliest arrival. */
  | { readonly kind: 'lock-unreachable'; readonly at: string; readonly earliest: string }
  /** Fitting it in would push another visit out of its opening hours or its locked time. */
  | { readonly kind: 'conflicts'; readonly place: PlaceId; readonly why: 'hours' | 'lock' }
  /** Fitting it in would leave no slot for the lunch break in its window. */
  | { readonly kind: 'lunch'; readonly from: string; readonly to: string }

export interface DroppedPlace {
  readonly place: PlaceId
  readonly mustSee: boolean
  /** One English sentence. */
  readonly reason: string
  readonly cause: DropCause
}

/** A warning as data, one per line of `warnings` (the web app words it in either language). */
export type ItineraryNote =
  | { readonly kind: 'missing'; readonly places: readonly PlaceId[] }
  | {
      readonly kind: 'festival'
      readonly place: PlaceId
      readonly festival: LocalizedText
      readonly start: string
      readonly end: string
      readonly date: string
    }
  | {
      readonly kind: 'wait'
      readonly place: PlaceId
      readonly arrive: string
      readonly minutes: number
      /** Waiting for the place to open, or for the start time the visit is locked to. */
      readonly reason: 'opening' | 'lock'
    }
  | { readonly kind: 'no-route'; readonly from: PlaceId; readonly to: PlaceId }
  | {
      readonly kind: 'service'
      readonly mode: Exclude<LinkMode, 'road'>
      readonly from: PlaceId
      readonly headwayMinutes: number | null
      readonly waitMinutes: number
      /** The service's daily hours (`HH:MM-HH:MM`), where the data gives them. */
      readonly hours: readonly string[]
    }
  | { readonly kind: 'unopened'; readonly project: ProjectId; readonly date: string }
  /** Everything fits in fewer days than were asked for. */
  | { readonly kind: 'fewer-days'; readonly asked: number; readonly planned: number }
  | { readonly kind: 'unverified'; readonly places: readonly PlaceId[] }
  | { readonly kind: 'estimates'; readonly estimatedMinutes: number; readonly travelMinutes: number }

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
  /** Warnings in English, one per line. */
  readonly warnings: readonly string[]
  /** The same warnings as data, in the same order. */
  readonly notes: readonly ItineraryNote[]
  /** `exact` when every day was solved exactly (up to 12 candidate stops), else `heuristic`. */
  readonly method: 'exact' | 'heuristic'
  readonly scenario: Scenario
}
