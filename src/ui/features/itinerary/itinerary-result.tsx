/**
 * Itinerary result
 * ================
 * A trip for people, day by day: when to leave, each drive with its time and distance (the way step by
 * step on demand), each stop numbered as on the map with its arrival, visit, waits and festival, the
 * lunch break where it falls, and the night's base or the way home. Stops can be put in another order
 * by dragging or with their ↑ ↓ buttons, which fixes their place; one click gives the order back to the
 * planner. Then what was left out and why, and what is good to know.
 */
import { useState, type ReactNode } from 'react'
import { placeName } from '../../../core/index.ts'
import { useTranslation } from 'react-i18next'
import type { Itinerary, ItineraryDay, Lock, PlaceId } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { LegList } from '../../components/leg-list.tsx'
import { useDescribe } from '../../hooks/use-describe.ts'
import { dayColour } from '../../components/map/map-style.ts'

export interface ReorderProps {
  readonly locks: readonly Lock[]
  /** The day's stops in the order the user wants. */
  readonly onReorder: (day: number, order: readonly PlaceId[]) => void
  /** Drop every fixed position. */
  readonly onFreeOrder: () => void
}

function Drive({ leg }: { leg: ItineraryDay['legs'][number] }) {
  const { t } = useTranslation()
  const { fmt } = useApp()
  return (
    <li className="tl-drive" data-testid="drive">
      <details>
        <summary>
          <span className="drive-time">
            {t('itinerary.drive', { time: fmt.minutes(leg.minutes), km: fmt.km(leg.km) })}
          </span>
          <span className="muted drive-more"> · {t('itinerary.driveDetails')}</span>
        </summary>
        <LegList steps={leg.steps} />
      </details>
    </li>
  )
}

export function ItineraryResult({ itinerary, reorder }: { itinerary: Itinerary; reorder?: ReorderProps }) {
  const { t } = useTranslation()
  const { dataset, language, text, fmt } = useApp()
  const describe = useDescribe()
  const [dragged, setDragged] = useState<{ day: number; place: PlaceId } | null>(null)
  const name = (id: string) => placeName(dataset, id, language)
  const last = itinerary.days.at(-1)
  const fixed = new Set(reorder?.locks.filter((l) => l.position).map((l) => l.place))
  let number = 0
  const move = (day: ItineraryDay, from: number, to: number) => {
    if (!reorder || to < 0 || to >= day.stops.length || from === to) return
    const order = day.stops.map((s) => s.place)
    const [place] = order.splice(from, 1)
    order.splice(to, 0, place!)
    reorder.onReorder(day.day, order)
  }
  return (
    <div className="itinerary" data-testid="itinerary">
      <p className={itinerary.feasible ? 'route-total' : 'route-total infeasible'} data-testid="itinerary-summary">
        {!itinerary.feasible && <strong>{t('itinerary.notFeasible')} · </strong>}
        {itinerary.days.length > 1 && last
          ? t('itinerary.feasibleDays', {
              days: itinerary.days.length,
              date: fmt.day(last.date),
              time: last.arrive,
              travel: fmt.minutes(itinerary.travelMinutes),
            })
          : t('itinerary.feasible', {
              total: fmt.minutes(itinerary.totalMinutes),
              travel: fmt.minutes(itinerary.travelMinutes),
            })}
      </p>
      {reorder && itinerary.order.length > 1 && (
        <p className="order-hint muted">
          {t('itinerary.orderHint')}{' '}
          {fixed.size > 0 && (
            <button type="button" onClick={reorder.onFreeOrder} data-testid="free-order">
              {t('itinerary.freeOrder')}
            </button>
          )}
        </p>
      )}
      {itinerary.days.map((day) => {
        const rows: ReactNode[] = []
        const lunch = day.lunch
        const lunchRow = lunch && (
          <li key="lunch" className="tl-lunch" data-testid="lunch">
            <span className="tl-time">
              {lunch.start}–{lunch.end}
            </span>{' '}
            {t('itinerary.lunch', { place: name(lunch.place) })}
          </li>
        )
        rows.push(
          <li key="leave" className="tl-leave">
            <span className="tl-time">{day.depart}</span> {t('itinerary.leave', { place: name(day.from) })}
          </li>,
        )
        day.stops.forEach((stop, i) => {
          const leg = day.legs[i]
          if (leg) rows.push(<Drive key={`drive-${i}`} leg={leg} />)
          if (lunch?.place === stop.place && lunch.when === 'before') rows.push(lunchRow)
          const n = ++number
          const canMove = reorder && day.stops.length > 1
          rows.push(
            <li
              key={stop.place}
              className={`tl-stop${dragged?.place === stop.place ? ' dragging' : ''}`}
              data-place={stop.place}
              draggable={canMove ? true : undefined}
              onDragStart={(e) => {
                setDragged({ day: day.day, place: stop.place })
                e.dataTransfer.effectAllowed = 'move'
                e.dataTransfer.setData('text/plain', stop.place)
              }}
              onDragEnd={() => setDragged(null)}
              onDragOver={(e) => {
                if (dragged?.day === day.day) e.preventDefault()
              }}
              onDrop={(e) => {
                e.preventDefault()
                if (!dragged || dragged.day !== day.day) return
                move(
                  day,
                  day.stops.findIndex((s) => s.place === dragged.place),
                  i,
                )
                setDragged(null)
              }}
            >
              <span className="stop-number" style={{ background: dayColour(day.day - 1) }} aria-hidden="true">
                {n}
              </span>
              <span className="stop-body">
                <strong>{name(stop.place)}</strong>
                {fixed.has(stop.place) && (
                  <span className="fixed-tag" title={t('itinerary.orderFixed')}>
                    {' '}
                    📌<span className="visually-hidden">{t('itinerary.orderFixed')}</span>
                  </span>
                )}
                <span className="leg-meta">
                  {t('itinerary.visit', { arrive: stop.arrive, start: stop.start, depart: stop.depart })}
                  {stop.waitFor && (
                    <>
                      {' '}
                      ·{' '}
                      {t(stop.waitFor === 'lock' ? 'itinerary.waitsLock' : 'itinerary.waits', {
                        time: fmt.minutes(stop.waitMinutes),
                      })}
                    </>
                  )}
                  {!stop.hoursVerified && <em className="estimate-tag"> · {t('itinerary.unverified')}</em>}
                  {stop.festival && <strong> · {t('itinerary.festival', { name: text(stop.festival) })}</strong>}
                </span>
              </span>
              {canMove && (
                <span className="stop-move">
                  <button
                    type="button"
                    aria-label={t('itinerary.moveEarlier', { place: name(stop.place) })}
                    title={t('itinerary.moveEarlier', { place: name(stop.place) })}
                    disabled={i === 0}
                    onClick={() => move(day, i, i - 1)}
                    data-move="up"
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={t('itinerary.moveLater', { place: name(stop.place) })}
                    title={t('itinerary.moveLater', { place: name(stop.place) })}
                    disabled={i === day.stops.length - 1}
                    onClick={() => move(day, i, i + 1)}
                    data-move="down"
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>,
          )
          if (lunch?.place === stop.place && lunch.when === 'after') rows.push(lunchRow)
        })
        const home = day.legs[day.stops.length]
        if (home) rows.push(<Drive key="drive-home" leg={home} />)
        if (day.stops.length === 0)
          rows.push(
            <li key="travel-only" className="muted">
              {t('itinerary.travelOnly')}
            </li>,
          )
        const isLast = day.day === itinerary.days.length
        const backHome = isLast && day.to === itinerary.days[0]?.from
        rows.push(
          <li key="end" className="tl-end">
            <span className="tl-time">{day.arrive}</span>{' '}
            {!isLast
              ? t('itinerary.night', { place: name(day.to) })
              : backHome
                ? t('itinerary.back', { place: name(day.to) })
                : t('itinerary.arriveEnd', { place: name(day.to) })}
          </li>,
        )
        return (
          <section
            key={day.day}
            className="itinerary-day"
            data-testid={`day-${day.day}`}
            style={{ borderColor: dayColour(day.day - 1) }}
          >
            <h3>{t('itinerary.day', { day: day.day, date: fmt.day(day.date) })}</h3>
            <ol className="timeline-list">{rows}</ol>
          </section>
        )
      })}
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
