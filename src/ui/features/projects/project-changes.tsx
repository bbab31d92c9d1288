/**
 * What a project changes, against a stated baseline: today's network without it. Closed today, it is
 * added alone; open today, the figures are what the network would lose without it. A project that
 * changes nothing says why, with its route to see as an alternative.
 */
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { describeNoEffect, formatMinutes, formatPartialDate, placeName } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useSharedSearch } from '../../app/app-layout.tsx'
import type { QueryState } from '../../hooks/use-core-query.ts'
import type { ProjectImpactAnswer } from '../../worker/core-requests.ts'
import { QueryFailure } from '../../components/query-failure.tsx'

export function ProjectChanges({ id, state }: { id: string; state: QueryState<ProjectImpactAnswer> }) {
  const { t } = useTranslation()
  const { dataset, language, today } = useApp()
  const shared = useSharedSearch()
  const name = (place: string) => placeName(dataset, place, language)
  const m = (x: number | null) => (x === null ? t('compare.noRoute') : formatMinutes(x, language))
  const impact = state.status === 'done' ? state.value : null
  const compareLink = (() => {
    const params = new URLSearchParams(shared.slice(1))
    params.set('before', 'today')
    params.set('after', 'today')
    if (impact?.measure === 'loses') params.set('before-without', id)
    else params.set('after-with', id)
    return `/compare?${params.toString()}`
  })()
  const delayLink = (() => {
    const params = new URLSearchParams(shared.slice(1))
    params.set('delay', `${id}@12`)
    return `/compare?${params.toString()}#delay-title`
  })()
  const reasonRoute = (() => {
    if (impact?.reason?.kind !== 'slower-than-existing') return null
    const params = new URLSearchParams(shared.slice(1))
    params.set('from', impact.reason.from)
    params.set('to', impact.reason.to)
    params.set('with', id)
    return `/route?${params.toString()}`
  })()
  const s = impact?.summary
  return (
    <section data-testid="project-changes">
      <h2>{t('projects.changes')}</h2>
      <QueryFailure state={state} />
      {impact && s && (
        <>
          <p data-testid="baseline">
            {t(impact.measure === 'adds' ? 'projects.baselineAdds' : 'projects.baselineLoses', {
              date: formatPartialDate(today, language),
            })}
          </p>
          <p className="route-total" data-testid="impact-summary">
            {s.faster + s.connected + s.slower + s.disconnected === 0
              ? t('projects.nothing')
              : t(impact.measure === 'adds' ? 'projects.addsTrips' : 'projects.losesTrips', {
                  count: s.faster,
                  time: formatMinutes(s.meanMinutesSavedPerFasterTrip, language),
                })}
            {s.connected > 0 &&
              ` ${t(impact.measure === 'adds' ? 'projects.connects' : 'projects.cutsOff', { count: s.connected })}`}
            {s.slower > 0 && ` ${t('projects.alsoSlower', { count: s.slower })}`}
          </p>
          {impact.reason && (
            <p data-testid="impact-reason">
              {describeNoEffect(impact.reason, dataset, language, 'alone')}{' '}
              {reasonRoute && <Link to={reasonRoute}>{t('compare.seeRoute')}</Link>}
            </p>
          )}
          {impact.pairs.length > 0 && (
            <div className="data-table-wrap">
              <table className="data-table" data-testid="impact">
                <caption>{t('projects.pairsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('delay.trip')}</th>
                    <th scope="col" className="numeric">
                      {t('delay.withoutIt')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('delay.withIt')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {impact.pairs.map((p) => (
                    <tr key={`${p.from}-${p.to}`}>
                      <th scope="row">
                        {name(p.from)} ↔ {name(p.to)}
                      </th>
                      <td className="numeric">{m(p.beforeMinutes)}</td>
                      <td className="numeric">{m(p.afterMinutes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p>
            <Link to={compareLink}>{t('projects.compareLink')}</Link> ·{' '}
            <Link to={delayLink}>{t('projects.delayLink')}</Link>
          </p>
        </>
      )}
    </section>
  )
}
