/**
 * An itinerary for people: a timeline per day, the night's base, what was left out and why, warnings.
 */
import { formatMinutes } from '../../../core/index.ts'
import { useTranslation } from 'react-i18next'
import type { Itinerary } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useDescribe } from '../../hooks/use-describe.ts'

export function ItineraryResult({ itinerary }: { itinerary: Itinerary }) {
  const { t } = useTranslation()
  const { dataset, text, language } = useApp()
  const describe = useDescribe()
  const name = (id: string) => text(dataset.placeById.get(id as never)?.name) || id
  return (
    <div className="itinerary" data-testid="itinerary">
      <p className={itinerary.feasible ? 'route-total' : 'route-total infeasible'} data-testid="itinerary-summary">
        {!itinerary.feasible && <strong>{t('itinerary.notFeasible')} · </strong>}
        {itinerary.days.length > 1
          ? t('itinerary.feasibleDays', {
              days: itinerary.days.length,
              date: itinerary.days.at(-1)!.date,
              time: itinerary.days.at(-1)!.arrive,
              travel: formatMinutes(itinerary.travelMinutes, language),
            })
          : t('itinerary.feasible', {
              days: 1,
              total: formatMinutes(itinerary.totalMinutes, language),
              travel: formatMinutes(itinerary.travelMinutes, language),
            })}
      </p>
      {itinerary.days.map((day) => (
        <section key={day.day} className="itinerary-day" data-testid={`day-${day.day}`}>
          <h3>{t('itinerary.day', { day: day.day, date: day.date })}</h3>
          <ol className="timeline-list">
            <li className="muted">{t('itinerary.leave', { place: name(day.from), time: day.depart })}</li>
            {day.stops.map((stop) => (
              <li key={stop.place} data-place={stop.place}>
                <strong>{name(stop.place)}</strong>
                <span className="leg-meta">
                  {t('itinerary.visit', { arrive: stop.arrive, start: stop.start, depart: stop.depart })}
                  {stop.waitFor && (
                    <>
                      {' '}
                      ·{' '}
                      {t(stop.waitFor === 'lock' ? 'itinerary.waitsLock' : 'itinerary.waits', {
                        minutes: stop.waitMinutes,
                      })}
                    </>
                  )}
                  {!stop.hoursVerified && <em className="estimate-tag"> · {t('itinerary.unverified')}</em>}
                  {stop.festival && <strong> · {t('itinerary.festival', { name: text(stop.festival) })}</strong>}
                </span>
              </li>
            ))}
            {day.stops.length === 0 && <li className="muted">{t('itinerary.travelOnly')}</li>}
            <li className="muted">
              {day.day < itinerary.days.length
                ? t('itinerary.night', { place: name(day.to) })
                : t('itinerary.back', { place: name(day.to), time: day.arrive })}
            </li>
          </ol>
        </section>
      ))}
      {itinerary.dropped.length > 0 && (
        <section>
          <h3>{t('itinerary.dropped')}</h3>
          <ul data-testid="dropped">
            {itinerary.dropped.map((d) => (
              <li key={d.place}>
                {name(d.place)}: {describe.drop(d.cause)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {itinerary.notes.length > 0 && (
        <section>
          <h3>{t('itinerary.warnings')}</h3>
          <ul className="warnings" data-testid="warnings">
            {itinerary.notes.map((n, i) => (
              <li key={i}>{describe.note(n)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
