import { Route, Routes } from 'react-router'
import { AppLayout } from './app-layout.tsx'
import { HomePage } from '../features/home/home-page.tsx'
import { RoutePage } from '../features/route/route-page.tsx'
import { PlacesPage } from '../features/places/places-page.tsx'
import { ItineraryPage } from '../features/itinerary/itinerary-page.tsx'
import { ComparePage } from '../features/compare/compare-page.tsx'
import { PlacePage } from '../features/places/place-page.tsx'
import { ProjectsPage } from '../features/projects/projects-page.tsx'
import { ProjectPage } from '../features/projects/project-page.tsx'
import { NotFoundPage } from './not-found-page.tsx'
import { lazy, Suspense } from 'react'

const ToursPage = lazy(() => import('../features/tours/tours-page.tsx').then((m) => ({ default: m.ToursPage })))

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/" element={<HomePage />} />
        <Route path="/route" element={<RoutePage />} />
        <Route path="/itinerary" element={<ItineraryPage />} />
        <Route path="/compare" element={<ComparePage />} />
        <Route path="/places" element={<PlacesPage />} />
        <Route path="/places/:id" element={<PlacePage />} />
        <Route path="/projects" element={<ProjectsPage />} />
        <Route path="/projects/:id" element={<ProjectPage />} />
        <Route
          path="/tours"
          element={
            <Suspense fallback={null}>
              <ToursPage />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
