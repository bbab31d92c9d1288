/**
 * The nine projects at a glance: status, and the promised, expected and actual opening dates.
 */
import { formatPartialDate, type Dataset, type Project } from '../../../core/index.ts'

const STATUS_LABELS: Record<string, string> = {
  completed: 'Open', 'under-construction': 'Under construction', approved: 'Approved', planned: 'Planned', proposed: 'Proposed', study: 'Study',
}

function dates(project: Project): string {
  const parts: string[] = []
  if (project.promised) parts.push(`promised ${formatPartialDate(project.promised.date)}`)
  if (project.expected) parts.push(`expected ${formatPartialDate(project.expected.date)}`)
  if (project.opened) parts.push(`opened ${formatPartialDate(project.opened.date)}`)
  return parts.length > 0 ? parts.join(' · ') : 'no date announced'
}

export function ProjectList({ dataset }: { dataset: Dataset }) {
  return (
    <section aria-labelledby="projects-title" className="project-list">
      <h2 id="projects-title">Projects of the 2023 agreement</h2>
      <ul>
        {dataset.projects.map((p) => (
          <li key={p.id} data-project={p.id}>
            <span className={`status status-${p.status ?? 'unknown'}`}>{STATUS_LABELS[p.status ?? ''] ?? 'Unknown'}</span>
            <span className="project-name">{p.name.en}</span>
            <span className="project-dates">{dates(p)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
