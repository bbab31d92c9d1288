/**
 * The map of change with its legend and the same numbers as tables: minutes from the chosen place to
 * every compared place before and after, and the links that are new, upgraded, closed or slowed.
 */
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import {
  linkOf,
  formatMinutes,
  LINK_CHANGE_STATUSES,
  placeChangesFrom,
  type Comparison,
  type PlaceChange,
  placeName,
} from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { DataTable, type Column } from '../../components/data-table.tsx'
import { minutesBeforeAfter } from '../../components/minutes-columns.ts'
import { DotSample, LineSample } from '../../components/map/legend-samples.tsx'
import { MapLoading } from '../../components/map/map-loading.tsx'
import { LINK_STATUS_STYLE, PLACE_BIN_COLOURS, PLACE_BINS, placeBin, type PlaceBin } from './change-bins.ts'

const ChangeMap = lazy(() => import('./change-map.tsx'))

/** Bins worth a legend entry (a white "not compared" dot needs none). */
const LEGEND_BINS: readonly PlaceBin[] = PLACE_BINS.filter((b) => b !== 'unreachable')

export function ChangeMapSection({
  comparison,
  origin,
  onOrigin,
}: {
  comparison: Comparison
  origin: string
  onOrigin: (id: string) => void
}) {
  const { t } = useTranslation()
  const { dataset, text, language } = useApp()
  const m = (x: number | null) => (x === null ? t('compare.noRoute') : formatMinutes(x, language))
  const name = (id: string) => placeName(dataset, id, language)
  const changes = placeChangesFrom(comparison.pairs, origin)
  const byPlace = new Map(changes.map((c) => [c.place as string, c]))
  const links = comparison.links.filter((l) => l.status !== 'unchanged' && l.status !== 'absent')
  const linkName = (id: string) => {
    const link = linkOf(dataset, id)
    if (!link) return id
    const ends = `${name(link.from)} – ${name(link.to)}`
    return link.name ? `${text(link.name)} (${ends})` : ends
  }
  const describePlace = (id: string) => {
    if (id === origin) return t('changeMap.origin', { place: name(id) })
    const c = byPlace.get(id)
    return c
      ? `${name(id)}: ${m(c.beforeMinutes)} → ${m(c.afterMinutes)} (${t(`changeMap.bins.${placeBin(c)}`)})`
      : name(id)
  }
  const describeLink = (id: string) => {
    const c = comparison.links.find((l) => l.link === id)
    return c ? `${linkName(id)}: ${t(`changeMap.status.${c.status}`)}` : linkName(id)
  }
  const columns: Column<PlaceChange>[] = [
    { key: 'place', label: t('compare.place'), sortValue: (c) => name(c.place), render: (c) => name(c.place) },
    ...minutesBeforeAfter<PlaceChange>({ before: t('compare.before'), after: t('compare.after') }, m),
    {
      key: 'change',
      label: t('compare.change'),
      numeric: true,
      sortValue: (c) => c.savedMinutes,
      render: (c) => (
        <span>
          <span className="swatch" style={{ background: PLACE_BIN_COLOURS[placeBin(c)] }} aria-hidden="true" />{' '}
          {t(`changeMap.bins.${placeBin(c)}`)}
          {c.savedMinutes !== null && Math.abs(c.savedMinutes) > 0.5
            ? ` (${c.savedMinutes > 0 ? '−' : '+'}${formatMinutes(Math.abs(c.savedMinutes), language)})`
            : ''}
        </span>
      ),
    },
  ]
  return (
    <section aria-labelledby="change-map-title" className="compare-section">
      <h2 id="change-map-title">{t('changeMap.title')}</h2>
      <p className="muted">{t('changeMap.intro')}</p>
      <label className="inline-field">
        <span>{t('changeMap.from')}</span>
        <select value={origin} onChange={(e) => onOrigin(e.target.value)} data-testid="change-origin">
          {comparison.places.map((id) => (
            <option key={id} value={id}>
              {name(id)}
            </option>
          ))}
        </select>
      </label>
      <div className="change-map-layout">
        <div className="change-map-area">
          <Suspense fallback={<MapLoading />}>
            <ChangeMap
              dataset={dataset}
              language={language}
              label={t('changeMap.label')}
              links={comparison.links}
              places={changes}
              origin={origin}
              describePlace={describePlace}
              describeLink={describeLink}
            />
          </Suspense>
        </div>
        <div className="change-legend" data-testid="change-legend">
          <h3>{t('changeMap.linksLegend')}</h3>
          <ul>
            {LINK_CHANGE_STATUSES.map((s) => (
              <li key={s}>
                <LineSample
                  colour={LINK_STATUS_STYLE[s].colour}
                  width={Math.min(5, LINK_STATUS_STYLE[s].width)}
                  dash={LINK_STATUS_STYLE[s].dash?.map((d) => d * 3).join(' ')}
                />{' '}
                {t(`changeMap.status.${s}`)}
              </li>
            ))}
          </ul>
          <h3>{t('changeMap.placesLegend', { place: name(origin) })}</h3>
          <ul>
            {LEGEND_BINS.map((b) => (
              <li key={b}>
                <DotSample colour={PLACE_BIN_COLOURS[b]} /> {t(`changeMap.bins.${b}`)}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <details className="chart-table" data-testid="change-table">
        <summary>{t('changeMap.table', { place: name(origin) })}</summary>
        <DataTable
          caption={t('changeMap.tableCaption', { place: name(origin) })}
          columns={columns}
          rows={changes}
          rowKey={(c) => c.place}
          sort={{ key: 'change', descending: true }}
        />
        <h3>{t('changeMap.linksTable')}</h3>
        {links.length === 0 ? (
          <p>{t('changeMap.noLinks')}</p>
        ) : (
          <ul data-testid="changed-links">
            {links.map((l) => (
              <li key={l.link}>
                {linkName(l.link)}: {t(`changeMap.status.${l.status}`)}
                {l.beforeMinutes !== null && l.afterMinutes !== null
                  ? ` (${m(l.beforeMinutes)} → ${m(l.afterMinutes)})`
                  : ''}
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  )
}
