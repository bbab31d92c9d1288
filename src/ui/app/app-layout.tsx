/**
 * The frame of every page: header with navigation and language, the scenario timeline, notices.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router'
import { PageErrorBoundary } from './page-error-boundary.tsx'
import { useApp } from './app-context.tsx'
import { ScenarioBar } from '../components/scenario/scenario-bar.tsx'
import { NoticeList } from '../components/notice-list.tsx'
import { OfflineStatus } from './offline-status.tsx'
import { isLanguage, LANGUAGES, rememberLanguage, type Language } from '../i18n/i18n.ts'
import { SCENARIO_PARAMS } from '../state/url-scenario.ts'

/** Links keep the scenario and language of the current address. */
export function useSharedSearch(): string {
  const [params] = useSearchParams()
  const keep = new URLSearchParams()
  for (const key of [...SCENARIO_PARAMS, 'lang']) {
    const v = params.get(key)
    if (v) keep.set(key, v)
  }
  const text = keep.toString()
  return text ? `?${text}` : ''
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const [params, setParams] = useSearchParams()
  const choose = (language: Language) => {
    void i18n.changeLanguage(language)
    rememberLanguage(language)
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        next.set('lang', language)
        return next
      },
      { replace: true },
    )
  }
  // Follow the URL when it changes (Back button, a shared link).
  const fromUrl = params.get('lang')
  useEffect(() => {
    if (isLanguage(fromUrl) && fromUrl !== i18n.language) void i18n.changeLanguage(fromUrl)
  }, [fromUrl, i18n])
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => choose(language)}
        >
          {language === 'vi' ? 'VI' : 'EN'}
          <span className="visually-hidden"> {t(`language.${language}`)}</span>
        </button>
      ))}
    </div>
  )
}

export function AppLayout() {
  const { t, i18n } = useTranslation()
  const { scenarioNotices } = useApp()
  const shared = useSharedSearch()
  const location = useLocation()
  // /compare sets a full scenario on each side and reports its own notices; /tours does not depend
  // on a scenario (each saved tour keeps its own).
  // Pages with their own scenario controls (or none): the global scenario bar is not shown.
  const onCompare = ['/compare', '/tours', '/import'].some((p) => location.pathname.startsWith(p))
  useEffect(() => {
    document.documentElement.lang = i18n.language
  }, [i18n.language])
  useEffect(() => {
    document.title = `${t('appName')} — ${t('appTagline')}`
  }, [t])
  // On a phone the navigation is a menu; it closes when a page is chosen.
  const [menuOpen, setMenuOpen] = useState(false)
  // The scenario controls start open only on the planners' project pages, on a wide screen.
  const planners = location.pathname.startsWith('/projects')
  const wide = globalThis.matchMedia?.('(min-width: 761px)').matches ?? true
  const links = [
    ['/', 'nav.map'],
    ['/route', 'nav.route'],
    ['/itinerary', 'nav.itinerary'],
    ['/compare', 'nav.compare'],
    ['/places', 'nav.places'],
    ['/projects', 'nav.projects'],
    ['/tours', 'nav.tours'],
    ['/import', 'nav.import'],
  ] as const
  return (
    <>
      <header className="app-header">
        <a className="skip-link" href="#main">
          {t('skip')}
        </a>
        <NavLink to={`/${shared}`} className="brand">
          {t('appName')} <span>{t('appTagline')}</span>
        </NavLink>
        <button
          type="button"
          className="nav-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((o) => !o)}
          data-testid="nav-toggle"
        >
          <span aria-hidden="true">☰</span> {t('nav.menu')}
        </button>
        <nav aria-label={t('nav.label')} id="main-nav" data-open={menuOpen}>
          <ul>
            {links.map(([path, key]) => (
              <li key={path}>
                <NavLink
                  to={`${path}${shared}`}
                  onClick={() => setMenuOpen(false)}
                  end={path === '/'}
                  className={({ isActive }) =>
                    isActive || (path !== '/' && location.pathname.startsWith(path)) ? 'active' : ''
                  }
                >
                  {t(key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <OfflineStatus />
      {!onCompare && <ScenarioBar key={planners ? 'planners' : 'travellers'} defaultOpen={planners && wide} />}
      {!onCompare && <NoticeList notices={scenarioNotices} />}
      {/* Each page behind its own error boundary, cleared when the path changes. */}
      <PageErrorBoundary key={location.pathname}>
        <Outlet />
      </PageErrorBoundary>
    </>
  )
}
