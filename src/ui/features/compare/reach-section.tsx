/**
 * Reach from a gateway: how many heritage sites are within 60, 90, 120 and 180 minutes, before and
 * after, as bars and as a table (with the sites gained).
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatMinutes, type Comparison } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { BarChart } from '../../components/charts/charts.tsx'

export function ReachSection({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation()
  const { dataset, text, language } = useApp()
  const [gateway, setGateway] = useState(comparison.gateways[0] ?? '')
  if (!comparison.reach || comparison.reach.length === 0) return null
  const name = (id: string) => text(dataset.placeById.get(id as never)?.name) || id
  const rows = comparison.reach
  const num = (x: number) => x.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB')
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
          <div className="data-table-wrap">
            <table className="data-table" data-testid="reach">
              <caption>{t('compare.reachCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.from')}</th>
                  <th scope="col">{t('compare.withinHeader')}</th>
                  <th scope="col" className="numeric">
                    {t('compare.sitesBefore')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('compare.sitesAfter')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('compare.scoreHeader')}
                  </th>
                  <th scope="col">{t('compare.gained')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={key(r.gateway, r.minutes)}>
                    <th scope="row">{name(r.gateway)}</th>
                    <td>{t('compare.within', { time: formatMinutes(r.minutes, language) })}</td>
                    <td className="numeric">{r.before.length}</td>
                    <td className="numeric">{r.after.length}</td>
                    <td className="numeric">
                      {num(r.beforeScore)} → {num(r.afterScore)}
                    </td>
                    <td>{r.gained.map(name).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      />
    </section>
  )
}
