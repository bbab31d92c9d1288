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

/**
 * Trips added up one at a time, by kind (`add` says the kind): what `summarizeChanges` does for a
 * list, for callers that count every pair but keep only some. Swapping before and after swaps
 * faster/slower and connected/disconnected.
 */
export class ChangeTally {
  private readonly count: Record<ChangeKind, number> = {
    faster: 0,
    slower: 0,
    connected: 0,
    disconnected: 0,
    same: 0,
    unreachable: 0,
  }
  private saved = 0
  private lost = 0
  private net = 0
  private weighted = 0
  private total = 0
  private heritagePairs = 0
  private withinBefore = 0
  private withinAfter = 0

  add(beforeMinutes: number | null, afterMinutes: number | null, weight: number, heritagePair: boolean): ChangeKind {
    this.total++
    const kind = classifyChange(beforeMinutes, afterMinutes)
    this.count[kind]++
    if (beforeMinutes !== null && afterMinutes !== null) {
      const d = beforeMinutes - afterMinutes
      this.net += d
      this.weighted += weight * d
      if (kind === 'faster') this.saved += d
      else if (kind === 'slower') this.lost -= d
    }
    if (heritagePair) {
      this.heritagePairs++
      if (beforeMinutes !== null && beforeMinutes <= DAY_REACH_MINUTES) this.withinBefore++
      if (afterMinutes !== null && afterMinutes <= DAY_REACH_MINUTES) this.withinAfter++
    }
    return kind
  }

  summary(): ChangeSummary {
    const { count } = this
    return {
      trips: this.total,
      ...count,
      minutesSavedOnFaster: this.saved,
      minutesLostOnSlower: this.lost,
      meanMinutesSavedPerFasterTrip: count.faster > 0 ? this.saved / count.faster : 0,
      meanMinutesLostPerSlowerTrip: count.slower > 0 ? this.lost / count.slower : 0,
      netTripMinutes: this.net,
      weightedNetMinutes: this.weighted,
      heritagePairs: this.heritagePairs,
      withinDayBefore: this.withinBefore,
      withinDayAfter: this.withinAfter,
    }
  }
}

/** Adds up trips by kind. */
export function summarizeChanges(trips: Iterable<TripTimes>): ChangeSummary {
  const tally = new ChangeTally()
  for (const t of trips) tally.add(t.beforeMinutes, t.afterMinutes, t.weight, t.heritagePair)
  return tally.summary()
}

/** True when the summary has no change in either direction. */
export function isUnchanged(s: ChangeSummary): boolean {
  return s.faster === 0 && s.slower === 0 && s.connected === 0 && s.disconnected === 0
}

/** The weight of a trip between two places: the mean of their heritage values. */
export function pairWeight(a: Place, b: Place): number {
  return tripWeight(heritageValue(a), heritageValue(b))
}

/** The weight of a trip from its two places' heritage values (`heritageValue`). */
export function tripWeight(valueA: number, valueB: number): number {
  return (valueA + valueB) / 2
}
