/**
 * Reach from a gateway: how many heritage sites are within 60, 90, 120 and 180 minutes, before and
 * after, as bars and as a table (with the sites gained).
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../components/data-table.tsx'
import { formatMinutes, type Comparison, placeName } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { BarChart } from '../../components/charts/charts.tsx'

export function ReachSection({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation()
  const { dataset, language, fmt } = useApp()
  const [gateway, setGateway] = useState(comparison.gateways[0] ?? '')
  if (!comparison.reach || comparison.reach.length === 0) return null
  const name = (id: string) => placeName(dataset, id, language)
  const rows = comparison.reach
  const num = (x: number) => fmt.count(x)
  const key = (origin: string, minutes: number) => `${origin}|${minutes}`
  const byKey = new Map(rows.map((r) => [key(r.gateway, r.minutes), r]))
  return (
    <section aria-labelledby="reach-title" className="compare-section">
      <h2 id="reach-title">{t('compare.reach')}</h2>
      <p className="muted">{t('compare.reachIntro')}</p>
      <label className="inline-field">
        <span>{t('compare.reachFrom')}</span>
        <select value={gateway} onChange={(e) => setGateway(e.target.value)} data-testid="reach-gateway">
          {comparison.gateways.map((g) => (
            <option key={g} value={g}>
              {name(g)}
            </option>
          ))}
        </select>
      </label>
      <BarChart
        testId="chart-reach"
        title={t('compare.reachChart', { place: name(gateway) })}
        description={t('compare.reachChartDescription')}
        categories={rows
          .filter((r) => r.gateway === gateway)
          .map((r) => ({
            id: key(r.gateway, r.minutes),
            label: t('compare.within', { time: formatMinutes(r.minutes, language) }),
          }))}
        series={[
          { key: 'before', label: t('compare.before'), colour: '#8a8178', hatched: true },
          { key: 'after', label: t('compare.after'), colour: '#1d4ed8' },
        ]}
        value={(id, s) => (s === 'before' ? byKey.get(id)!.before.length : byKey.get(id)!.after.length)}
        format={(v) => String(Math.round(v))}
        axisLabel={t('compare.axisSites')}
        tableLabel={t('charts.table')}
        table={
          <DataTable
            caption={t('compare.reachCaption')}
            testId="reach"
            sort={null}
            rows={rows}
            rowKey={(r) => key(r.gateway, r.minutes)}
            columns={[
              { key: 'from', label: t('compare.from'), render: (r) => name(r.gateway) },
              {
                key: 'within',
                label: t('compare.withinHeader'),
                render: (r) => t('compare.within', { time: formatMinutes(r.minutes, language) }),
              },
              { key: 'before', label: t('compare.sitesBefore'), numeric: true, render: (r) => r.before.length },
              { key: 'after', label: t('compare.sitesAfter'), numeric: true, render: (r) => r.after.length },
              {
                key: 'score',
                label: t('compare.scoreHeader'),
                numeric: true,
                render: (r) => `${num(r.beforeScore)} → ${num(r.afterScore)}`,
              },
              { key: 'gained', label: t('compare.gained'), render: (r) => r.gained.map(name).join(', ') },
            ]}
          />
        }
      />
    </section>
  )
}
