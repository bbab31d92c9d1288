/**
 * A route on an imported network (kept in the worker under its key), between any two places, at any
 * date, with the network on a map: a planned link appears once its project's date has passed. Once a
 * route has been asked for, moving the day slider asks again (only the newest question is computed),
 * and the map redraws the projects open that day and the route.
 */
import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useApp } from '../../app/app-context.tsx'
import type { ImportAnswer, ImportedRouteAnswer } from '../../worker/imported-networks.ts'
import { SupersededError } from '../../worker/core-client.ts'
import { DateField } from '../../components/typed-fields.tsx'
import { MapLoading } from '../../components/map/map-loading.tsx'
import { ImportedPlaceField } from './imported-place-field.tsx'
import { ImportedDaySlider } from './imported-day-slider.tsx'
import { useDescribe } from '../../hooks/use-describe.ts'
import { useUnknownPlace } from './unknown-place.ts'
import type { RouteEnd } from './named-place-popup.ts'

const ImportedNetworkMap = lazy(() => import('./imported-network-map.tsx'))

/** Most links listed by id under a route (a route across a province crosses hundreds). */
const MAX_LISTED_LINKS = 12

/** The route's links in order (with the road's number), the first dozen and how many more. */
function viaLinks(
  legs: ReadonlyArray<{ kind: string; link?: string; ref?: string | null }>,
  more: (n: number) => string,
): string {
  const links = legs.filter((l) => l.kind === 'travel').map((l) => (l.ref ? `${l.link} (${l.ref})` : l.link))
  const listed = links.slice(0, MAX_LISTED_LINKS).join(' → ')
  return links.length > MAX_LISTED_LINKS ? `${listed} ${more(links.length - MAX_LISTED_LINKS)}` : listed
}

/** The days a question on an imported network may be asked for. */
export const IMPORTED_DATES = ['2000-01-01', '2060-12-31'] as const

export function ImportedRoute({
  answer,
  networkKey,
}: {
  answer: Extract<ImportAnswer, { ok: true }>
  networkKey: string
}) {
  const { t } = useTranslation()
  const { core, today, fmt, text, language } = useApp()
  const describe = useDescribe()
  const unknownPlace = useUnknownPlace()
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [date, setDate] = useState(today)
  /** The ends last asked for: the route follows the day from then on. */
  const [asked, setAsked] = useState<{ from: string; to: string } | null>(null)
  const [route, setRoute] = useState<ImportedRouteAnswer | null>(null)

  useEffect(() => {
    if (!date) return
    let current = true
    core
      .ask(
        { type: 'imported-route', key: networkKey, from: asked?.from ?? '', to: asked?.to ?? '', date, today },
        { view: 'imported-route' },
      )
      .then((a) => current && setRoute(a))
      .catch((error: unknown) => {
        if (!(error instanceof SupersededError)) throw error
      })
    return () => {
      current = false
    }
  }, [core, networkKey, asked, date, today])

  const find = (e: FormEvent) => {
    e.preventDefault()
    if (!from.trim() || !to.trim() || !date) return
    setAsked({ from: from.trim(), to: to.trim() })
  }
  const pick = (end: RouteEnd, place: string) => {
    const next = { from: end === 'from' ? place : from.trim(), to: end === 'to' ? place : to.trim() }
    setFrom(next.from)
    setTo(next.to)
    if (next.from && next.to) setAsked(next)
  }
  const r = route?.ok ? route.result : null
  const projectName = (id: string) => text(answer.projects.find((p) => p.id === id)?.name) || id
  return (
    <section aria-labelledby="imported-route-title" className="imported-route">
      <h3 id="imported-route-title">{t('importer.routeTitle')}</h3>
      <form className="import-form" onSubmit={find}>
        <ImportedPlaceField
          places={answer.namedPlaces}
          label={t('importer.from')}
          value={from}
          onChange={setFrom}
          testId="imported-from"
        />
        <ImportedPlaceField
          places={answer.namedPlaces}
          label={t('importer.to')}
          value={to}
          onChange={setTo}
          testId="imported-to"
        />
        <DateField
          label={t('importer.date')}
          value={date}
          min={IMPORTED_DATES[0]}
          max={IMPORTED_DATES[1]}
          onChange={(d) => setDate(d ?? '')}
          testId="imported-date"
        />
        <button type="submit" data-testid="imported-find">
          {t('importer.findRoute')}
        </button>
      </form>
      <div aria-live="polite" data-testid="imported-route">
        {route && !route.ok && (
          <p role="alert">
            {route.gone ? t('importer.gone') : route.unknown ? unknownPlace(route.unknown) : route.message}
          </p>
        )}
        {r && !r.reachable && (
          <p role="status">{t('importer.noRoute', { reason: describe.noRoute(r.cause, projectName) })}</p>
        )}
        {r && r.reachable && (
          <>
            <p className="route-total">
              {t('importer.routeTotal', { minutes: fmt.minutes(r.minutes), km: fmt.km(r.km) })}
            </p>
            <p data-testid="imported-links">
              {t('importer.via', { links: viaLinks(r.legs, (n) => t('importer.more', { n: fmt.count(n) })) })}
            </p>
            {r.projects.length > 0 && (
              <p>
                {t('importer.usesProjects', {
                  projects: r.projects.map(projectName).join(', '),
                })}
              </p>
            )}
          </>
        )}
      </div>
      {answer.map && (
        <div className="imported-map-area">
          <h3>{t('importer.mapTitle')}</h3>
          <p className="hint">{t('importer.mapHint')}</p>
          <ImportedDaySlider day={date} projects={answer.projects} onChange={setDate} />
          <div className="map-area">
            <Suspense fallback={<MapLoading />}>
              <ImportedNetworkMap
                core={core}
                networkKey={networkKey}
                bounds={answer.map.bounds}
                projectLinks={answer.map.projectLinks}
                places={answer.namedPlaces}
                openProjects={route?.ok ? route.openProjects : []}
                plan={route?.ok ? route.plan : null}
                points={route?.ok ? route.points : {}}
                language={language}
                words={{
                  label: t('importer.mapLabel'),
                  kind: (kind) => t(`places.kinds.${kind}` as 'places.kinds.city'),
                  end: (end) => t(end === 'from' ? 'map.actions.route-from' : 'map.actions.route-to'),
                  marker: (role) => (role === 'start' ? t('map.start') : t('map.end')),
                }}
                onPick={pick}
              />
            </Suspense>
          </div>
        </div>
      )}
    </section>
  )
}
