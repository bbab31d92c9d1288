/**
 * Per-project switches: open or close any project on top of the chosen date or preset.
 */
import { useTranslation } from 'react-i18next'
import { formatPartialDate, type Scenario } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { AssumedDates } from './assumed-dates.tsx'

export function ProjectToggles({
  scenario,
  onToggle,
  assume,
  onAssume,
}: {
  scenario: Scenario
  onToggle: (id: string, open: boolean) => void
  assume: Readonly<Record<string, string>>
  onAssume: (next: Record<string, string>) => void
}) {
  const { t } = useTranslation()
  const { dataset, text, language } = useApp()
  return (
    <details className="project-toggles">
      <summary>
        {t('scenario.projectsOpen', { count: scenario.openProjects.length, total: dataset.projects.length })}
      </summary>
      <ul>
        {dataset.projects.map((p) => {
          const open = scenario.openProjects.includes(p.id)
          const when = p.opened ?? p.expected
          const assumed = assume[p.id]
          return (
            <li key={p.id}>
              <label>
                <input
                  type="checkbox"
                  checked={open}
                  onChange={(e) => onToggle(p.id, e.target.checked)}
                  data-project-toggle={p.id}
                />{' '}
                {text(p.name)}
                <span className="muted">
                  {' '}
                  —{' '}
                  {when
                    ? formatPartialDate(when.date, language)
                    : assumed
                      ? `${formatPartialDate(assumed, language)} (${t('assumed.tag')})`
                      : t('scenario.noDate')}
                </span>
              </label>
            </li>
          )
        })}
      </ul>
      <AssumedDates assume={assume} onChange={onAssume} />
    </details>
  )
}
