/**
 * The projects at a glance: status, and the promised, expected and actual opening dates.
 */
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatPartialDate, type Project, type ProjectStatus } from '../../core/index.ts'
import { useApp } from '../app/app-context.tsx'
import { useSharedSearch } from '../app/app-layout.tsx'

export function ProjectDates({ project }: { project: Project }) {
  const { t } = useTranslation()
  const { language } = useApp()
  const parts: string[] = []
  if (project.promised) parts.push(`${t('projects.promised')} ${formatPartialDate(project.promised.date, language)}`)
  if (project.expected) parts.push(`${t('projects.expected')} ${formatPartialDate(project.expected.date, language)}`)
  if (project.opened) parts.push(`${t('projects.opened')} ${formatPartialDate(project.opened.date, language)}`)
  return <span className="project-dates">{parts.length > 0 ? parts.join(' · ') : t('projects.noDate')}</span>
}

export function StatusBadge({ status }: { status: ProjectStatus | undefined }) {
  const { t } = useTranslation()
  return <span className={`status status-${status ?? 'unknown'}`}>{t(`projects.statuses.${status ?? 'unknown'}`)}</span>
}

export function ProjectList() {
  const { t } = useTranslation()
  const { dataset, text } = useApp()
  const shared = useSharedSearch()
  return (
    <section aria-labelledby="projects-title" className="project-list">
      <h2 id="projects-title">{t('home.projectsTitle')}</h2>
      <ul>
        {dataset.projects.map((p) => (
          <li key={p.id} data-project={p.id}>
            <StatusBadge status={p.status} />
            <Link className="project-name" to={`/projects/${p.id}${shared}`}>
              {text(p.name)}
            </Link>
            <ProjectDates project={p} />
          </li>
        ))}
      </ul>
    </section>
  )
}
