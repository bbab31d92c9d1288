/**
 * Timeline arithmetic: days since the start of the slider and back, and where each project's dates
 * fall on it.
 */
import { applyWhatIf, firstDayOf, projectOpeningDay, type Dataset, type WhatIf } from '../../../core/index.ts'

export const TIMELINE_START = '2023-01-01'
export const TIMELINE_END = '2035-12-31'
const DAY_MS = 86_400_000

export function dayIndex(day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${TIMELINE_START}T00:00:00Z`)) / DAY_MS)
}
export function dayAt(index: number): string {
  return new Date(Date.parse(`${TIMELINE_START}T00:00:00Z`) + index * DAY_MS).toISOString().slice(0, 10)
}
export const TIMELINE_DAYS = dayIndex(TIMELINE_END)

export interface TimelineMarker {
  readonly project: string
  /** `assumed`: a what-if date, drawn hatched. */
  readonly kind: 'expected' | 'promised' | 'assumed'
  readonly day: string
  /** Position on the track, 0..1. */
  readonly at: number
}

/** Markers for every dated project: its opening (real, expected or assumed) and its promised date. */
export function timelineMarkers(original: Dataset, whatIf: WhatIf = {}): TimelineMarker[] {
  const dataset = applyWhatIf(original, whatIf)
  const markers: TimelineMarker[] = []
  for (const p of dataset.projects) {
    const real = projectOpeningDay(p, 'expected')
    const kind = !p.opened && p.expected?.assumed ? 'assumed' : 'expected'
    if (real) markers.push({ project: p.id, kind, day: real, at: dayIndex(real) / TIMELINE_DAYS })
    if (p.promised) {
      const day = firstDayOf(p.promised.date)
      markers.push({ project: p.id, kind: 'promised', day, at: dayIndex(day) / TIMELINE_DAYS })
    }
  }
  return markers.filter((m) => m.at >= 0 && m.at <= 1)
}
