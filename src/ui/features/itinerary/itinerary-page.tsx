/**
 * Trip planner page: `/itinerary?start=ID&visit=ID,ID&optional=ID&date=YYYY-MM-DD&days=N&depart=HH:MM`.
 * Choose a start, the sites (must see or if time), the days; the plan comes from the core worker.
 */
import { lazy, Suspense, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlaceId, TravelProfile } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useCoreQuery } from '../../hooks/use-core-query.ts'
import { useSearchState } from '../../state/use-search-state.ts'
import { NoticeList } from '../../components/notice-list.tsx'
import { QueryFailure } from '../../components/query-failure.tsx'
import type { UrlNotice } from '../../state/url-scenario.ts'
import { repeatedKeyNotices, uniqueIds } from '../../state/url-notices.ts'
import { embeddedTours } from '../../data/embedded-tours.ts'
import { MapView } from '../map/map-view.tsx'
import { PlacePicker } from '../route/place-picker.tsx'
import { ItineraryResult } from './itinerary-result.tsx'
import { useTourDraft } from './tour-draft.ts'
import { useTours } from '../../storage/tours-context.tsx'
import { savedRequestOf } from '../tours/tour-request.ts'

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : [])

// Saving, exports and the roadbook load when a plan is first shown (not in the first download).
const TripTools = lazy(() => import('./trip-tools.tsx').then((m) => ({ default: m.TripTools })))
const Roadbook = lazy(() => import('./roadbook.tsx').then((m) => ({ default: m.Roadbook })))

export function ItineraryPage() {
  const { t } = useTranslation()
  const { dataset, scenarioRequest, scenario, today, text } = useApp()
  const { params, update } = useSearchState()
  const search = params.toString()
  const state = useMemo(() => {
    const p = new URLSearchParams(search)
    const notices: UrlNotice[] = repeatedKeyNotices(p, [
      'start',
      'visit',
      'optional',
      'days',
      'depart',
      'lock',
      'profile',
    ])
    const known = (ids: string[], field: string) =>
      ids.filter((id) => {
        if (dataset.placeById.has(id as PlaceId)) return true
        notices.push({ key: 'errors.unknownPlace', values: { id: id.slice(0, 80), field } })
        return false
      })
    const startText = p.get('start')
    const start = startText && known([startText], 'start').length ? (startText as PlaceId) : null
    const must = uniqueIds(known(list(p.get('visit')), 'visit'), 'visit', notices)
    const optional = uniqueIds(known(list(p.get('optional')), 'optional'), 'optional', notices).filter(
      (id) => !must.includes(id),
    )
    const daysText = p.get('days')
    const days = daysText && /^[1-7]$/.test(daysText) ? Number(daysText) : 1
    if (daysText && days === 1 && daysText !== '1')
      notices.push({ key: 'errors.badOption', values: { value: daysText.slice(0, 20), field: 'days' } })
    const departText = p.get('depart')
    const depart = departText && /^([01]\d|2[0-3]):[0-5]\d$/.test(departText) ? departText : null
    if (departText && !depart)
      notices.push({ key: 'errors.badOption', values: { value: departText.slice(0, 20), field: 'depart' } })
    const locks: Array<{ place: string; at?: string; position?: number }> = []
    for (const item of list(p.get('lock'))) {
      const m = /^([a-z0-9-]+)(?:@(([01]\d|2[0-3]):[0-5]\d)|#([1-9]\d?))$/.exec(item)
      if (!m || !dataset.placeById.has(m[1] as PlaceId)) {
        notices.push({ key: 'errors.badOption', values: { value: item.slice(0, 40), field: 'lock' } })
        continue
      }
      locks.push({ place: m[1]!, ...(m[2] && { at: m[2] }), ...(m[4] && { position: Number(m[4]) }) })
    }
    const profileText = p.get('profile')
    const profile: TravelProfile = profileText === 'coach' || profileText === 'motorbike' ? profileText : 'car'
    if (profileText && profile === 'car' && profileText !== 'car')
      notices.push({ key: 'errors.badOption', values: { value: profileText.slice(0, 20), field: 'profile' } })
    return { start, must, optional, days, depart, locks, profile, notices }
  }, [dataset, search])
  const date = scenario.date ?? today
  const ready = state.start && state.must.length + state.optional.length > 0
  const answer = useCoreQuery(
    ready
      ? {
          type: 'itinerary' as const,
          scenario: scenarioRequest,
          today,
          options: { profile: state.profile },
          request: {
            start: state.start!,
            visit: state.must.filter((id) => id !== state.start),
            optional: state.optional.filter((id) => id !== state.start),
            date,
            days: state.days,
            ...(state.depart && { depart: state.depart }),
            ...(state.locks.length > 0 && { locks: state.locks.filter((l) => l.place !== state.start) }),
          },
        }
      : null,
  )
  const sites = dataset.places.filter((p) => p.kind === 'heritage-site')
  const choice = (id: string) => (state.must.includes(id) ? 'must' : state.optional.includes(id) ? 'optional' : 'none')
  // List edits read the current address, not this render's copy, so quick changes add up.
  const without = (value: string | null, id: string) =>
    list(value).filter((x) => x !== id && !x.startsWith(`${id}@`) && !x.startsWith(`${id}#`))
  const setChoice = (id: string, value: string) =>
    update((current) => ({
      visit: [...without(current.get('visit'), id), ...(value === 'must' ? [id] : [])].join(','),
      optional: [...without(current.get('optional'), id), ...(value === 'optional' ? [id] : [])].join(','),
      lock: value === 'must' ? current.get('lock') : without(current.get('lock'), id).join(','),
    }))
  const setLock = (id: string, at: string) =>
    update((current) => ({ lock: [...without(current.get('lock'), id), ...(at ? [`${id}@${at}`] : [])].join(',') }))
  const value = answer.status === 'done' ? answer.value : answer.status === 'loading' ? answer.previous : null
  const itinerary = value?.ok ? value.itinerary : null
  const links = itinerary ? itinerary.days.flatMap((d) => d.legs.flatMap((l) => l.links)) : []
  // A saved tour opened from /tours (`tour=ID`): its name and notes are edited here and saved back.
  const tours = useTours()
  const tourId = params.get('tour')
  const tour = tourId ? (tours.tours.find((x) => x.id === tourId) ?? null) : null
  const [draft, setDraft] = useTourDraft(tour)
  const savedRequest = state.start
    ? savedRequestOf(
        {
          start: state.start,
          must: state.must,
          optional: state.optional,
          days: state.days,
          depart: state.depart,
          locks: state.locks,
          profile: state.profile,
        },
        date,
        scenarioRequest,
      )
    : null
  return (
    <main className="with-map" id="main">
      <aside className="side-panel" tabIndex={0} aria-label={t('itinerary.title')}>
        <h1>{t('itinerary.title')}</h1>
        <NoticeList notices={state.notices} />
        <form className="route-form" onSubmit={(e) => e.preventDefault()}>
          <PlacePicker
            label={t('itinerary.start')}
            value={state.start}
            onChange={(id) => update({ start: id })}
            testId="trip-start"
          />
          <div className="trip-row">
            <label>
              {t('itinerary.date')}{' '}
              <input
                type="date"
                value={date}
                min="2023-01-01"
                max="2035-12-31"
                onChange={(e) => update({ date: e.target.value || null, scenario: null })}
              />
            </label>
            <label>
              {t('itinerary.days')}
              <select
                value={state.days}
                data-testid="trip-days"
                onChange={(e) => update({ days: e.target.value === '1' ? null : e.target.value })}
              >
                {[1, 2, 3, 4, 5, 6, 7].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('itinerary.depart')}{' '}
              <input
                type="time"
                value={state.depart ?? '07:00'}
                onChange={(e) => update({ depart: e.target.value === '07:00' ? null : e.target.value })}
              />
            </label>
            <label>
              {t('route.profile')}
              <select
                value={state.profile}
                data-testid="trip-profile"
                onChange={(e) => update({ profile: e.target.value === 'car' ? null : e.target.value })}
              >
                {(['car', 'coach', 'motorbike'] as const).map((p) => (
                  <option key={p} value={p}>
                    {t(`route.profiles.${p}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <details className="tours">
            <summary>{t('itinerary.tours')}</summary>
            <ul>
              {embeddedTours.map((curated) => (
                <li key={curated.id}>
                  <button
                    type="button"
                    onClick={() =>
                      update({
                        start: state.start ?? curated.start,
                        visit: curated.stops.join(','),
                        optional: curated.optional.join(','),
                        days: curated.days === 1 ? null : String(curated.days),
                      })
                    }
                  >
                    {t('itinerary.useTour')}
                  </button>{' '}
                  <strong>{text(curated.name)}</strong> <span className="muted">{text(curated.description)}</span>
                </li>
              ))}
            </ul>
          </details>
          <fieldset className="site-choices">
            <legend>{t('itinerary.sites')}</legend>
            {sites.map((p) => (
              <label key={p.id} className="site-choice">
                <span>{text(p.name)}</span>
                <span className="site-controls">
                  {choice(p.id) === 'must' && (
                    <input
                      type="time"
                      aria-label={t('itinerary.lockAt', { place: text(p.name) })}
                      title={t('itinerary.lockAt', { place: text(p.name) })}
                      value={state.locks.find((l) => l.place === p.id)?.at ?? ''}
                      data-lock={p.id}
                      onChange={(e) => setLock(p.id, e.target.value)}
                    />
                  )}
                  <select
                    value={choice(p.id)}
                    data-site={p.id}
                    onChange={(e) => setChoice(p.id, e.target.value)}
                    aria-label={text(p.name)}
                  >
                    <option value="none">{t('itinerary.choice.none')}</option>
                    <option value="must">{t('itinerary.choice.must')}</option>
                    <option value="optional">{t('itinerary.choice.optional')}</option>
                  </select>
                </span>
              </label>
            ))}
          </fieldset>
        </form>
        <div
          aria-live="polite"
          className={answer.status === 'loading' ? 'result stale' : 'result'}
          data-testid="trip-result"
          data-state={answer.status}
        >
          {!ready && <p className="muted">{t('itinerary.pick')}</p>}
          {answer.status === 'loading' && !value && <p role="status">{t('itinerary.computing')}</p>}
          <QueryFailure state={answer} />
          {value && !value.ok && <p role="alert">{value.message}</p>}
          {itinerary && <ItineraryResult itinerary={itinerary} />}
        </div>
        {tourId && !tour && tours.status === 'ready' && (
          <p className="notices" role="alert">
            {t('tripTools.tourMissing')}
          </p>
        )}
        {itinerary && savedRequest && (
          <Suspense fallback={null}>
            <TripTools itinerary={itinerary} request={savedRequest} tour={tour} draft={draft} onDraft={setDraft} />
          </Suspense>
        )}
      </aside>
      <div className="map-main">
        <MapView routeLinks={links} />
      </div>
      {itinerary && (
        <Suspense fallback={null}>
          <Roadbook
            itinerary={itinerary}
            title={draft.name.trim() || null}
            tourNote={draft.note}
            stopNotes={draft.stopNotes}
            url={typeof window === 'undefined' ? '' : window.location.href}
          />
        </Suspense>
      )}
    </main>
  )
}
