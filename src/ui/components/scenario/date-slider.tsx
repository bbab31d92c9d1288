/**
 * Date slider
 * ===========
 * The scenario's day on a 2023–2035 slider, with each project's opening (●), promised date (▲) and
 * assumed date (hatched ●) marked.
 *
 * While it moves, it shows its own day at once and the address follows once it rests (`useDraft`): only this
 * component re-renders at each step.
 */
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatPartialDate, projectOf } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useDraft } from '../../hooks/use-draft.ts'
import type { TimelineMarker } from './timeline.ts'
import { TimelineTrack } from './timeline-track.tsx'

/** How long the slider rests before the address (and every answer) follows, in milliseconds. */
export const COMMIT_MS = 200

export function DateSlider({
  day,
  markers,
  onCommit,
}: {
  /** The scenario's day (from the address). */
  day: string
  markers: readonly TimelineMarker[]
  onCommit: (day: string) => void
}) {
  const { t } = useTranslation()
  const { fmt } = useApp()
  const [shownDay, slideTo] = useDraft(day, onCommit, COMMIT_MS, 'rest')
  return (
    <label className="scenario-date">
      <span>
        {t('scenario.title')} <strong data-testid="scenario-day">{fmt.day(shownDay)}</strong>
      </span>
      <TimelineTrack
        day={shownDay}
        label={t('scenario.date')}
        testId="timeline"
        marks={<TimelineMarks markers={markers} />}
        onSlide={slideTo}
      />
    </label>
  )
}

/** The projects' marks under the slider; unchanged while it moves. */
const TimelineMarks = memo(function TimelineMarks({ markers }: { markers: readonly TimelineMarker[] }) {
  const { t } = useTranslation()
  const { dataset, text, language } = useApp()
  return (
    <span className="timeline-markers" aria-hidden="true">
      {markers.map((m) => (
        <span
          key={`${m.project}-${m.kind}`}
          className={`marker marker-${m.kind}`}
          style={{ left: `${m.at * 100}%` }}
          title={`${text(projectOf(dataset, m.project)?.name)} — ${formatPartialDate(m.day, language)}${m.kind === 'assumed' ? ` (${t('assumed.tag')})` : ''}`}
        >
          {m.kind === 'promised' ? '▲' : '●'}
        </span>
      ))}
    </span>
  )
})
