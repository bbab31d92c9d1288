/**
 * The map area of a page: the lazy-loaded map, with the optional online background switch.
 */
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlaceId } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useOnline } from '../../app/offline-status.tsx'

const NetworkMap = lazy(() => import('./network-map.tsx'))

export function MapView({
  routeLinks,
  onPlaceClick,
  scenarioAware = true,
}: {
  routeLinks?: readonly string[]
  onPlaceClick?: (id: PlaceId) => void
  scenarioAware?: boolean
}) {
  const { t } = useTranslation()
  const { dataset, language, scenario } = useApp()
  const [basemap, setBasemap] = useState(false)
  const online = useOnline()
  return (
    <div className="map-area" id="map">
      <Suspense
        fallback={
          <div className="map-loading" role="status">
            {t('map.loading')}
          </div>
        }
      >
        <NetworkMap
          dataset={dataset}
          language={language}
          label={t('map.label')}
          openProjects={scenarioAware ? scenario.openProjects : null}
          routeLinks={routeLinks}
          basemap={basemap}
          {...(onPlaceClick && { onPlaceClick })}
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
