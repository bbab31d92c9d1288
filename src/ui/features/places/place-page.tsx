/**
 * `/places/ID`: what a place is, when it is open, what it costs, its festivals and their next dates,
 * its sources, and travel times from it in the current scenario.
 */
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { placeOf, describeScenario, haversineKm, nextFestivals, noteText } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useSharedSearch } from '../../app/app-layout.tsx'
import { useCoreQuery } from '../../hooks/use-core-query.ts'
import { SourceList } from '../../components/source-list.tsx'
import { QueryFailure } from '../../components/query-failure.tsx'
import { hoursText } from './place-facts.ts'

export function PlacePage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const { dataset, text, today, scenario, scenarioRequest, language, fmt } = useApp()
  const shared = useSharedSearch()
  const place = placeOf(dataset, id)
  const times = useCoreQuery(place ? { type: 'from-place', scenario: scenarioRequest, today, place: place.id } : null)
  if (!place) {
    return (
      <main className="page" id="main">
        <h1>{t('places.title')}</h1>
        <p role="alert">{t('places.notFound', { id: id.slice(0, 80) })}</p>
        <Link to={`/places${shared}`}>{t('places.title')}</Link>
      </main>
    )
  }
  const hours = hoursText(place.openingHours)
  const day = scenario.date ?? today
  const festivals = nextFestivals(place, day)
  const other = language === 'vi' ? 'en' : 'vi'
  const low = (field: string) =>
    (place.provenance as Record<string, { confidence?: string } | undefined> | undefined)?.[field]?.confidence === 'low'
  const sources = [
    ...(place.sources ?? []),
    ...Object.values(place.provenance ?? {}).flatMap((n) => n?.sources ?? []),
    ...(place.festivals ?? []).flatMap((f) => f.sources),
  ]
  const planLink = `/route${shared ? `${shared}&` : '?'}from=${place.id}`
  return (
    <main className="page place-page" id="main">
      <h1>{place.name[language]}</h1>
      {place.name[other] !== place.name[language] && (
        <p className="subtitle" lang={other}>
          {place.name[other]}
        </p>
      )}
      <p className="muted">
        {t(`places.kinds.${place.kind}`)}
        {place.heritage?.unescoComponent && (
          <>
            {' '}
            · <span className="badge-unesco">{t('places.unesco')}</span>
          </>
        )}
      </p>
      {place.description && <p className="description">{text(place.description)}</p>}
      <dl className="facts">
        {place.province && (
          <>
            <dt>{t('places.province')}</dt>
            <dd>
              {place.province.before2025 && place.province.before2025 !== place.province.current
                ? t('places.province2025', { current: place.province.current, before: place.province.before2025 })
                : place.province.current}
            </dd>
          </>
        )}
        <dt>{t('places.position')}</dt>
        <dd>
          {place.lat.toFixed(3)}, {place.lon.toFixed(3)}
          {low('position') && (
            <em className="estimate-tag"> — {t('places.positionEstimate', { km: place.positionPrecisionKm ?? 3 })}</em>
          )}
          {(place.referencePositions ?? []).map((ref, i) => (
            <div key={i} className="muted small" data-testid="reference-position">
              {t('places.referencePosition', {
                position: `${ref.lat.toFixed(3)}, ${ref.lon.toFixed(3)}`,
                km: fmt.km(haversineKm(place.lat, place.lon, ref.lat, ref.lon)),
              })}
            </div>
          ))}
        </dd>
        {place.kind === 'heritage-site' && (
          <>
            <dt>{t('places.visit')}</dt>
            <dd>
              {fmt.minutes(place.visitMinutes)}
              {low('visitMinutes') && <em className="estimate-tag"> — {t('places.estimate')}</em>}
            </dd>
          </>
        )}
        {place.kind === 'heritage-site' && (
          <>
            <dt>{t('places.hours')}</dt>
            <dd data-testid="hours">
              {hours.text ? t('places.everyDay', { hours: hours.text }) : t('places.hoursUnknown')}
              {hours.text && hours.unverified && <em className="estimate-tag"> — {t('places.estimate')}</em>}
            </dd>
          </>
        )}
        {place.kind === 'heritage-site' && (
          <>
            <dt>{t('places.fee')}</dt>
            <dd>
              {place.fee
                ? place.fee.amountVnd === 0
                  ? t('places.free')
                  : fmt.vnd(place.fee.amountVnd)
                : t('places.feeUnknown')}
              {place.fee?.note && <span className="muted"> — {noteText(place.fee.note, language)}</span>}
              {place.fee?.confidence === 'low' && <em className="estimate-tag"> — {t('places.estimate')}</em>}
            </dd>
          </>
        )}
      </dl>
      {festivals.length > 0 && (
        <section>
          <h2>{t('places.festivals')}</h2>
          <ul className="festivals" data-testid="festivals">
            {festivals.map((o) => {
              const f = o.festival
              const lunar = f.lunarEnd
                ? t('places.lunarRange', {
                    start: `${f.lunarStart.day}/${f.lunarStart.month}`,
                    end: `${f.lunarEnd.day}/${f.lunarEnd.month}`,
                  })
                : t('places.lunar', { start: `${f.lunarStart.day}/${f.lunarStart.month}` })
              const under = o.start <= day && o.end >= day
              return (
                <li key={f.id}>
                  <strong>{text(f.name)}</strong> — {lunar};{' '}
                  {o.start === o.end
                    ? t('places.nextOne', { start: fmt.day(o.start) })
                    : t('places.next', { start: fmt.day(o.start), end: fmt.day(o.end) })}
                  {under && <strong> ({t('places.underWay')})</strong>}
                  {(f.highlights ?? []).length > 0 && (
                    <ul className="highlights">
                      {f.highlights!.map((h) => (
                        <li key={`${h.lunar.month}-${h.lunar.day}`}>
                          {t('places.lunar', { start: `${h.lunar.day}/${h.lunar.month}` })}: {text(h.name)}
                        </li>
                      ))}
                    </ul>
                  )}
                  {f.note && <div className="muted small">{noteText(f.note, language)}</div>}
                </li>
              )
            })}
          </ul>
        </section>
      )}
      <p>
        <Link to={planLink}>{t('places.planFrom')}</Link>
      </p>
      <section>
        <h2>{t('places.travelTimes')}</h2>
        <p className="muted" data-testid="times-scenario">
          {describeScenario(scenario, dataset, language)}
        </p>
        <QueryFailure state={times} />
        {times.status === 'done' && (
          <table className="times" data-testid="travel-times">
            <tbody>
              {times.value.rows
                .filter((r) => r.minutes !== null)
                .sort((a, b) => a.minutes! - b.minutes!)
                .slice(0, 12)
                .map((r) => (
                  <tr key={r.place}>
                    <th scope="row">
                      <Link to={`/places/${r.place}${shared}`}>{text(dataset.placeById.get(r.place)?.name)}</Link>
                    </th>
                    <td>{fmt.minutes(r.minutes!)}</td>
                    <td>{fmt.km(r.km!)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </section>
      <SourceList ids={sources} />
    </main>
  )
}
