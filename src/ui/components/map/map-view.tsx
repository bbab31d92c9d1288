/**
 * The map area of a page: the lazy-loaded map with the page's plan, popups in the page's language
 * with their actions, and the optional online background switch.
 *
 * A place's popup offers: open its page, route from or to it, add it to the trip. By default each
 * goes to the page that does it (keeping the scenario and language); a page that can do one itself
 * (the route page setting its own ends, the trip page adding a site) passes its own handler.
 */
import { lazy, Suspense, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { MapPlan, PlaceId } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useOnline } from '../../app/offline-status.tsx'
import { useSharedSearch } from '../../app/app-layout.tsx'
import { PLACE_ACTIONS, type MapWords, type PlaceAction } from './map-popup-content.ts'
import { MapLoading } from './map-loading.tsx'

const NetworkMap = lazy(() => import('./network-map.tsx'))

export type PlaceActionHandlers = Partial<Record<PlaceAction, (id: PlaceId) => void>>

export function MapView({
  plan = null,
  highlightLinks,
  placeActions = {},
  scenarioAware = true,
}: {
  plan?: MapPlan | null
  highlightLinks?: readonly string[]
  placeActions?: PlaceActionHandlers
  scenarioAware?: boolean
}) {
  const { t } = useTranslation()
  const { dataset, language, scenario, fmt } = useApp()
  const [basemap, setBasemap] = useState(false)
  const online = useOnline()
  const navigate = useNavigate()
  const shared = useSharedSearch()
  const words = useMemo<MapWords>(
    () => ({
      language,
      kind: (kind) => t(`places.kinds.${kind}`),
      unesco: t('places.unesco'),
      visit: (minutes) => t('map.visit', { time: fmt.minutes(minutes) }),
      positionEstimated: t('map.positionEstimated'),
      lengthEstimated: t('map.lengthEstimated'),
      mode: (mode) => t(`legend.modes.${mode}`),
      km: fmt.km,
      minutes: fmt.minutes,
      status: (status) => t(`projects.statuses.${status}`),
      action: (action) => t(`map.actions.${action}`),
      chooser: (count) => t('map.chooser', { count }),
    }),
    [t, language, fmt],
  )
  const go = (path: string, params: Record<string, string>) => {
    const search = new URLSearchParams(shared)
    for (const [k, v] of Object.entries(params)) search.set(k, v)
    void navigate(`${path}?${search.toString()}`)
  }
  const defaults: Record<PlaceAction, (id: PlaceId) => void> = {
    open: (id) => void navigate(`/places/${id}${shared}`),
    'route-from': (id) => go('/route', { from: id }),
    'route-to': (id) => go('/route', { to: id }),
    'add-to-trip': (id) => go('/itinerary', { visit: id }),
  }
  const markerTitle = (m: MapPlan['markers'][number]) =>
    m.role === 'stop'
      ? t('map.stop', { n: m.label, day: m.day + 1 })
      : m.role === 'start'
        ? t('map.start')
        : m.role === 'end'
          ? t('map.end')
          : t('map.night')
  return (
    <div className="map-area" id="map">
      <Suspense fallback={<MapLoading />}>
        <NetworkMap
          dataset={dataset}
          language={language}
          label={t('map.label')}
          openProjects={scenarioAware ? scenario.openProjects : null}
          highlightLinks={highlightLinks}
          plan={plan}
          markerTitle={markerTitle}
          basemap={basemap}
          words={words}
          actions={PLACE_ACTIONS}
          onAction={(action, id) => (placeActions[action] ?? defaults[action])(id)}
        />
      </Suspense>
      <label className="basemap-switch">
        <input type="checkbox" checked={basemap} onChange={(e) => setBasemap(e.target.checked)} /> {t('map.basemap')}
        {basemap && !online && (
          <span className="basemap-offline" role="status">
            {' '}
            — {t('map.basemapOffline')}
          </span>
        )}
      </label>
    </div>
  )
}
