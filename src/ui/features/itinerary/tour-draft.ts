/**
 * The name and notes being edited for a saved tour, with the revision they were read at. When another
 * tab saves the tour, an untouched draft follows the new version; an edited one keeps its base, so
 * saving it is refused as a conflict instead of overwriting the other tab's save unseen. A draft
 * names the tour it edits: after "save as new" it is the new tour's at once, and the page's address
 * reaches that tour a moment later (a navigation React renders as a transition), so what the user
 * typed meanwhile is kept, not replaced by the tour's saved name.
 */
import { useState } from 'react'
import type { SavedTour } from '../../../core/index.ts'

export interface TourDraft {
  readonly name: string
  readonly note: string
  readonly stopNotes: Readonly<Record<string, string>>
  /** The revision this draft was read at; null when it is not from a saved tour. */
  readonly base: number | null
  /** The saved tour this draft edits (its id); null for a trip not saved yet. */
  readonly tour: string | null
}

export const draftOf = (tour: SavedTour | null): TourDraft =>
  tour
    ? { name: tour.name, note: tour.note, stopNotes: tour.stopNotes, base: tour.revision, tour: tour.id }
    : { name: '', note: '', stopNotes: {}, base: null, tour: null }

const sameContent = (draft: TourDraft, tour: SavedTour) =>
  draft.name === tour.name &&
  draft.note === tour.note &&
  JSON.stringify(draft.stopNotes) === JSON.stringify(tour.stopNotes)

export function useTourDraft(
  tour: SavedTour | null,
): [TourDraft, (next: TourDraft | ((current: TourDraft) => TourDraft)) => void] {
  const [draft, setDraft] = useState(() => draftOf(tour))
  const [seen, setSeen] = useState(tour)
  if (seen !== tour) {
    // Adjusting state while rendering (React's pattern for "when a prop changes").
    setSeen(tour)
    if (!tour || !seen || seen.id !== tour.id) {
      if (draft.tour !== (tour?.id ?? null)) setDraft(draftOf(tour))
    } else if (tour.revision !== seen.revision && sameContent(draft, seen)) setDraft(draftOf(tour))
  }
  return [draft, setDraft]
}
