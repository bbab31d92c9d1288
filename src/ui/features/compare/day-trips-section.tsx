/**
 * One-day trips from each gateway before and after: the sites that fit when the planner may choose.
 * The slowest part of a comparison, so it is asked for on its own and shown when ready.
 */
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../components/data-table.tsx'
import { DEFAULT_WINDOW, type DayTripChange, placeName } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import type { QueryState } from '../../hooks/use-core-query.ts'
import { QueryFailure } from '../../components/query-failure.tsx'

export function DayTripsSection({ answer }: { answer: QueryState<DayTripChange[]> }) {
  const { t } = useTranslation()
  const { dataset, language, fmt } = useApp()
  const num = (x: number) => fmt.count(x)
  const name = (id: string) => placeName(dataset, id, language)
  const value = answer.status === 'done' ? answer.value : answer.status === 'loading' ? answer.previous : null
  return (
    <section aria-labelledby="trips-title" className="compare-section">
      <h2 id="trips-title">{t('compare.trips')}</h2>
      <p className="muted">{t('compare.tripsIntro', { from: DEFAULT_WINDOW[0], to: DEFAULT_WINDOW[1] })}</p>
      <div aria-live="polite" data-state={answer.status} data-testid="day-trips-state">
        {answer.status === 'loading' && !value && <p role="status">{t('compare.tripsComputing')}</p>}
        <QueryFailure state={answer} />
        {value && (
          <DataTable
            caption={t('compare.tripsCaption')}
            testId="day-trips"
            sort={null}
            rows={value}
            rowKey={(d) => d.gateway}
            columns={[
              { key: 'from', label: t('compare.from'), render: (d) => name(d.gateway) },
              {
                key: 'before',
                label: t('compare.before'),
                render: (d) => t('compare.sites', { count: d.before.length }),
              },
              { key: 'after', label: t('compare.after'), render: (d) => t('compare.sites', { count: d.after.length }) },
              {
                key: 'value',
                label: t('compare.value'),
                numeric: true,
                render: (d) => `${num(d.beforeValue)} → ${num(d.afterValue)}`,
              },
              { key: 'gained', label: t('compare.nowPossible'), render: (d) => d.gained.map(name).join(', ') },
            ]}
          />
        )}
      </div>
    </section>
  )
}
