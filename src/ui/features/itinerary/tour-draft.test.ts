// @vitest-environment jsdom
// The draft of a saved tour's name and notes follows the tour the page shows, without ever throwing
// away what the user typed: after "save as new", the page's address moves to the new tour a moment
// later (a navigation React renders as a transition), and whatever was typed meanwhile is kept.
import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SavedTour } from '../../../core/index.ts'
import { draftOf, useTourDraft } from './tour-draft.ts'

const tourOf = (id: string, name: string, revision = 1) =>
  ({ id, name, note: '', stopNotes: {}, revision }) as unknown as SavedTour

describe('the draft of a saved tour', () => {
  it('keeps what was typed after "save as new" when the page then moves to the new tour', () => {
    const a = tourOf('a', 'Tour A')
    const { result, rerender } = renderHook(({ tour }) => useTourDraft(tour), { initialProps: { tour: a } })
    // Saved as new: the draft is the new tour's at once ...
    const b = tourOf('b', 'Tour B')
    act(() => result.current[1](draftOf(b)))
    // ... the user starts the next name ...
    act(() => result.current[1]((d) => ({ ...d, name: 'Tour C' })))
    // ... and only then does the page show tour B.
    rerender({ tour: b })
    expect(result.current[0].name).toBe('Tour C')
  })

  it('takes the tour’s name and notes when another tour is opened', () => {
    const { result, rerender } = renderHook(({ tour }) => useTourDraft(tour), {
      initialProps: { tour: tourOf('a', 'Tour A') as SavedTour | null },
    })
    act(() => result.current[1]((d) => ({ ...d, name: 'edited' })))
    rerender({ tour: tourOf('b', 'Tour B') })
    expect(result.current[0]).toMatchObject({ name: 'Tour B', base: 1 })
    rerender({ tour: null })
    expect(result.current[0]).toMatchObject({ name: '', base: null })
  })

  it('follows a newer revision saved elsewhere only while it is untouched', () => {
    const { result, rerender } = renderHook(({ tour }) => useTourDraft(tour), {
      initialProps: { tour: tourOf('a', 'Tour A') },
    })
    rerender({ tour: tourOf('a', 'Renamed in another tab', 2) })
    expect(result.current[0]).toMatchObject({ name: 'Renamed in another tab', base: 2 })
    act(() => result.current[1]((d) => ({ ...d, name: 'mine' })))
    rerender({ tour: tourOf('a', 'Renamed again', 3) })
    expect(result.current[0]).toMatchObject({ name: 'mine', base: 2 })
  })
})
