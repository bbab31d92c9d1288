/**
 * Assumed opening dates
 * =====================
 * For each project with no announced date, a month a planner may assume (a what-if). The dates live
 * in the address (`assume=ID@YYYY-MM,…`) and are shown as assumptions wherever they are used.
 */
import { useTranslation } from 'react-i18next'
import { useApp } from '../../app/app-context.tsx'
import { hasAnnouncedDate } from '../../state/url-scenario.ts'

export function AssumedDates({
  assume,
  onChange,
  testId = 'assumed-dates',
}: {
  assume: Readonly<Record<string, string>>
  onChange: (next: Record<string, string>) => void
  testId?: string
}) {
  const { t } = useTranslation()
  const { dataset, text } = useApp()
  const undated = dataset.projects.filter((p) => !hasAnnouncedDate(dataset, p.id))
  const set = (id: string, month: string | null) => {
    const next: Record<string, string> = { ...assume }
    if (month) next[id] = month
    else delete next[id]
    onChange(next)
  }
  return (
    <fieldset className="assumed-dates" data-testid={testId}>
      <legend>{t('assumed.title')}</legend>
      <p className="muted">{t('assumed.intro')}</p>
      {undated.length === 0 ? (
        <p>{t('assumed.none')}</p>
      ) : (
        <ul>
          {undated.map((p) => {
            const value = assume[p.id]?.slice(0, 7) ?? ''
            return (
              <li key={p.id}>
                <label>
                  <span>{text(p.name)}</span>
                  <input
                    type="month"
                    min="2024-01"
                    max="2040-12"
                    value={value.length === 7 ? value : value ? `${value}-01` : ''}
                    aria-label={t('assumed.month', { project: text(p.name) })}
                    data-assume={p.id}
                    onChange={(e) => set(p.id, e.target.value || null)}
                  />
                </label>
                {value && (
                  <button type="button" className="link-button" onClick={() => set(p.id, null)}>
                    {t('assumed.clear')}
                    <span className="visually-hidden"> {text(p.name)}</span>
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </fieldset>
  )
}
