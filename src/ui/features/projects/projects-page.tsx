/**
 * `/projects`: the projects of the 2023 agreement with status and dates.
 */
import { useTranslation } from 'react-i18next'
import { ProjectList } from '../home/project-list.tsx'

export function ProjectsPage() {
  const { t } = useTranslation()
  return (
    <main className="page" id="main">
      <h1>{t('projects.title')}</h1>
      <ProjectList />
    </main>
  )
}
