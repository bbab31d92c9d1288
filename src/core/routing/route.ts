/**
 * Route
 * =====
 * The answer to "how do I get from A to B": legs in order, totals, the projects it relies on, and
 * the scenario it was computed on. "No route" is an answer too, with its reason.
 */
import type { ProjectStatus } from '../model/project.ts'
import type { TravelProfile } from './travel-profile.ts'
import type { LinkId, PlaceId, ProjectId } from '../model/ids.ts'
import type { LinkMode } from '../model/link.ts'
import type { Scenario } from '../scenario/scenario.ts'
import type { ResolvedRoutingOptions } from './scenario-network.ts'

/** One step of a route: travelling a link, or waiting before one. */
export interface RouteLeg {
  readonly kind: 'travel' | 'wait'
  readonly link: LinkId
  readonly from: PlaceId
  readonly to: PlaceId
  readonly mode: LinkMode
  /** Road reference such as `QL18`, or null. */
  readonly ref: string | null
  readonly km: number
  readonly minutes: number
  /** The project the link belongs to (or that upgraded it in this scenario), or null. */
  readonly project: ProjectId | null
  /** True when the length, speed, time or wait is our estimate. */
  readonly estimated: boolean
  /** For a wait: why (`boarding and waiting for the boat…`). */
  readonly note: string | null
}

/** A project a route relies on, described for people. */
export interface ProjectUse {
  readonly id: ProjectId
  readonly name: string
  readonly status: ProjectStatus | 'unknown'
  /** "opened Jul 2025", "expected 2028 (estimate)", "no date announced". */
  readonly when: string
  /** "uses Đồng Việt bridge and approaches, opened Jul 2025". */
  readonly sentence: string
}

export interface FoundRoute {
  readonly reachable: true
  readonly from: PlaceId
  readonly to: PlaceId
  readonly minutes: number
  readonly km: number
  /** Places in order, start and end included. */
  readonly places: readonly PlaceId[]
  readonly legs: readonly RouteLeg[]
  /** Ids of the projects used, sorted. */
  readonly projects: readonly ProjectId[]
  readonly projectUses: readonly ProjectUse[]
  /** Minutes of the route that are estimates. */
  readonly estimatedMinutes: number
  readonly scenario: Scenario
  readonly options: ResolvedRoutingOptions
}

/** Why there is no route, as data (the web app words it in either language). */
export type NoRouteCause =
  | { readonly kind: 'needs-projects'; readonly projects: readonly ProjectId[] }
  | { readonly kind: 'modes'; readonly allowed: readonly LinkMode[] }
  /** Connected only by links closed to this profile (`everyProfile`: closed to every vehicle). */
  | { readonly kind: 'profile'; readonly profile: TravelProfile; readonly everyProfile: boolean }
  | { readonly kind: 'disconnected' }

export interface NoRoute {
  readonly reachable: false
  readonly from: PlaceId
  readonly to: PlaceId
  /** Why, in one English sentence. */
  readonly reason: string
  readonly cause: NoRouteCause
  /** Projects that would connect the two places (with every other open project kept), if any. */
  readonly wouldConnect: readonly ProjectId[]
  readonly scenario: Scenario
  readonly options: ResolvedRoutingOptions
}

export type RouteResult = FoundRoute | NoRoute
