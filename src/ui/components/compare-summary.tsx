/**
 * The answer first: how many trips got faster, slower, newly connected or cut off, by how much per
 * trip, and how many heritage pairs are within a day's reach on each side. Bad news is never left out.
 */
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { DAY_REACH_MINUTES, formatMinutes, type ChangeSummary } from '../../core/index.ts'
import { useAppBase } from '../app/app-context.tsx'

export const CompareSummary = memo(function CompareSummary({
  summary,
  places,
  heading: Heading = 'h2',
}: {
  summary: ChangeSummary
  places: number
  /** The title's level where the summary sits under another section (default h2). */
  heading?: 'h2' | 'h3' | 'h4'
}) {
  const { t } = useTranslation()
  const { language } = useAppBase()
  const m = (x: number) => formatMinutes(x, language)
  const s = summary
  const unchanged = s.faster + s.slower + s.connected + s.disconnected === 0
  return (
    <section className="compare-summary" aria-labelledby="compare-summary-title">
      <Heading id="compare-summary-title">{t('compare.summaryTitle')}</Heading>
      <p data-testid="compare-summary" className="route-total">
        {t('compare.summaryLead', { count: s.trips, places })} {unchanged ? t('compare.summaryNone') : null}
      </p>
      <ul className="stat-list" data-testid="compare-stats">
        <li className="stat stat-faster" data-kind="faster">
          <strong>{s.faster}</strong> {t('compare.kinds.faster', { count: s.faster })}
          {s.faster > 0 && <span>{t('compare.perTripSaved', { time: m(s.meanMinutesSavedPerFasterTrip) })}</span>}
        </li>
        <li className="stat stat-slower" data-kind="slower">
          <strong>{s.slower}</strong> {t('compare.kinds.slower', { count: s.slower })}
          {s.slower > 0 && <span>{t('compare.perTripLost', { time: m(s.meanMinutesLostPerSlowerTrip) })}</span>}
        </li>
        <li className="stat stat-connected" data-kind="connected">
          <strong>{s.connected}</strong> {t('compare.kinds.connected', { count: s.connected })}
        </li>
        <li className="stat stat-disconnected" data-kind="disconnected">
          <strong>{s.disconnected}</strong> {t('compare.kinds.disconnected', { count: s.disconnected })}
        </li>
        <li className="stat stat-same" data-kind="same">
          <strong>{s.same}</strong> {t('compare.kinds.same', { count: s.same })}
        </li>
      </ul>
      {s.heritagePairs > 0 && (
        <p data-testid="within-day">
          {t('compare.withinDay', {
            before: s.withinDayBefore,
            after: s.withinDayAfter,
            total: s.heritagePairs,
            hours: m(DAY_REACH_MINUTES),
          })}
        </p>
      )}
    </section>
  )
})
