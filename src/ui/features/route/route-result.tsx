/**
 * A route for people: total, legs with roads, boats and waits, projects relied on, estimates marked.
 */
import { useTranslation } from 'react-i18next'
import type { FoundRoute } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { ProjectDates } from '../../components/project-list.tsx'
import { LegList } from '../../components/leg-list.tsx'

export function RouteLegs({ route }: { route: FoundRoute }) {
  const { t } = useTranslation()
  return (
    <>
      <h3>{t('route.legs')}</h3>
      <LegList steps={route.legs} testId="legs" />
    </>
  )
}

export function RouteSummary({ route }: { route: FoundRoute }) {
  const { t } = useTranslation()
  const { dataset, text, fmt } = useApp()
  return (
    <>
      <p className="route-total" data-testid="route-total">
        <strong>{t('route.total', { time: fmt.minutes(route.minutes), km: fmt.km(route.km) })}</strong>
        {route.estimatedMinutes > 0 && (
          <span className="muted"> — {t('route.estimated', { time: fmt.minutes(route.estimatedMinutes) })}</span>
        )}
      </p>
      {route.projects.length > 0 ? (
        <div className="relies-on" data-testid="relies-on">
          <h3>{t('route.reliesOn')}</h3>
          <ul>
            {route.projectUses.map((p) => {
              const project = dataset.projectById.get(p.id)
              return (
                <li key={p.id}>
                  {text(project?.name)} — {t(`projects.statuses.${p.status}`)};{' '}
                  {project && <ProjectDates project={project} />}
                </li>
              )
            })}
          </ul>
        </div>
      ) : (
        <p className="muted" data-testid="relies-on">
          {t('route.onlyExisting')}
        </p>
      )}
    </>
  )
}
