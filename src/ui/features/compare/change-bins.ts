/**
 * How the map of change colours things: each link by its status in "after", each place by how many
 * minutes closer or further it is from the chosen place. The kinds (faster, slower…) come from the
 * core; only the colour steps are decided here.
 */
import type { LinkChangeStatus, PlaceChange } from '../../../core/index.ts'

export const PLACE_BINS = [
  'closer-30',
  'closer-10',
  'closer',
  'same',
  'further',
  'further-10',
  'further-30',
  'connected',
  'disconnected',
  'unreachable',
] as const
export type PlaceBin = (typeof PLACE_BINS)[number]

export const PLACE_BIN_COLOURS: Record<PlaceBin, string> = {
  'closer-30': '#00563f',
  'closer-10': '#2a9d6f',
  closer: '#9fd8bb',
  same: '#c9c9c9',
  further: '#f6b99b',
  'further-10': '#d6604d',
  'further-30': '#7f1010',
  connected: '#1d4ed8',
  disconnected: '#111111',
  unreachable: '#ffffff',
}

/** The colour step of a place: ≥ 30, 10–30 or under 10 minutes closer or further. */
export function placeBin(change: PlaceChange): PlaceBin {
  switch (change.kind) {
    case 'connected':
    case 'disconnected':
    case 'same':
    case 'unreachable':
      return change.kind
    case 'faster': {
      const m = change.savedMinutes!
      return m >= 30 ? 'closer-30' : m >= 10 ? 'closer-10' : 'closer'
    }
    case 'slower': {
      const m = -change.savedMinutes!
      return m >= 30 ? 'further-30' : m >= 10 ? 'further-10' : 'further'
    }
  }
}

export const LINK_STATUS_STYLE: Record<LinkChangeStatus, { colour: string; width: number; dash?: number[] }> = {
  new: { colour: '#1a7f37', width: 5 },
  upgraded: { colour: '#1d4ed8', width: 5 },
  closed: { colour: '#c62828', width: 4, dash: [1.5, 1.5] },
  slowed: { colour: '#b45309', width: 4, dash: [3, 1.5] },
  unchanged: { colour: '#8a8178', width: 2 },
  absent: { colour: '#d6d0c4', width: 1.5, dash: [0.8, 1.6] },
}
