/**
 * Route planner page: `/route?from=ID&to=ID&date=...` — pick two places, see the best route and its
 * alternatives on the current scenario, and what the projects would change.
 */
import { formatMinutes } from '../../../core/index.ts'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { FoundRoute, PlaceId } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useCoreQuery } from '../../hooks/use-core-query.ts'
import { useSearchState } from '../../state/use-search-state.ts'
import { NoticeList } from '../../components/notice-list.tsx'
import { QueryFailure } from '../../components/query-failure.tsx'
import { MapView } from '../map/map-view.tsx'
import { MapLegend } from '../map/map-legend.tsx'
import { PlacePicker } from './place-picker.tsx'
import { readRouteParams } from './route-params.ts'
import { RouteOptionsForm } from './route-options-form.tsx'
import { RouteLegs, RouteSummary } from './route-result.tsx'
import { useDescribe } from '../../hooks/use-describe.ts'

export function RoutePage() {
  const { t } = useTranslation()
  const { dataset, scenarioRequest, today, language } = useApp()
  const describe = useDescribe()
  const { params, update } = useSearchState()
  const search = params.toString()
  const route = useMemo(() => readRouteParams(dataset, new URLSearchParams(search)), [dataset, search])
  const request =
    route.from && route.to
      ? {
          type: 'route' as const,
          scenario: scenarioRequest,
          today,
          options: route.options,
          from: route.from,
          to: route.to,
          alternatives: 3,
        }
      : null
  const answer = useCoreQuery(request)
  const value = answer.status === 'done' ? answer.value : answer.status === 'loading' ? answer.previous : null
  const result = value?.result
  const choices: Array<{ label: string; route: FoundRoute }> = result?.reachable
    ? [
        { label: t('route.best'), route: result },
        ...value!.alternatives.map((a) => ({ label: t(`route.labels.${a.label}`), route: a.route })),
      ]
    : []
  const selected = choices[Math.min(route.alt, Math.max(0, choices.length - 1))]

  const setPlace = (field: 'from' | 'to', id: PlaceId | null) => update({ [field]: id, alt: null })
  const onMapPlace = (id: PlaceId) => (route.from ? setPlace('to', id) : setPlace('from', id))

  return (
    <main className="with-map" id="main">
      <aside className="side-panel" tabIndex={0} aria-label={t('route.title')}>
        <h1>{t('route.title')}</h1>
        <NoticeList notices={route.notices} />
        <form className="route-form" onSubmit={(e) => e.preventDefault()}>
          <PlacePicker
            label={t('route.from')}
            value={route.from}
            onChange={(id) => setPlace('from', id)}
            testId="from"
          />
          <button type="button" className="swap" onClick={() => update({ from: route.to, to: route.from, alt: null })}>
            ⇅ {t('route.swap')}
          </button>
          <PlacePicker label={t('route.to')} value={route.to} onChange={(id) => setPlace('to', id)} testId="to" />
          <RouteOptionsForm
            options={route.options}
            onChange={(changes) =>
              update((current) => ({ ...(typeof changes === 'function' ? changes(current) : changes), alt: null }))
            }
          />
        </form>
        <div
          aria-live="polite"
          className={answer.status === 'loading' ? 'result stale' : 'result'}
          data-testid="route-result"
          data-state={answer.status}
        >
          {!request && <p className="muted">{t('route.pick')}</p>}
          {answer.status === 'loading' && !value && <p role="status">{t('route.computing')}</p>}
          <QueryFailure state={answer} />
          {result && !result.reachable && (
            <div className="no-route" data-testid="no-route">
              <h2>{t('route.noRoute')}</h2>
              <p>{describe.noRoute(result.cause)}</p>
            </div>
          )}
          {selected && (
            <>
              {choices.length > 1 && (
                <fieldset className="alternatives">
                  <legend>{t('route.alternatives')}</legend>
                  {choices.map((c, i) => (
                    <label key={i}>
                      <input
                        type="radio"
                        name="alt"
                        checked={c === selected}
                        onChange={() => update({ alt: i === 0 ? null : String(i) })}
                      />{' '}
                      {c.label}: {formatMinutes(c.route.minutes, language)}, {c.route.km.toFixed(1)} km
                    </label>
                  ))}
                </fieldset>
              )}
              <RouteSummary route={selected.route} />
              {value && (
                <p className="now-later" data-testid="now-later">
                  {t('route.nowLater', {
                    today: value.today === null ? t('route.notConnected') : formatMinutes(value.today, language),
                    later:
                      value.fullVision === null ? t('route.notConnected') : formatMinutes(value.fullVision, language),
                  })}
                  {value.today !== null &&
                    value.fullVision !== null &&
                    ` (${value.today - value.fullVision >= 0.5 ? t('route.saving', { time: formatMinutes(value.today - value.fullVision, language) }) : t('route.noSaving')})`}
                </p>
              )}
              <RouteLegs route={selected.route} />
            </>
          )}
        </div>
        <MapLegend withRoute withScenario />
      </aside>
      <div className="map-main">
        <MapView
          routeLinks={selected ? selected.route.legs.filter((l) => l.kind === 'travel').map((l) => l.link) : []}
          onPlaceClick={onMapPlace}
        />
      </div>
    </main>
  )
}
