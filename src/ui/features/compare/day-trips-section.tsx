/**
 * One-day trips from each gateway before and after: the sites that fit when the planner may choose.
 * The slowest part of a comparison, so it is asked for on its own and shown when ready.
 */
import { useTranslation } from 'react-i18next'
import { DEFAULT_WINDOW, type DayTripChange } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import type { QueryState } from '../../hooks/use-core-query.ts'
import { QueryFailure } from '../../components/query-failure.tsx'

export function DayTripsSection({ answer }: { answer: QueryState<DayTripChange[]> }) {
  const { t } = useTranslation()
  const { dataset, text, language } = useApp()
  const num = (x: number) => x.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB')
  const name = (id: string) => text(dataset.placeById.get(id as never)?.name) || id
  const value = answer.status === 'done' ? answer.value : answer.status === 'loading' ? answer.previous : null
  return (
    <section aria-labelledby="trips-title" className="compare-section">
      <h2 id="trips-title">{t('compare.trips')}</h2>
      <p className="muted">{t('compare.tripsIntro', { from: DEFAULT_WINDOW[0], to: DEFAULT_WINDOW[1] })}</p>
      <div aria-live="polite" data-state={answer.status} data-testid="day-trips-state">
        {answer.status === 'loading' && !value && <p role="status">{t('compare.tripsComputing')}</p>}
        <QueryFailure state={answer} />
        {value && (
          <div className="data-table-wrap">
            <table className="data-table" data-testid="day-trips">
              <caption>{t('compare.tripsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.from')}</th>
                  <th scope="col">{t('compare.before')}</th>
                  <th scope="col">{t('compare.after')}</th>
                  <th scope="col" className="numeric">
                    {t('compare.value')}
                  </th>
                  <th scope="col">{t('compare.nowPossible')}</th>
                </tr>
              </thead>
              <tbody>
                {value.map((d) => (
                  <tr key={d.gateway}>
                    <th scope="row">{name(d.gateway)}</th>
                    <td>{t('compare.sites', { count: d.before.length })}</td>
                    <td>{t('compare.sites', { count: d.after.length })}</td>
                    <td className="numeric">
                      {num(d.beforeValue)} → {num(d.afterValue)}
                    </td>
                    <td>{d.gained.map(name).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  )
}
