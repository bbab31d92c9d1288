/**
 * `/projects`: the projects of the 2023 agreement on a timeline (▲ the date promised in 2023, ● the
 * real or expected opening, hatched ● an assumed date), with what each changes against today's
 * network and what each late project cost while it was late.
 */
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import {
  applyWhatIf,
  describeNoEffect,
  firstDayOf,
  formatMinutes,
  formatPartialDate,
  monthsBetween,
  projectOpeningDay,
  type Project,
} from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useSharedSearch } from '../../app/app-layout.tsx'
import { useCoreQuery } from '../../hooks/use-core-query.ts'
import { QueryFailure } from '../../components/query-failure.tsx'
import { DataTable } from '../../components/data-table.tsx'
import { StatusBadge } from '../../components/project-list.tsx'
import { dayIndex, TIMELINE_DAYS } from '../../components/scenario/timeline.ts'

const at = (day: string) => Math.max(0, Math.min(1, dayIndex(day) / TIMELINE_DAYS))

export function ProjectsPage() {
  const { t } = useTranslation()
  const { dataset, text, language, today, scenarioRequest } = useApp()
  const shared = useSharedSearch()
  const whatIf = { assume: scenarioRequest.assume ?? {} }
  const projects = applyWhatIf(dataset, whatIf).projects
  const answer = useCoreQuery({ type: 'projects-overview' as const, today, whatIf })
  const overview = answer.status === 'done' ? answer.value : answer.status === 'loading' ? answer.previous : null
  const impactOf = new Map(overview?.impacts.map((i) => [i.id as string, i]) ?? [])
  const lateOf = new Map(overview?.late.map((l) => [l.project as string, l]) ?? [])
  const date = (d: string) => formatPartialDate(d, language)
  const real = (p: Project) => projectOpeningDay(p, 'expected')
  const assumed = (p: Project) => !p.opened && p.expected?.assumed === true
  return (
    <main className="page wide" id="main">
      <h1>{t('projects.title')}</h1>
      <p className="muted">{t('projects.intro')}</p>
      <section aria-labelledby="timeline-title" className="project-timeline" data-testid="project-timeline">
        <h2 id="timeline-title">{t('projects.timelineTitle')}</h2>
        <p className="muted small">{t('projects.timelineLegend')}</p>
        <div className="timeline-axis" aria-hidden="true">
          {[2023, 2026, 2029, 2032, 2035].map((y) => (
            <span key={y} style={{ left: `${at(`${y}-01-01`) * 100}%` }}>
              {y}
            </span>
          ))}
        </div>
        <ol className="timeline-rows">
          {projects.map((p) => {
            const promised = p.promised ? firstDayOf(p.promised.date) : null
            const opens = real(p)
            const late = promised && opens && opens > promised ? monthsBetween(promised, opens) : 0
            return (
              <li key={p.id} data-project={p.id}>
                <Link to={`/projects/${p.id}${shared}`} className="timeline-name">
                  {text(p.name)}
                </Link>
                <span className="timeline-track">
                  <span className="timeline-today" style={{ left: `${at(today) * 100}%` }} aria-hidden="true" />
                  {promised && opens && late > 0 && (
                    <span
                      className="timeline-late"
                      style={{ left: `${at(promised) * 100}%`, width: `${(at(opens) - at(promised)) * 100}%` }}
                      aria-hidden="true"
                    />
                  )}
                  {promised && (
                    <span className="marker marker-promised" style={{ left: `${at(promised) * 100}%` }}>
                      ▲<span className="visually-hidden">{` ${t('projects.promised')} ${date(p.promised!.date)}`}</span>
                    </span>
                  )}
                  {opens && (
                    <span
                      className={`marker ${assumed(p) ? 'marker-assumed' : 'marker-expected'}`}
                      style={{ left: `${at(opens) * 100}%` }}
                    >
                      ●
                      <span className="visually-hidden">
                        {` ${t(p.opened ? 'projects.opened' : assumed(p) ? 'projects.assumed' : 'projects.expected')} ${date((p.opened ?? p.expected)!.date)}`}
                      </span>
                    </span>
                  )}
                  {!opens && !promised && <span className="timeline-undated">{t('projects.noDate')}</span>}
                </span>
              </li>
            )
          })}
        </ol>
      </section>
      <section aria-labelledby="impact-title">
        <h2 id="impact-title">{t('projects.impactTitle')}</h2>
        <p className="muted">{t('projects.impactIntro', { date: date(today) })}</p>
        <QueryFailure state={answer} />
        {answer.status === 'loading' && !overview && <p role="status">{t('route.computing')}</p>}
        <DataTable
          caption={t('projects.tableCaption')}
          testId="projects-table"
          stackOnPhones
          sort={null}
          rows={projects}
          rowKey={(p) => p.id}
          columns={[
            {
              key: 'project',
              label: t('compare.project'),
              render: (p) => <Link to={`/projects/${p.id}${shared}`}>{text(p.name)}</Link>,
            },
            { key: 'status', label: t('projects.status'), render: (p) => <StatusBadge status={p.status} /> },
            {
              key: 'promised',
              label: t('projects.promised'),
              render: (p) => (p.promised ? date(p.promised.date) : '—'),
            },
            {
              key: 'real',
              label: t('projects.realOrExpected'),
              render: (p) => {
                const late = lateOf.get(p.id)
                return (
                  <>
                    {p.opened
                      ? `${t('projects.opened')} ${date(p.opened.date)}`
                      : p.expected
                        ? `${date(p.expected.date)}${assumed(p) ? ` (${t('assumed.tag')})` : ''}`
                        : t('projects.noDate')}
                    {late && (
                      <div className="muted small">
                        {t('projects.lateCost', {
                          months: late.months,
                          count: late.tripsAffected,
                          time: formatMinutes(late.extraMinutesPerAffectedTrip, language),
                        })}
                      </div>
                    )}
                  </>
                )
              },
            },
            {
              key: 'impact',
              label: t('projects.againstToday'),
              render: (p) => {
                const impact = impactOf.get(p.id)
                const s = impact?.summary
                return impact && s
                  ? s.faster + s.connected === 0
                    ? impact.reason
                      ? describeNoEffect(impact.reason, dataset, language, 'alone')
                      : t('projects.nothing')
                    : t(impact.measure === 'adds' ? 'projects.addsTrips' : 'projects.losesTrips', {
                        count: s.faster,
                        time: formatMinutes(s.meanMinutesSavedPerFasterTrip, language),
                      })
                  : ''
              },
            },
          ]}
        />
      </section>
    </main>
  )
}
