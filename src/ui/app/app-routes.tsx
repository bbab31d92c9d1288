/**
 * The pages and their addresses. The map of the network loads with the app; every other page is its
 * own chunk, loaded when first opened (and kept for offline use by the service worker), so the first
 * download stays small on a phone.
 */
import { lazy, Suspense, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Route, Routes } from 'react-router'
import { AppLayout } from './app-layout.tsx'
import { HomePage } from '../features/home/home-page.tsx'
import { NotFoundPage } from './not-found-page.tsx'

const page = <K extends string>(load: () => Promise<Record<K, () => ReactNode>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })))

const RoutePage = page(() => import('../features/route/route-page.tsx'), 'RoutePage')
const ItineraryPage = page(() => import('../features/itinerary/itinerary-page.tsx'), 'ItineraryPage')
const ComparePage = page(() => import('../features/compare/compare-page.tsx'), 'ComparePage')
const PlacesPage = page(() => import('../features/places/places-page.tsx'), 'PlacesPage')
const PlacePage = page(() => import('../features/places/place-page.tsx'), 'PlacePage')
const ProjectsPage = page(() => import('../features/projects/projects-page.tsx'), 'ProjectsPage')
const ProjectPage = page(() => import('../features/projects/project-page.tsx'), 'ProjectPage')
const ToursPage = page(() => import('../features/tours/tours-page.tsx'), 'ToursPage')
const ImportPage = page(() => import('../features/import/import-page.tsx'), 'ImportPage')

function PageLoading() {
  const { t } = useTranslation()
  return (
    <main id="main" className="page">
      <p role="status" className="muted">
        {t('loadingPage')}
      </p>
    </main>
  )
}

const lazyPage = (element: ReactNode) => <Suspense fallback={<PageLoading />}>{element}</Suspense>

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/" element={<HomePage />} />
        <Route path="/route" element={lazyPage(<RoutePage />)} />
        <Route path="/itinerary" element={lazyPage(<ItineraryPage />)} />
        <Route path="/compare" element={lazyPage(<ComparePage />)} />
        <Route path="/places" element={lazyPage(<PlacesPage />)} />
        <Route path="/places/:id" element={lazyPage(<PlacePage />)} />
        <Route path="/projects" element={lazyPage(<ProjectsPage />)} />
        <Route path="/projects/:id" element={lazyPage(<ProjectPage />)} />
        <Route path="/tours" element={lazyPage(<ToursPage />)} />
        <Route path="/import" element={lazyPage(<ImportPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
