/**
 * Site choices
 * ============
 * The curated tours, then every heritage site with its choice (must see, if time, or not) and, once
 * chosen, how long to stay and an optional start time for the visit (a ceremony, a booked slot). The
 * list folds away once sites are chosen, saying which, so the plan below stays in view.
 */
import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { VISIT_MINUTES_RANGE, type PlaceId, type Tour } from '../../../core/index.ts'
import { useAppBase } from '../../app/app-context.tsx'
import { TimeField } from '../../components/typed-fields.tsx'
import { embeddedTours } from '../../data/embedded-tours.ts'
import type { TripState } from '../../state/trip-params.ts'

const STAY_MINUTES = [30, 45, 60, 90, 120, 180, 240, 300, 360] as const

export type SiteChoice = 'none' | 'must' | 'optional'

/** The sites' part of the trip: what the list shows and edits. */
export type SiteChoiceState = Pick<TripState, 'must' | 'optional' | 'locks' | 'visitMinutes'>

/**
 * A memo: moving the date slider re-reads the address but changes no choice, so the list (dozens of
 * selects and fields) is not redrawn at every step. The page keeps `state` and the callbacks stable.
 */
export const SiteChoices = memo(function SiteChoices({
  state,
  onChoice,
  onLock,
  onStay,
  onTour,
}: {
  state: SiteChoiceState
  onChoice: (id: PlaceId, choice: SiteChoice) => void
  onLock: (id: PlaceId, at: string | null) => void
  onStay: (id: PlaceId, minutes: number | null) => void
  onTour: (tour: Tour) => void
}) {
  const { t } = useTranslation()
  const { dataset, text, fmt } = useAppBase()
  const sites = dataset.places.filter((p) => p.kind === 'heritage-site')
  const chosen = [...state.must, ...state.optional].filter((id) => sites.some((s) => s.id === id))
  const [open, setOpen] = useState(chosen.length === 0)
  const choice = (id: PlaceId): SiteChoice =>
    state.must.includes(id) ? 'must' : state.optional.includes(id) ? 'optional' : 'none'
  return (
    <>
      <details className="tours">
        <summary>{t('itinerary.tours')}</summary>
        <ul>
          {embeddedTours.map((curated) => (
            <li key={curated.id}>
              <button type="button" data-tour={curated.id} onClick={() => onTour(curated)}>
                {t('itinerary.useTour')}
              </button>{' '}
              <strong>{text(curated.name)}</strong> <span className="muted">{text(curated.description)}</span>
            </li>
          ))}
        </ul>
      </details>
      <details
        className="site-choices"
        open={open}
        onToggle={(e) => setOpen(e.currentTarget.open)}
        data-testid="site-choices"
      >
        <summary>
          <span className="summary-title">{t('itinerary.sites')}</span>{' '}
          <span className="muted">
            {chosen.length === 0
              ? t('itinerary.sitesNone')
              : `${t('itinerary.sitesChosen', { count: chosen.length })}: ${chosen
                  .map((id) => text(dataset.placeById.get(id)?.name))
                  .join(', ')}`}
          </span>
        </summary>
        <ul className="site-list">
          {sites.map((p) => {
            const c = choice(p.id)
            const lock = state.locks.find((l) => l.place === p.id)
            const stay = state.visitMinutes[p.id]
            return (
              <li key={p.id} className={`site-choice site-${c}`}>
                <span className="site-row">
                  <span className="site-name">{text(p.name)}</span>
                  <select
                    value={c}
                    data-site={p.id}
                    onChange={(e) => onChoice(p.id, e.target.value as SiteChoice)}
                    aria-label={text(p.name)}
                  >
                    <option value="none">{t('itinerary.choice.none')}</option>
                    <option value="must">{t('itinerary.choice.must')}</option>
                    <option value="optional">{t('itinerary.choice.optional')}</option>
                  </select>
                </span>
                {c !== 'none' && (
                  <span className="site-details">
                    <label>
                      {t('itinerary.stay')}
                      <select
                        value={stay ?? ''}
                        data-stay={p.id}
                        aria-label={t('itinerary.stayFor', { place: text(p.name) })}
                        onChange={(e) => onStay(p.id, e.target.value === '' ? null : Number(e.target.value))}
                      >
                        <option value="">{t('itinerary.stayUsual', { time: fmt.minutes(p.visitMinutes) })}</option>
                        {[...new Set([...STAY_MINUTES, ...(stay ? [stay] : [])])]
                          .filter((m) => m >= VISIT_MINUTES_RANGE[0] && m <= VISIT_MINUTES_RANGE[1])
                          .sort((a, b) => a - b)
                          .map((m) => (
                            <option key={m} value={m}>
                              {fmt.minutes(m)}
                            </option>
                          ))}
                      </select>
                    </label>
                    {c === 'must' && (
                      <TimeField
                        label={t('itinerary.startAt')}
                        ariaLabel={t('itinerary.lockAt', { place: text(p.name) })}
                        value={lock?.at ?? null}
                        optional
                        placeholder="--:--"
                        onChange={(v) => onLock(p.id, v)}
                        testId={`lock-${p.id}`}
                      />
                    )}
                  </span>
                )}
              </li>
            )
          })}
        </ul>
      </details>
    </>
  )
})
