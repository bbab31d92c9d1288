/**
 * The printable roadbook
 * ======================
 * What "Print" (and the browser's "Save as PDF") gives: the trip on A4 in the chosen language, one
 * section per day with its map and timeline (leave, drive with minutes and km, visit with that day's
 * hours and fee, notes, the night), then what was left out, the warnings, the sources, and the trip's
 * address as text and as a QR code. Hidden on screen; the print stylesheet shows only this.
 */
import { useTranslation } from 'react-i18next'
import {
  defaultTripTitle,
  formatDay,
  formatMinutes,
  noteText,
  tripEvents,
  visitFacts,
  type Itinerary,
  placeName,
  sourceOf,
} from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useDescribe } from '../../hooks/use-describe.ts'
import { QrCode } from '../../components/qr-code.tsx'
import { DayMap } from './day-map.tsx'

export function Roadbook({
  itinerary,
  title,
  tourNote,
  stopNotes,
  url,
}: {
  itinerary: Itinerary
  title: string | null
  tourNote: string
  stopNotes: Readonly<Record<string, string>>
  url: string
}) {
  const { t } = useTranslation()
  const { dataset, text, language, fmt } = useApp()
  const describe = useDescribe()
  const name = (id: string) => placeName(dataset, id, language)
  const m = (x: number) => formatMinutes(x, language)
  const km = (x: number) => fmt.km(x).replace(/ km$/, '')
  const events = tripEvents(itinerary)
  const numbers = new Map(events.flatMap((e) => (e.kind === 'visit' ? [[e.place as string, e.order] as const] : [])))
  const heading =
    title ??
    defaultTripTitle(dataset, itinerary.days[0]?.from ?? '', itinerary.order[0], itinerary.days.length, language)
  const sourceIds = new Set(
    itinerary.order.flatMap((id) => {
      const p = dataset.placeById.get(id)!
      return [...(p.sources ?? []), ...Object.values(p.provenance ?? {}).flatMap((x) => x?.sources ?? [])]
    }),
  )
  const sources = [...sourceIds].map((id) => sourceOf(dataset, id)).filter((s) => s !== undefined)
  return (
    <article className="roadbook print-only" data-testid="roadbook" lang={language}>
      <header>
        <h1>{heading}</h1>
        {tourNote && <p className="roadbook-note">{tourNote}</p>}
        <p>
          {t('roadbook.summary', {
            count: itinerary.days.length,
            travel: m(itinerary.travelMinutes),
            sites: itinerary.order.length,
          })}
        </p>
      </header>
      {itinerary.days.map((day) => (
        <section key={day.day} className="roadbook-day" data-testid={`roadbook-day-${day.day}`}>
          <h2>{t('roadbook.day', { day: day.day, date: formatDay(day.date, language) })}</h2>
          <DayMap
            dataset={dataset}
            day={day}
            numbers={numbers}
            name={name}
            label={t('roadbook.map', { day: day.day })}
          />
          <ol className="roadbook-timeline">
            <li>
              <span className="time">{day.depart}</span> {t('roadbook.leave', { place: name(day.from) })}
            </li>
            {events
              .filter((e) => e.day === day.day && e.kind !== 'night')
              .map((e) => {
                if (e.kind === 'travel')
                  return (
                    <li key={`t-${e.from}-${e.to}-${e.start}`} className="roadbook-drive">
                      <span className="time">
                        {e.start.slice(11)}–{e.end.slice(11)}
                      </span>{' '}
                      {t('roadbook.drive', { time: m(e.leg.minutes), km: km(e.leg.km), place: name(e.to) })}
                      {e.leg.estimated && <em> ({t('route.estimate')})</em>}
                    </li>
                  )
                if (e.kind === 'lunch')
                  return (
                    <li key={`l-${e.start}`} className="roadbook-lunch">
                      <span className="time">
                        {e.start.slice(11)}–{e.end.slice(11)}
                      </span>{' '}
                      {t('itinerary.lunch', { place: name(e.place) })}
                    </li>
                  )
                if (e.kind !== 'visit') return null
                const facts = visitFacts(dataset.placeById.get(e.place)!, e.start.slice(0, 10))
                return (
                  <li key={`v-${e.order}`} className="roadbook-visit">
                    <span className="time">
                      {e.start.slice(11)}–{e.end.slice(11)}
                    </span>{' '}
                    <strong>
                      {e.order}. {name(e.place)}
                    </strong>
                    <div className="roadbook-facts">
                      {facts.hours === null
                        ? t('roadbook.hoursUnknown')
                        : facts.hours.length === 0
                          ? t('roadbook.closedToday')
                          : t('roadbook.hours', { hours: facts.hours.join(', ') })}
                      {facts.lastEntry && ` · ${t('roadbook.lastEntry', { time: facts.lastEntry })}`}
                      {facts.hours !== null && !facts.hoursVerified && ` (${t('itinerary.unverified')})`}
                      {facts.feeVnd !== null &&
                        ` · ${facts.feeVnd === 0 ? t('roadbook.free') : t('roadbook.fee', { amount: fmt.count(facts.feeVnd) })}`}
                      {e.stop.waitMinutes > 0 &&
                        ` · ${t('roadbook.wait', { arrive: e.stop.arrive, minutes: e.stop.waitMinutes })}`}
                    </div>
                    {e.stop.festival && <div>{t('itinerary.festival', { name: text(e.stop.festival) })}</div>}
                    {stopNotes[e.place] && <div className="roadbook-note">{stopNotes[e.place]}</div>}
                  </li>
                )
              })}
            <li>
              <span className="time">{day.arrive}</span>{' '}
              {day.day < itinerary.days.length
                ? t('itinerary.night', { place: name(day.to) })
                : t('roadbook.back', { place: name(day.to) })}
            </li>
          </ol>
        </section>
      ))}
      {itinerary.dropped.length > 0 && (
        <section>
          <h2>{t('itinerary.dropped')}</h2>
          <ul>
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
          <h2>{t('itinerary.warnings')}</h2>
          <ul>
            {itinerary.notes.map((n, i) => (
              <li key={i}>{describe.note(n)}</li>
            ))}
          </ul>
        </section>
      )}
      {sources.length > 0 && (
        <section className="roadbook-sources">
          <h2>{t('places.sources')}</h2>
          <ul>
            {sources.map((s) => (
              <li key={s.id}>
                {noteText(s.title, language)}
                {s.url && <span className="roadbook-url"> — {s.url}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer className="roadbook-link">
        <QrCode text={url} label={t('roadbook.qr')} />
        <p>
          {t('roadbook.link')}
          <br />
          <span className="roadbook-url">{url}</span>
        </p>
      </footer>
    </article>
  )
}
