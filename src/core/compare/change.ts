/**
 * Change
 * ======
 * What "faster" and "slower" mean, once for the whole product: a trip between two places changes
 * when its best travel time moves by more than half a minute, or when a route appears or vanishes.
 * Every comparison (pairs, project impacts, delays, closed links) counts its trips with these rules,
 * in both directions, so no answer can report only the good news.
 */
import { heritageValue } from '../itinerary/heritage-value.ts'
import type { Place } from '../dataset/dataset.ts'

/** A change smaller than this many minutes is "the same" (below the precision of our estimates). */
export const CHANGE_THRESHOLD_MINUTES = 0.5

/**
 * A trip is "within one day's reach" when its one-way travel time is at most this: three hours each
 * way leave about six hours on site in a 07:00–19:00 day. Our convention, stated wherever it is used.
 */
export const DAY_REACH_MINUTES = 180

/** How one trip changed from "before" to "after". */
export type ChangeKind = 'faster' | 'slower' | 'connected' | 'disconnected' | 'same' | 'unreachable'

/** Every change kind, in the order summaries list them. */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'faster',
  'slower',
  'connected',
  'disconnected',
  'same',
  'unreachable',
]

/** The kind of change between two travel times (null: no route). */
export function classifyChange(beforeMinutes: number | null, afterMinutes: number | null): ChangeKind {
  if (beforeMinutes === null) return afterMinutes === null ? 'unreachable' : 'connected'
  if (afterMinutes === null) return 'disconnected'
  const saved = beforeMinutes - afterMinutes
  if (saved > CHANGE_THRESHOLD_MINUTES) return 'faster'
  if (saved < -CHANGE_THRESHOLD_MINUTES) return 'slower'
  return 'same'
}

/** The kind seen from the other side: what "before → after" is when read "after → before". */
export function reverseChange(kind: ChangeKind): ChangeKind {
  switch (kind) {
    case 'faster':
      return 'slower'
    case 'slower':
      return 'faster'
    case 'connected':
      return 'disconnected'
    case 'disconnected':
      return 'connected'
    default:
      return kind
  }
}

/** The least a changed trip must carry for a summary. */
export interface TripTimes {
  readonly beforeMinutes: number | null
  readonly afterMinutes: number | null
  /** Weight of the trip (mean heritage value of its two places); used only for the labelled secondary figure. */
  readonly weight: number
  /** True when both places are heritage sites (for the "within a day's reach" share). */
  readonly heritagePair: boolean
}

/** Counts of trips by kind, and the minutes they gained or lost, in units a planner reads. */
export interface ChangeSummary {
  /** Trips compared. */
  readonly trips: number
  readonly faster: number
  readonly slower: number
  readonly connected: number
  readonly disconnected: number
  readonly same: number
  /** Trips with no route on either side. */
  readonly unreachable: number
  /** Σ minutes saved over the faster trips (≥ 0). */
  readonly minutesSavedOnFaster: number
  /** Σ minutes lost over the slower trips (≥ 0). */
  readonly minutesLostOnSlower: number
  /** Mean minutes saved per faster trip; 0 when none. */
  readonly meanMinutesSavedPerFasterTrip: number
  /** Mean minutes lost per slower trip; 0 when none. */
  readonly meanMinutesLostPerSlowerTrip: number
  /** Net trip-minutes saved over the trips reachable on both sides (saved − lost, every trip made once). */
  readonly netTripMinutes: number
  /** Secondary: Σ weight × minutes saved (net) over trips reachable on both sides. */
  readonly weightedNetMinutes: number
  /** Heritage-site pairs compared, and how many are within a day's reach before and after. */
  readonly heritagePairs: number
  readonly withinDayBefore: number
  readonly withinDayAfter: number
}

/** Adds up trips by kind. Swapping before and after swaps faster/slower and connected/disconnected. */
export function summarizeChanges(trips: Iterable<TripTimes>): ChangeSummary {
  const count: Record<ChangeKind, number> = {
    faster: 0,
    slower: 0,
    connected: 0,
    disconnected: 0,
    same: 0,
    unreachable: 0,
  }
  let saved = 0,
    lost = 0,
    net = 0,
    weighted = 0,
    total = 0,
    heritagePairs = 0,
    withinBefore = 0,
    withinAfter = 0
  for (const t of trips) {
    total++
    const kind = classifyChange(t.beforeMinutes, t.afterMinutes)
    count[kind]++
    if (t.beforeMinutes !== null && t.afterMinutes !== null) {
      const d = t.beforeMinutes - t.afterMinutes
      net += d
      weighted += t.weight * d
      if (kind === 'faster') saved += d
      else if (kind === 'slower') lost -= d
    }
    if (t.heritagePair) {
      heritagePairs++
      if (t.beforeMinutes !== null && t.beforeMinutes <= DAY_REACH_MINUTES) withinBefore++
      if (t.afterMinutes !== null && t.afterMinutes <= DAY_REACH_MINUTES) withinAfter++
    }
  }
  return {
    trips: total,
    ...count,
    minutesSavedOnFaster: saved,
    minutesLostOnSlower: lost,
    meanMinutesSavedPerFasterTrip: count.faster > 0 ? saved / count.faster : 0,
    meanMinutesLostPerSlowerTrip: count.slower > 0 ? lost / count.slower : 0,
    netTripMinutes: net,
    weightedNetMinutes: weighted,
    heritagePairs,
    withinDayBefore: withinBefore,
    withinDayAfter: withinAfter,
  }
}

/** True when the summary has no change in either direction. */
export function isUnchanged(s: ChangeSummary): boolean {
  return s.faster === 0 && s.slower === 0 && s.connected === 0 && s.disconnected === 0
}

/** The weight of a trip between two places: the mean of their heritage values. */
export function pairWeight(a: Place, b: Place): number {
  return (heritageValue(a) + heritageValue(b)) / 2
}
