/**
 * Route planner page: `/route?from=ID&to=ID&date=...` — pick two places, see the best route and its
 * alternatives on the current scenario, and what the projects would change.
 */
import { classifyChange, describeAlternative, routeMapPlan } from '../../../core/index.ts'
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { FoundRoute, PlaceId } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useCoreQuery } from '../../hooks/use-core-query.ts'
import { useSearchState, type ChangesOrUpdater } from '../../state/use-search-state.ts'
import { useSameValue } from '../../hooks/use-same-value.ts'
import { NoticeList } from '../../components/notice-list.tsx'
import { QueryFailure } from '../../components/query-failure.tsx'
import { MapView } from '../../components/map/map-view.tsx'
import { MapLegend } from '../../components/map/map-legend.tsx'
import { PlacePicker } from '../../components/place-picker.tsx'
import { readRouteParams } from './route-params.ts'
import { RouteOptionsForm } from './route-options-form.tsx'
import { RouteLegs, RouteSummary } from './route-result.tsx'
import { RouteArrival } from './route-arrival.tsx'
import { TimeField } from '../../components/typed-fields.tsx'
import { DEFAULT_DEPART } from './route-params.ts'
import { useDescribe } from '../../hooks/use-describe.ts'

export function RoutePage() {
  const { t } = useTranslation()
  const { dataset, scenarioRequest, scenario, today, language, text, fmt } = useApp()
  const describe = useDescribe()
  const { params, update } = useSearchState()
  const search = params.toString()
  const route = useMemo(() => readRouteParams(dataset, new URLSearchParams(search)), [dataset, search])
  // Opening hours are read for the day the network is shown on (today unless a date is chosen).
  const day = scenario.date ?? today
  const samePlace = route.from !== null && route.from === route.to
  const request =
    route.from && route.to && !samePlace
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
  // Each alternative is named by what sets it apart; two with the same name are numbered.
  const named = (value?.alternatives ?? []).map((a) => describeAlternative(a.difference, dataset, language))
  const choices: Array<{ label: string; route: FoundRoute }> = result?.reachable
    ? [
        { label: t('route.best'), route: result },
        ...value!.alternatives.map((a, i) => ({
          label: named.filter((n) => n === named[i]).length > 1 ? `${named[i]} (${i + 1})` : named[i]!,
          route: a.route,
        })),
      ]
    : []
  const selected = choices[Math.min(route.alt, Math.max(0, choices.length - 1))]
  // The map's plan is drawn again only when the route shown changes.
  const alt = route.alt
  const plan = useMemo(() => {
    if (!value?.result.reachable) return null
    const shown = [value.result, ...value.alternatives.map((a) => a.route)]
    return routeMapPlan(dataset, shown[Math.min(alt, shown.length - 1)]!)
  }, [dataset, value, alt])

  // Faster or slower by the core's own threshold; never "saves −57 min".
  const changeWords = (saved: number) => {
    const kind = classifyChange(value!.today, value!.fullVision)
    return kind === 'faster'
      ? t('route.saving', { time: fmt.minutes(saved) })
      : kind === 'slower'
        ? t('route.losing', { time: fmt.minutes(-saved) })
        : t('route.noSaving')
  }

  // The form's parts keep their props while a slider moves the date, so they are not redrawn at
  // every step (`update` is stable; the options are the same object while their content is).
  const setFrom = useCallback((id: PlaceId | null) => update({ from: id, alt: null }), [update])
  const setTo = useCallback((id: PlaceId | null) => update({ to: id, alt: null }), [update])
  const setOptions = useCallback(
    (changes: ChangesOrUpdater) =>
      update((current) => ({ ...(typeof changes === 'function' ? changes(current) : changes), alt: null })),
    [update],
  )
  const options = useSameValue(route.options, JSON.stringify(route.options))

  return (
    <main className="with-map" id="main">
      <aside className="side-panel" tabIndex={0} aria-label={t('route.title')}>
        <h1>{t('route.title')}</h1>
        <NoticeList notices={route.notices} />
        <form className="route-form" onSubmit={(e) => e.preventDefault()}>
          <PlacePicker label={t('route.from')} value={route.from} onChange={setFrom} testId="from" />
          <button type="button" className="swap" onClick={() => update({ from: route.to, to: route.from, alt: null })}>
            ⇅ {t('route.swap')}
          </button>
          <PlacePicker label={t('route.to')} value={route.to} onChange={setTo} testId="to" />
          <TimeField
            className="depart-field"
            label={
              <span>
                {t('route.departAt')} <span className="muted">{t('route.onDay', { day: fmt.day(day) })}</span>
              </span>
            }
            value={route.depart}
            onChange={(v) => update({ depart: v === null || v === DEFAULT_DEPART ? null : v })}
            testId="route-depart"
          />
          <RouteOptionsForm options={options} onChange={setOptions} />
        </form>
        <div
          aria-live="polite"
          className={answer.status === 'loading' ? 'result stale' : 'result'}
          data-testid="route-result"
          data-state={answer.status}
        >
          {!request && !samePlace && <p className="muted">{t('route.pick')}</p>}
          {samePlace && (
            <p className="notices" role="status" data-testid="same-place">
              {t('route.samePlace', { place: text(dataset.placeById.get(route.from!)?.name) })}
            </p>
          )}
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
                      {c.label}: {fmt.minutes(c.route.minutes)}, {fmt.km(c.route.km)}
                    </label>
                  ))}
                </fieldset>
              )}
              <RouteSummary route={selected.route} />
              <RouteArrival route={selected.route} day={day} depart={route.depart} />
              {value && (
                <p className="now-later" data-testid="now-later">
                  {t('route.nowLater', {
                    now: value.today === null ? t('route.notConnected') : fmt.minutes(value.today),
                    later: value.fullVision === null ? t('route.notConnected') : fmt.minutes(value.fullVision),
                  })}
                  {value.today !== null &&
                    value.fullVision !== null &&
                    ` (${changeWords(value.today - value.fullVision)})`}
                </p>
              )}
              <RouteLegs route={selected.route} />
            </>
          )}
        </div>
        <MapLegend withRoute withScenario />
      </aside>
      <div className="map-main">
        <MapView plan={plan} placeActions={{ 'route-from': setFrom, 'route-to': setTo }} />
      </div>
    </main>
  )
}
