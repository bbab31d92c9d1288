/**
 * What a page shows when the planner cannot answer: why, in the reader's language, and a way out
 * (reload the page; what is in the address is kept).
 */
import { useTranslation } from 'react-i18next'
import type { QueryState } from '../hooks/use-core-query.ts'

export function QueryFailure({ state }: { state: QueryState<unknown> }) {
  const { t } = useTranslation()
  if (state.status !== 'error') return null
  return (
    <div role="alert" className="query-failure" data-testid="query-failure">
      <p>
        {state.reason === 'worker-failed'
          ? t('failure.worker')
          : state.reason === 'timeout'
            ? t('failure.timeout')
            : t('failure.other', { message: state.message })}
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('failure.reload')}
      </button>
    </div>
  )
}
