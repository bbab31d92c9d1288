/**
 * The day an imported network is seen on, on the app's 2023–2035 timeline, with each project's date
 * marked. It shows its own day at once while it moves and hands the day on a few times a second, so the
 * map and the route follow the drag (the worker computes only the newest question).
 */
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { firstDayOf, formatPartialDate, type LocalizedText } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useDraft } from '../../hooks/use-draft.ts'
import { TIMELINE_DAYS, TIMELINE_START, dayIndex } from '../../components/scenario/timeline.ts'
import { TimelineTrack } from '../../components/scenario/timeline-track.tsx'

/** How often a moving slider hands its day on, in milliseconds. */
const EVERY_MS = 150

export interface DatedProject {
  readonly id: string
  readonly name: LocalizedText
  readonly date: string | null
}

export function ImportedDaySlider({
  day,
  projects,
  onChange,
}: {
  day: string
  projects: readonly DatedProject[]
  onChange: (day: string) => void
}) {
  const { t } = useTranslation()
  const { fmt } = useApp()
  const [shown, slideTo] = useDraft(day, onChange, EVERY_MS)
  return (
    <label className="scenario-date imported-day">
      <span>
        {t('importer.day')} <strong data-testid="imported-day">{shown ? fmt.day(shown) : '—'}</strong>
      </span>
      <TimelineTrack
        day={shown || TIMELINE_START}
        testId="imported-timeline"
        marks={<ProjectMarks projects={projects} />}
        onSlide={slideTo}
      />
    </label>
  )
}

const ProjectMarks = memo(function ProjectMarks({ projects }: { projects: readonly DatedProject[] }) {
  const { text, language } = useApp()
  return (
    <span className="timeline-markers" aria-hidden="true">
      {projects.flatMap((p) => {
        if (!p.date) return []
        const at = dayIndex(firstDayOf(p.date)) / TIMELINE_DAYS
        if (at < 0 || at > 1) return []
        return [
          <span
            key={p.id}
            className="marker marker-expected"
            style={{ left: `${at * 100}%` }}
            title={`${text(p.name) || p.id} — ${formatPartialDate(p.date, language)}`}
          >
            ●
          </span>,
        ]
      })}
    </span>
  )
})
