/**
 * Trip planner page: `/itinerary?start=ID&visit=ID,ID&optional=ID&date=YYYY-MM-DD&days=N&…` (every
 * parameter in `state/trip-params.ts`). The form and the folded site list come first, the plan right
 * after them (on a phone too) and on the map; the plan comes from the core worker.
 */
import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { placeOf, tripMapPlan, type PlaceId, type Tour } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useCoreQuery } from '../../hooks/use-core-query.ts'
import { useSearchState } from '../../state/use-search-state.ts'
import { useSameValue } from '../../hooks/use-same-value.ts'
import { NoticeList } from '../../components/notice-list.tsx'
import { QueryFailure } from '../../components/query-failure.tsx'
import { readTripParams, tripRequest, writeTripParams, type TripState } from '../../state/trip-params.ts'
import { MapView } from '../../components/map/map-view.tsx'
import { ItineraryResult } from './itinerary-result.tsx'
import { SiteChoices, type SiteChoice } from './site-choices.tsx'
import { TripForm } from './trip-form.tsx'
import { useTourDraft } from './tour-draft.ts'
import { withChoice, withFreeOrder, withLock, withOrder, withStay } from './trip-edits.ts'
import { PrintedRoadbook } from './printed-roadbook.tsx'
import { useTours } from '../../storage/tours-context.tsx'
import { savedRequestOf } from '../../state/trip-address.ts'

// Saving, exports and the roadbook load when a plan is first shown (not in the first download).
const TripTools = lazy(() => import('./trip-tools.tsx').then((m) => ({ default: m.TripTools })))

const INVALID_FIELDS = [
  'visit',
  'days',
  'day-window',
  'depart',
  'max-travel',
  'pace',
  'lock',
  'lunch',
  'visit-minutes',
  'nights',
] as const

/** The setting a refused request is about (the core's `field`), to name it in the page's language. */
function invalidField(field: string | null): (typeof INVALID_FIELDS)[number] | 'other' {
  return INVALID_FIELDS.find((f) => f === field) ?? 'other'
}

export function ItineraryPage() {
  const { t } = useTranslation()
  const { dataset, scenarioRequest, scenario, today, text } = useApp()
  const { params, update } = useSearchState()
  const search = params.toString()
  const { state, notices } = useMemo(() => readTripParams(dataset, new URLSearchParams(search)), [dataset, search])
  const date = scenario.date ?? today
  const request = tripRequest(state, date)
  const answer = useCoreQuery(
    request
      ? {
          type: 'itinerary' as const,
          scenario: scenarioRequest,
          today,
          options: { profile: state.profile },
          request,
        }
      : null,
  )
  // Every change reads the current address, so quick changes in a row add up. The same functions
  // from render to render (`update` is stable), so the memoised site list is not redrawn for them.
  const change = useCallback(
    (changes: Partial<TripState> | ((current: TripState) => Partial<TripState>)) =>
      update((current) => {
        const now = readTripParams(dataset, current).state
        return writeTripParams({ ...now, ...(typeof changes === 'function' ? changes(now) : changes) })
      }),
    [dataset, update],
  )
  const setChoice = useCallback((id: PlaceId, choice: SiteChoice) => change((s) => withChoice(s, id, choice)), [change])
  const setLock = useCallback((id: PlaceId, at: string | null) => change((s) => withLock(s, id, at)), [change])
  const setStay = useCallback(
    (id: PlaceId, minutes: number | null) => change((s) => withStay(s, id, minutes)),
    [change],
  )
  // A curated tour brings its own start: a tour from Hạ Long planned from Hà Nội would lose its point.
  const [tourNotice, setTourNotice] = useState<{ tour: Tour; previous: PlaceId } | null>(null)
  const start = state.start
  const useTour = useCallback(
    (tour: Tour) => {
      change({
        start: tour.start as PlaceId,
        end: null,
        must: tour.stops as PlaceId[],
        optional: tour.optional as PlaceId[],
        days: tour.days,
        locks: [],
        nights: [],
      })
      setTourNotice(start && start !== tour.start ? { tour, previous: start } : null)
    },
    [change, start],
  )
  // The site list's part of the address, the same object while a slider changes only the date.
  const { must, optional, locks, visitMinutes } = state
  const siteState = useSameValue(
    { must, optional, locks, visitMinutes },
    JSON.stringify([must, optional, locks, visitMinutes]),
  )
  const reorder = {
    locks: state.locks,
    onReorder: (_day: number, order: readonly PlaceId[]) => change((s) => withOrder(s, order)),
    onFreeOrder: () => change(withFreeOrder),
  }
  const value = answer.status === 'done' ? answer.value : answer.status === 'loading' ? answer.previous : null
  const itinerary = value?.ok ? value.itinerary : null
  const plan = useMemo(() => (itinerary ? tripMapPlan(dataset, itinerary) : null), [dataset, itinerary])
  // A saved tour opened from /tours (`tour=ID`): its name and notes are edited here and saved back.
  const tours = useTours()
  const tourId = params.get('tour')
  const tour = tourId ? (tours.tours.find((x) => x.id === tourId) ?? null) : null
  const [draft, setDraft] = useTourDraft(tour)
  const savedRequest = state.start ? savedRequestOf({ ...state, start: state.start }, date, scenarioRequest) : null
  const siteCount = itinerary?.order.length ?? 0
  return (
    <main className="with-map" id="main">
      <aside className="side-panel" tabIndex={0} aria-label={t('itinerary.title')}>
        <h1>{t('itinerary.title')}</h1>
        <NoticeList notices={notices} />
        <form className="route-form" onSubmit={(e) => e.preventDefault()}>
          <TripForm state={state} date={date} onChange={change} onDate={(d) => update({ date: d, scenario: null })} />
          <SiteChoices state={siteState} onChoice={setChoice} onLock={setLock} onStay={setStay} onTour={useTour} />
          {tourNotice && state.start === tourNotice.tour.start && (
            <p className="notices tour-start" role="status" data-testid="tour-start">
              {t('itinerary.tourStart', { place: text(placeOf(dataset, tourNotice.tour.start)?.name) })}{' '}
              <button
                type="button"
                onClick={() => {
                  change({ start: tourNotice.previous })
                  setTourNotice(null)
                }}
              >
                {t('itinerary.keepStart', { place: text(dataset.placeById.get(tourNotice.previous)?.name) })}
              </button>
            </p>
          )}
        </form>
        <div
          className={answer.status === 'loading' ? 'result stale' : 'result'}
          data-testid="trip-result"
          data-state={answer.status}
        >
          <p role="status" className="visually-hidden" data-testid="trip-status">
            {answer.status === 'loading'
              ? t('itinerary.computing')
              : itinerary
                ? t('itinerary.planReady', {
                    days: t('tours.days', { count: itinerary.days.length }),
                    sites: t('tours.sites', { count: siteCount }),
                  })
                : ''}
          </p>
          {!request && <p className="muted">{t('itinerary.pick')}</p>}
          {answer.status === 'loading' && !value && <p>{t('itinerary.computing')}</p>}
          <QueryFailure state={answer} />
          {value && !value.ok && (
            <p role="alert" data-testid="trip-invalid" title={value.message}>
              {t('itinerary.invalid', { field: t(`itinerary.fields.${invalidField(value.field)}`) })}
            </p>
          )}
          {itinerary && <ItineraryResult itinerary={itinerary} reorder={reorder} />}
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
        <MapView
          plan={plan}
          placeActions={{
            'add-to-trip': (id) => setChoice(id, 'must'),
          }}
        />
      </div>
      {itinerary && (
        <PrintedRoadbook
          itinerary={itinerary}
          title={draft.name.trim() || null}
          tourNote={draft.note}
          stopNotes={draft.stopNotes}
          url={typeof window === 'undefined' ? '' : window.location.href}
        />
      )}
    </main>
  )
}
