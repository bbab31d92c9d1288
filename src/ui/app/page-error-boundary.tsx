/**
 * Page error boundary
 * ===================
 * A page that throws while rendering shows a message in place of the page, with "try again" and a
 * way home; the header, the menu and every other page keep working, and nothing saved is touched.
 * Moving to another address clears the error (`AppRoutes` keys the boundary by the path).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

interface State {
  readonly error: Error | null
}

export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for a bug report; the page shows a plain message.
    console.error('Page error', error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children
    return <PageError error={this.state.error} onRetry={() => this.setState({ error: null })} />
  }
}

function PageError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <main id="main" className="page" data-testid="page-error">
      <div role="alert">
        <h1>{t('pageError.title')}</h1>
        <p>{t('pageError.body')}</p>
      </div>
      <p>
        <button type="button" onClick={onRetry}>
          {t('pageError.retry')}
        </button>{' '}
        <Link to="/">{t('pageError.home')}</Link>
      </p>
      <p className="muted">{t('pageError.detail', { detail: error.name })}</p>
    </main>
  )
}
