/**
 * A trip on an imported network: from a place of the user's choice to the network's heritage sites,
 * as many as fit in one to three days, planned in the worker by the same planner as `/itinerary`, on
 * the network as it is on the trip's first day. Shown day by day with the itinerary's own words;
 * left-out sites and notes come worded in both languages from the worker (which has the network).
 */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useApp } from '../../app/app-context.tsx'
import { DateField } from '../../components/typed-fields.tsx'
import type { ImportAnswer } from '../../worker/imported-networks.ts'
import type { ImportedTripAnswer } from '../../worker/imported-trip-compare.ts'
import { IMPORTED_DATES } from './imported-route.tsx'
import { ImportedPlaceField } from './imported-place-field.tsx'
import { useUnknownPlace } from './unknown-place.ts'

const DAY_CHOICES = [1, 2, 3] as const

export function ImportedTrip({
  answer,
  networkKey,
}: {
  answer: Extract<ImportAnswer, { ok: true }>
  networkKey: string
}) {
  const { t } = useTranslation()
  const { core, today, text, fmt } = useApp()
  const unknownPlace = useUnknownPlace()
  const [start, setStart] = useState('')
  const [date, setDate] = useState(today)
  const [days, setDays] = useState<number>(1)
  const [busy, setBusy] = useState(false)
  const [trip, setTrip] = useState<ImportedTripAnswer | null>(null)
  const plan = async (e: FormEvent) => {
    e.preventDefault()
    if (!start.trim() || !date) return
    setBusy(true)
    try {
      setTrip(await core.ask({ type: 'imported-trip', key: networkKey, start: start.trim(), date, days, today }))
    } finally {
      setBusy(false)
    }
  }
  const r = trip?.ok ? trip : null
  const name = (id: string) => (r?.names[id] ? text(r.names[id]) : id)
  return (
    <section aria-labelledby="imported-trip-title" className="imported-route">
      <h3 id="imported-trip-title">{t('importer.tripTitle')}</h3>
      <p className="muted">{t('importer.tripIntro')}</p>
      <form className="import-form" onSubmit={(e) => void plan(e)}>
        <ImportedPlaceField
          places={answer.namedPlaces}
          label={t('importer.tripStart')}
          value={start}
          onChange={setStart}
          testId="imported-trip-start"
        />
        <DateField
          label={t('itinerary.date')}
          value={date}
          min={IMPORTED_DATES[0]}
          max={IMPORTED_DATES[1]}
          onChange={(d) => setDate(d ?? '')}
          testId="imported-trip-date"
        />
        <label>
          <span>{t('itinerary.days')}</span>
          <select value={days} data-testid="imported-trip-days" onChange={(e) => setDays(Number(e.target.value))}>
            {DAY_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy} data-testid="imported-trip-run">
          {busy ? t('importer.tripRunning') : t('importer.tripRun')}
        </button>
      </form>
      <div aria-live="polite" aria-busy={busy} data-testid="imported-trip">
        {trip && !trip.ok && (
          <p role="alert">
            {trip.gone
              ? t('importer.gone')
              : trip.noSites
                ? t('importer.tripNoSites')
                : trip.unknown
                  ? unknownPlace(trip.unknown)
                  : trip.message}
          </p>
        )}
        {r &&
          r.itinerary.days.map((day) => {
            const last = day.day === r.itinerary.days.length
            return (
              <section key={day.day} className="itinerary-day" data-testid={`imported-day-${day.day}`}>
                <h4>{t('itinerary.day', { day: day.day, date: fmt.day(day.date) })}</h4>
                <ol className="timeline-list">
                  <li className="tl-leave">
                    <span className="tl-time">{day.depart}</span> {t('itinerary.leave', { place: name(day.from) })}
                  </li>
                  {day.stops.map((s) => (
                    <li key={s.place} className="tl-stop">
                      <strong>{name(s.place)}</strong>{' '}
                      <span className="muted">
                        {t('itinerary.visit', { arrive: s.arrive, start: s.start, depart: s.depart })}
                      </span>
                    </li>
                  ))}
                  <li className="tl-end">
                    <span className="tl-time">{day.arrive}</span>{' '}
                    {!last
                      ? t('itinerary.night', { place: name(day.to) })
                      : day.to === r.itinerary.days[0]?.from
                        ? t('itinerary.back', { place: name(day.to) })
                        : t('itinerary.arriveEnd', { place: name(day.to) })}
                  </li>
                </ol>
              </section>
            )
          })}
        {r && r.itinerary.dropped.length > 0 && (
          <>
            <h4>{t('itinerary.dropped')}</h4>
            <ul data-testid="imported-trip-dropped">
              {r.itinerary.dropped.map((d, i) => (
                <li key={d.place}>
                  {name(d.place)}: {text(r.dropped[i]!)}
                </li>
              ))}
            </ul>
          </>
        )}
        {r && r.notes.length > 0 && (
          <>
            <h4>{t('itinerary.warnings')}</h4>
            <ul className="warnings">
              {r.notes.map((n, i) => (
                <li key={i}>{text(n)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  )
}
