/**
 * Which project matters: what each adds on its own to "before" and what "after" loses without it, in
 * trips and minutes per trip, as bars and as a table; a project that changes nothing says why, with a
 * link to see its route as an alternative. Weighted minutes come last, labelled and explained.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import {
  describeNoEffect,
  formatMinutes,
  HERITAGE_WEIGHTS,
  type Comparison,
  type NoEffectReason,
  type ProjectImpact,
  projectName,
} from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useSharedSearch } from '../../app/app-layout.tsx'
import { BarChart } from '../../components/charts/charts.tsx'
import { DataTable, type Column, type SortState } from '../../components/data-table.tsx'

const SERIES_COLOURS = { alone: '#1a7f37', without: '#b42318' } as const

function Reason({ reason, measure, id }: { reason: NoEffectReason; measure: 'alone' | 'without'; id: string }) {
  const { t } = useTranslation()
  const { dataset, language } = useApp()
  const shared = useSharedSearch()
  const sentence = describeNoEffect(reason, dataset, language, measure)
  if (reason.kind !== 'slower-than-existing') return <span>{sentence}</span>
  const params = new URLSearchParams(shared.slice(1))
  params.set('from', reason.from)
  params.set('to', reason.to)
  params.set('with', [...new Set([...(params.get('with')?.split(',').filter(Boolean) ?? []), id])].join(','))
  return (
    <span>
      {sentence} <Link to={`/route?${params.toString()}`}>{t('compare.seeRoute')}</Link>
    </span>
  )
}

export function ProjectsSection({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation()
  const { dataset, language, fmt } = useApp()
  const [sort, setSort] = useState<SortState | null>(null)
  const projects = comparison.projects ?? []
  const pname = (id: string) => projectName(dataset, id, language)
  const m = (x: number) => formatMinutes(x, language)
  const count = (x: number) => fmt.count(x)
  const reasons = (p: ProjectImpact) =>
    [
      p.aloneReason && ({ reason: p.aloneReason, measure: 'alone' } as const),
      p.withoutReason && ({ reason: p.withoutReason, measure: 'without' } as const),
    ].filter((x): x is { reason: NoEffectReason; measure: 'alone' | 'without' } => !!x)
  const columns: Column<ProjectImpact>[] = [
    {
      key: 'project',
      label: t('compare.project'),
      sortValue: (p) => pname(p.id),
      render: (p) => <Link to={`/projects/${p.id}`}>{pname(p.id)}</Link>,
    },
    {
      key: 'alone-faster',
      label: t('compare.aloneFaster'),
      numeric: true,
      sortValue: (p) => p.alone.faster,
      render: (p) =>
        p.alone.slower
          ? t('compare.fasterSlower', { faster: p.alone.faster, slower: p.alone.slower })
          : count(p.alone.faster),
    },
    {
      key: 'alone-minutes',
      label: t('compare.minutesPerFasterTrip'),
      numeric: true,
      sortValue: (p) => (p.alone.faster ? p.alone.meanMinutesSavedPerFasterTrip : null),
      render: (p) => (p.alone.faster ? m(p.alone.meanMinutesSavedPerFasterTrip) : '—'),
    },
    {
      key: 'without-slower',
      label: t('compare.withoutSlower'),
      numeric: true,
      sortValue: (p) => p.without.faster,
      render: (p) => count(p.without.faster),
    },
    {
      key: 'without-minutes',
      label: t('compare.minutesPerSlowerTrip'),
      numeric: true,
      sortValue: (p) => (p.without.faster ? p.without.meanMinutesSavedPerFasterTrip : null),
      render: (p) => (p.without.faster ? m(p.without.meanMinutesSavedPerFasterTrip) : '—'),
    },
    {
      key: 'routes',
      label: t('compare.routesNewLost'),
      numeric: true,
      sortValue: (p) => p.alone.connected + p.without.connected,
      render: (p) => `${count(p.alone.connected)} / ${count(p.without.connected)}`,
    },
    {
      key: 'weighted',
      label: t('compare.weighted'),
      numeric: true,
      sortValue: (p) => p.alone.weightedNetMinutes,
      render: (p) => (
        <span className="secondary">
          {Math.round(p.alone.weightedNetMinutes)} / {Math.round(p.without.weightedNetMinutes)}
        </span>
      ),
    },
    {
      key: 'why',
      label: t('compare.why'),
      render: (p) => (
        <ul className="reasons">
          {reasons(p).map((r) => (
            <li key={r.measure}>
              <strong>{t(`compare.measure.${r.measure}`)}:</strong>{' '}
              <Reason reason={r.reason} measure={r.measure} id={p.id} />
            </li>
          ))}
        </ul>
      ),
    },
  ]
  const categories = projects.map((p) => ({ id: p.id, label: pname(p.id) }))
  const byId = new Map(projects.map((p) => [p.id as string, p]))
  const table = (
    <DataTable
      caption={t('compare.projectsChartTable')}
      columns={columns.slice(0, 5)}
      rows={projects}
      rowKey={(p) => p.id}
      sort={null}
    />
  )
  return (
    <section aria-labelledby="projects-title" className="compare-section">
      <h2 id="projects-title">{t('compare.projects')}</h2>
      <p className="muted">{t('compare.projectsIntro')}</p>
      <div className="chart-pair">
        <BarChart
          testId="chart-project-trips"
          title={t('compare.chartTrips')}
          description={t('compare.chartTripsDescription', {
            first: categories[0]?.label ?? '',
            count: projects[0]?.alone.faster ?? 0,
          })}
          categories={categories}
          series={[
            { key: 'alone', label: t('compare.aloneFaster'), colour: SERIES_COLOURS.alone },
            { key: 'without', label: t('compare.withoutSlower'), colour: SERIES_COLOURS.without, hatched: true },
          ]}
          value={(id, key) => (key === 'alone' ? byId.get(id)!.alone.faster : byId.get(id)!.without.faster)}
          format={(v) => count(Math.round(v))}
          axisLabel={t('compare.axisTrips')}
          table={table}
          tableLabel={t('charts.table')}
        />
        <BarChart
          testId="chart-project-minutes"
          title={t('compare.chartMinutes')}
          description={t('compare.chartMinutesDescription')}
          categories={categories}
          series={[
            { key: 'alone', label: t('compare.minutesPerFasterTrip'), colour: SERIES_COLOURS.alone },
            { key: 'without', label: t('compare.minutesPerSlowerTrip'), colour: SERIES_COLOURS.without, hatched: true },
          ]}
          value={(id, key) => {
            const p = byId.get(id)!
            return key === 'alone'
              ? p.alone.faster
                ? p.alone.meanMinutesSavedPerFasterTrip
                : 0
              : p.without.faster
                ? p.without.meanMinutesSavedPerFasterTrip
                : 0
          }}
          format={(v) => (v > 0 ? m(v) : '—')}
          formatTick={(v) => m(v)}
          axisLabel={t('compare.axisMinutes')}
          table={table}
          tableLabel={t('charts.table')}
        />
      </div>
      <DataTable
        testId="projects-impact"
        caption={t('compare.projectsTable')}
        columns={columns}
        rows={projects}
        rowKey={(p) => p.id}
        sort={sort}
        onSort={setSort}
        stackOnPhones
      />
      <p className="muted small">
        {t('compare.weightedNote', {
          unesco: HERITAGE_WEIGHTS.unesco,
          special: HERITAGE_WEIGHTS['special-national'],
          national: HERITAGE_WEIGHTS.national,
          provincial: HERITAGE_WEIGHTS.provincial,
          other: HERITAGE_WEIGHTS.other,
        })}
      </p>
    </section>
  )
}
