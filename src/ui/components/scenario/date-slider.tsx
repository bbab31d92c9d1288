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
import { TIMELINE_DAYS, dayAt, dayIndex, type TimelineMarker } from './timeline.ts'

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
      <span className="timeline">
        <input
          type="range"
          min={0}
          max={TIMELINE_DAYS}
          step={1}
          value={Math.max(0, Math.min(TIMELINE_DAYS, dayIndex(shownDay)))}
          aria-label={t('scenario.date')}
          aria-valuetext={fmt.day(shownDay)}
          data-testid="timeline"
          onChange={(e) => slideTo(dayAt(Number(e.target.value)))}
        />
        <TimelineMarks markers={markers} />
        <span className="timeline-years" aria-hidden="true">
          <span>2023</span>
          <span>2029</span>
          <span>2035</span>
        </span>
      </span>
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
