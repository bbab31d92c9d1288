import { Route, Routes } from 'react-router'
import { HomePage } from '../features/home/home-page.tsx'
import { NotFoundPage } from './not-found-page.tsx'

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}
