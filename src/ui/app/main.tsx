import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter, Link } from 'react-router'
import { AppRoutes } from './app-routes.tsx'
import './app.css'

function Header() {
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">Skip to content</a>
      <Link to="/" className="brand">Heritage routes <span>Yên Tử · Vĩnh Nghiêm · Côn Sơn, Kiếp Bạc</span></Link>
    </header>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <Header />
      <AppRoutes />
    </BrowserRouter>
  </StrictMode>,
)
