/**
 * `/projects/ID`: status, promised, expected and actual dates, cost, sources, the links it adds on the
 * map, and what it changes (the heritage-site trips it shortens, opened alone on today's network).
 */
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { linkOf, projectOf, monthsBetween } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useSharedSearch } from '../../app/app-layout.tsx'
import { useCoreQuery } from '../../hooks/use-core-query.ts'
import { SourceList } from '../../components/source-list.tsx'
import { ProjectChanges } from './project-changes.tsx'
import { MapView } from '../../components/map/map-view.tsx'
import { ProjectDates, StatusBadge } from '../../components/project-list.tsx'

export function ProjectPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const { dataset, text, today, fmt } = useApp()
  const shared = useSharedSearch()
  const project = projectOf(dataset, id)
  const { scenarioRequest } = useApp()
  const whatIf = { assume: scenarioRequest.assume ?? {} }
  const impact = useCoreQuery(project ? { type: 'project-impact' as const, today, project: project.id, whatIf } : null)
  if (!project) {
    return (
      <main className="page" id="main">
        <h1>{t('projects.title')}</h1>
        <p role="alert">{t('projects.notFound', { id: id.slice(0, 80) })}</p>
        <Link to={`/projects${shared}`}>{t('projects.title')}</Link>
      </main>
    )
  }
  const linkName = (lid: string) => text(linkOf(dataset, lid)?.name) || lid
  const late = project.opened && project.promised ? monthsBetween(project.promised.date, project.opened.date) : 0
  const sources = [
    ...(project.sources ?? []),
    ...Object.values(project.provenance ?? {}).flatMap((n) => n?.sources ?? []),
  ]
  const shown = [...project.addsLinks, ...(project.upgrades ?? []).map((u) => u.link)]
  return (
    <main className="with-map" id="main">
      <aside className="side-panel" tabIndex={0} aria-label={text(project.name)}>
        <h1>{text(project.name)}</h1>
        <p>
          <StatusBadge status={project.status} /> <ProjectDates project={project} />
        </p>
        {late > 0 && <p data-testid="late">{t('projects.late', { months: late })}</p>}
        {project.description && <p>{text(project.description)}</p>}
        {project.costBillionVnd !== undefined && (
          <p>
            <strong>{t('projects.cost')}:</strong>{' '}
            {t('projects.billion', {
              value: fmt.count(project.costBillionVnd),
            })}
          </p>
        )}
        {project.addsLinks.length > 0 && (
          <>
            <h2>{t('projects.adds')}</h2>
            <ul>
              {project.addsLinks.map((l) => (
                <li key={l}>{linkName(l)}</li>
              ))}
            </ul>
          </>
        )}
        {(project.upgrades ?? []).length > 0 && (
          <>
            <h2>{t('projects.upgrades')}</h2>
            <ul>
              {project.upgrades!.map((u) => (
                <li key={u.link}>
                  {linkName(u.link)}
                  {u.speedKmh ? ` → ${fmt.kmh(u.speedKmh)}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
        {(project.replaces ?? []).length > 0 && (
          <>
            <h2>{t('projects.replaces')}</h2>
            <ul>
              {project.replaces!.map((l) => (
                <li key={l}>{linkName(l)}</li>
              ))}
            </ul>
          </>
        )}
        <ProjectChanges id={project.id} state={impact} />
        <SourceList ids={sources} />
      </aside>
      <div className="map-main">
        <MapView highlightLinks={shown} scenarioAware={false} />
      </div>
    </main>
  )
}
