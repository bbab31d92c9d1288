/**
 * Critical links: which links, if closed (a flood, a bridge under repair), cut trips off or slow them
 * most, in "before" or in "after". A link with a walk beside it (a cable car) is walked, not cut.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { linkOf, formatMinutes, type Comparison, type CriticalLink, placeName } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { DataTable, type Column, type SortState } from '../../components/data-table.tsx'

export function CriticalSection({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation()
  const { dataset, text, language, fmt } = useApp()
  const [side, setSide] = useState<'before' | 'after'>('after')
  const [sort, setSort] = useState<SortState | null>(null)
  const [all, setAll] = useState(false)
  if (!comparison.critical) return null
  const links = comparison.critical[side]
  const name = (id: string) => placeName(dataset, id, language)
  const linkName = (id: string) => {
    const link = linkOf(dataset, id)
    if (!link) return id
    return `${link.name ? `${text(link.name)}: ` : ''}${name(link.from)} – ${name(link.to)}`
  }
  const m = (x: number) => formatMinutes(x, language)
  const columns: Column<CriticalLink>[] = [
    { key: 'link', label: t('critical.link'), sortValue: (k) => linkName(k.link), render: (k) => linkName(k.link) },
    {
      key: 'cut',
      label: t('critical.cutOff'),
      numeric: true,
      sortValue: (k) => k.summary.disconnected,
      render: (k) => k.summary.disconnected,
    },
    {
      key: 'slower',
      label: t('critical.slower'),
      numeric: true,
      sortValue: (k) => k.summary.slower,
      render: (k) => k.summary.slower,
    },
    {
      key: 'per-trip',
      label: t('critical.perTrip'),
      numeric: true,
      sortValue: (k) => (k.summary.slower ? k.summary.meanMinutesLostPerSlowerTrip : null),
      render: (k) => (k.summary.slower ? m(k.summary.meanMinutesLostPerSlowerTrip) : '—'),
    },
    {
      key: 'total',
      label: t('critical.tripMinutes'),
      numeric: true,
      sortValue: (k) => k.summary.minutesLostOnSlower,
      render: (k) => fmt.count(Math.round(k.summary.minutesLostOnSlower)),
    },
    {
      key: 'worst',
      label: t('critical.hardest'),
      render: (k) =>
        k.worst
          .slice(0, 1)
          .map(
            (p) =>
              `${name(p.from)} ↔ ${name(p.to)}: ${p.afterMinutes === null ? t('compare.kindCell.disconnected') : `+${m(p.afterMinutes - p.beforeMinutes!)}`}`,
          )
          .join(''),
    },
  ]
  return (
    <section aria-labelledby="critical-title" className="compare-section">
      <h2 id="critical-title">{t('critical.title')}</h2>
      <p className="muted">{t('critical.intro')}</p>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('critical.side')}</legend>
        {(['before', 'after'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="critical-side" checked={side === s} onChange={() => setSide(s)} />{' '}
            {t(`compare.${s}`)}
          </label>
        ))}
      </fieldset>
      {links.length === 0 ? (
        <p>{t('critical.none')}</p>
      ) : (
        <>
          <DataTable
            testId="critical-links"
            caption={t('critical.caption', { side: t(`compare.${side}`), count: links.length })}
            columns={columns}
            rows={all ? links : links.slice(0, 10)}
            rowKey={(k) => k.link}
            sort={sort}
            onSort={setSort}
            stackOnPhones
          />
          {links.length > 10 && (
            <button type="button" className="link-button" onClick={() => setAll(!all)}>
              {all ? t('critical.fewer') : t('critical.all', { count: links.length })}
            </button>
          )}
        </>
      )}
      <p className="muted small">{t('critical.coarse')}</p>
    </section>
  )
}
