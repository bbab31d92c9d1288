/**
 * The timeline's track: a range over the app's days (2023–2035) showing `day`, the marks given under
 * it, and the years at its ends and middle. The scenario's date slider and `/import`'s day slider.
 */
import type { ReactNode } from 'react'
import { useApp } from '../../app/app-context.tsx'
import { TIMELINE_DAYS, TIMELINE_END, TIMELINE_START, dayAt, dayIndex } from './timeline.ts'

export function TimelineTrack({
  day,
  label,
  testId,
  marks,
  onSlide,
}: {
  day: string
  /** The range's accessible name, when its visible label is not its parent's. */
  label?: string
  testId: string
  marks: ReactNode
  onSlide: (day: string) => void
}) {
  const { fmt } = useApp()
  return (
    <span className="timeline">
      <input
        type="range"
        min={0}
        max={TIMELINE_DAYS}
        step={1}
        value={Math.max(0, Math.min(TIMELINE_DAYS, dayIndex(day)))}
        aria-label={label}
        aria-valuetext={fmt.day(day)}
        data-testid={testId}
        onChange={(e) => onSlide(dayAt(Number(e.target.value)))}
      />
      {marks}
      <span className="timeline-years" aria-hidden="true">
        <span>{TIMELINE_START.slice(0, 4)}</span>
        <span>{dayAt(Math.round(TIMELINE_DAYS / 2)).slice(0, 4)}</span>
        <span>{TIMELINE_END.slice(0, 4)}</span>
      </span>
    </span>
  )
}
