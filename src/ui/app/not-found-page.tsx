import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'

/** Shown for an address the app does not know: a notice and a way back, never a blank page. */
export function NotFoundPage() {
  const { t } = useTranslation()
  const location = useLocation()
  return (
    <main className="page" id="main">
      <h1>{t('notFound.title')}</h1>
      <p role="alert">{t('notFound.text', { path: location.pathname.slice(0, 200) })}</p>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </main>
  )
}
