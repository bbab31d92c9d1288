/**
 * Home: the whole network on a map, with the legend and the projects that change it.
 */
import { lazy, Suspense } from 'react'
import { embeddedDataset } from '../../data/embedded-dataset.ts'
import { MapLegend } from '../map/map-legend.tsx'
import { ProjectList } from './project-list.tsx'

const NetworkMap = lazy(() => import('../map/network-map.tsx'))

export function HomePage() {
  const dataset = embeddedDataset
  const sites = dataset.places.filter((p) => p.kind === 'heritage-site')
  const unesco = sites.filter((p) => p.heritage?.unescoComponent)
  return (
    <div className="home">
      <aside className="side-panel">
        <h1>Heritage routes</h1>
        <p className="lead">
          {sites.length} heritage sites — {unesco.length} of them components of the UNESCO World Heritage
          property <em>Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc</em> — joined by {dataset.links.length} road, river and
          rail links, some open today and some only planned.
        </p>
        <MapLegend />
        <ProjectList dataset={dataset} />
        <p className="data-note">
          Positions of heritage sites and most road lengths are our estimates (±1–3 km); each is marked as such,
          with its sources, in the data.
        </p>
      </aside>
      <main className="map-area" id="main">
        <Suspense fallback={<div className="map-loading" role="status">Loading the map…</div>}>
          <NetworkMap dataset={dataset} />
        </Suspense>
      </main>
    </div>
  )
}
