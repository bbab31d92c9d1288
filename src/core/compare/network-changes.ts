/**
 * Network changes
 * ===============
 * What a map of change draws: each link's status in "after" against "before" (new, upgraded, closed,
 * slowed, unchanged, or absent from both), and, from one place, every compared place's minutes
 * before and after.
 */
import type { LinkId, PlaceId } from '../model/ids.ts'
import { openLinks, type ScenarioNetwork } from '../routing/scenario-network.ts'
import { CHANGE_THRESHOLD_MINUTES, type ChangeKind } from './change.ts'
import type { PairChange } from './compare-pairs.ts'

export type LinkChangeStatus = 'new' | 'upgraded' | 'closed' | 'slowed' | 'unchanged' | 'absent'

/** Every link status, in legend order. */
export const LINK_CHANGE_STATUSES: readonly LinkChangeStatus[] = [
  'new',
  'upgraded',
  'closed',
  'slowed',
  'unchanged',
  'absent',
]

export interface LinkChange {
  readonly link: LinkId
  readonly status: LinkChangeStatus
  /** Minutes on the link (travel and wait), null where it is not open. */
  readonly beforeMinutes: number | null
  readonly afterMinutes: number | null
}

/** The status of every link of the dataset between two networks built with the same options. */
export function linkChanges(before: ScenarioNetwork, after: ScenarioNetwork): LinkChange[] {
  const minutes = (n: ScenarioNetwork) => new Map(openLinks(n).map((l) => [l.link.id, l.travelMinutes + l.waitMinutes]))
  const b = minutes(before),
    a = minutes(after)
  return before.dataset.links.map((link) => {
    const bm = b.get(link.id) ?? null,
      am = a.get(link.id) ?? null
    const status: LinkChangeStatus =
      bm === null
        ? am === null
          ? 'absent'
          : 'new'
        : am === null
          ? 'closed'
          : bm - am > CHANGE_THRESHOLD_MINUTES
            ? 'upgraded'
            : am - bm > CHANGE_THRESHOLD_MINUTES
              ? 'slowed'
              : 'unchanged'
    return { link: link.id, status, beforeMinutes: bm, afterMinutes: am }
  })
}

export interface PlaceChange {
  readonly place: PlaceId
  readonly beforeMinutes: number | null
  readonly afterMinutes: number | null
  /** before − after; positive when the place got closer. */
  readonly savedMinutes: number | null
  readonly kind: ChangeKind
}

/** From one compared place, the change to every other compared place (read off the pairs). */
export function placeChangesFrom(pairs: readonly PairChange[], origin: string): PlaceChange[] {
  return pairs
    .filter((p) => p.from === origin || p.to === origin)
    .map((p) => ({
      place: p.from === origin ? p.to : p.from,
      beforeMinutes: p.beforeMinutes,
      afterMinutes: p.afterMinutes,
      savedMinutes: p.savedMinutes,
      kind: p.kind,
    }))
}
