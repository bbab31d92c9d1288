/**
 * Home: the whole network on a map for the chosen scenario, with the legend and the projects.
 */
import { useTranslation } from 'react-i18next'
import { useApp } from '../../app/app-context.tsx'
import { MapLegend } from '../../components/map/map-legend.tsx'
import { MapView } from '../../components/map/map-view.tsx'
import { ProjectList } from '../../components/project-list.tsx'

export function HomePage() {
  const { t } = useTranslation()
  const { dataset } = useApp()
  const sites = dataset.places.filter((p) => p.kind === 'heritage-site')
  const unesco = sites.filter((p) => p.heritage?.unescoComponent)
  return (
    <div className="with-map map-first">
      <aside className="side-panel" tabIndex={0} aria-label={t('appName')}>
        <h1>{t('appName')}</h1>
        <p className="lead">
          {t('home.lead', { sites: sites.length, unesco: unesco.length, links: dataset.links.length })}
        </p>
        <MapLegend withScenario />
        <ProjectList />
        <p className="data-note">{t('home.dataNote')}</p>
      </aside>
      <main className="map-main" id="main">
        <MapView />
      </main>
    </div>
  )
}
