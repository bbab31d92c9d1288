/**
 * Leave at, arrive at
 * ===================
 * The departure time in, the arrival time out, and whether the destination (a heritage site) is open
 * when you get there: open (with its last entry), opening later (how long you would wait), closed, or
 * hours unknown. The day is the one the page plans for (the scenario's date, else today).
 */
import { useTranslation } from 'react-i18next'
import { arrivalTiming, type FoundRoute } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'

export function RouteArrival({ route, day, depart }: { route: FoundRoute; day: string; depart: string }) {
  const { t } = useTranslation()
  const { dataset, text, fmt } = useApp()
  const timing = arrivalTiming(dataset, route, day, depart)
  const place = text(dataset.placeById.get(route.to)?.name)
  const open = timing.open
  const arrive = { depart: timing.depart, arrive: timing.arrive }
  return (
    <div className="route-arrival" data-testid="route-arrival">
      <p data-testid="arrival-time">
        <strong>
          {timing.daysLater === 0
            ? t('route.arrival', arrive)
            : timing.daysLater === 1
              ? t('route.arrivalNextDay', arrive)
              : t('route.arrivalDays', { ...arrive, count: timing.daysLater })}
        </strong>
      </p>
      {open && (
        <p className={`open-at-arrival open-${open.status}`} data-testid="open-at-arrival" data-status={open.status}>
          {open.status === 'open' &&
            `${t('route.openAtArrival', { place, hours: open.hours.join(', ') })}${open.lastEntry ? ` · ${t('route.openLastEntry', { time: open.lastEntry })}` : ''}`}
          {open.status === 'opens-later' &&
            t('route.opensLater', {
              place,
              time: open.opensAt,
              wait: fmt.minutes(open.waitMinutes),
            })}
          {open.status === 'closed' && t('route.closedAtArrival', { place, hours: open.hours.join(', ') })}
          {open.status === 'unknown' && t('route.hoursUnknown', { place })}
          {open.status !== 'unknown' && !timing.hoursVerified && (
            <span className="muted"> ({t('route.hoursEstimated')})</span>
          )}
        </p>
      )}
    </div>
  )
}
