/**
 * A control that moves faster than the page should follow (a slider, a number stepped with the
 * arrows): it shows its own draft value at once, and hands it on in a transition at most every
 * `everyMs` (the first step right after the event, the last one when the control rests), so the pages that depend
 * on it render a few times during a drag, never block it, and end on the last value. The draft is let
 * go in a transition after the last step, so the shown value never jumps back.
 */
import { startTransition, useRef, useState } from 'react'

export function useDraft<T>(
  committed: T,
  commit: (value: T) => void,
  everyMs = 250,
  /** `rest`: hand the value on only once the control has rested for `everyMs` (a stepper whose
   * in-between values matter less than a slider's). */
  when: 'throttle' | 'rest' = 'throttle',
): [T, (value: T) => void] {
  const [draft, setDraft] = useState<{ value: T } | null>(null)
  const timing = useRef<{ timer: ReturnType<typeof setTimeout> | null; latest: { value: T } | null }>({
    timer: null,
    latest: null,
  })
  const hand = (value: T) => startTransition(() => commit(value))
  const change = (value: T) => {
    setDraft({ value })
    const c = timing.current
    if (when === 'rest') {
      if (c.timer !== null) clearTimeout(c.timer)
      c.timer = setTimeout(() => {
        c.timer = null
        // The value and the end of the draft in one transition: committed together.
        startTransition(() => {
          commit(value)
          setDraft(null)
        })
      }, everyMs)
      return
    }
    if (c.timer !== null) {
      c.latest = { value }
      return
    }
    // Even the first value is handed on in a task of its own, so the key press or drag event itself
    // only redraws the control.
    c.latest = { value }
    const settle = () => {
      const latest = c.latest
      c.latest = null
      if (latest === null) {
        c.timer = null
        startTransition(() => setDraft(null))
        return
      }
      hand(latest.value)
      c.timer = setTimeout(settle, everyMs)
    }
    c.timer = setTimeout(settle, 0)
  }
  return [draft ? draft.value : committed, change]
}
