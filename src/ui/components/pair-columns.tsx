/**
 * The columns of a table of trips between two scenarios: from, to, minutes before and after, the
 * change (its kind and minutes) and the change in percent. The compare page's pairs and an imported
 * network's comparison show the same columns.
 */
import { useTranslation } from 'react-i18next'
import { formatMinutes, type PairChange } from '../../core/index.ts'
import { useApp } from '../app/app-context.tsx'
import type { Column } from './data-table.tsx'
import { minutesBeforeAfter } from './minutes-columns.ts'

/** The columns, with places named by `name` (the dataset they come from knows their names). */
export function usePairColumns(name: (id: string) => string): Column<PairChange>[] {
  const { t } = useTranslation()
  const { language } = useApp()
  const m = (x: number | null) => (x === null ? t('compare.noRoute') : formatMinutes(x, language))
  return [
    { key: 'from', label: t('compare.from'), sortValue: (p) => name(p.from), render: (p) => name(p.from) },
    { key: 'to', label: t('compare.to'), sortValue: (p) => name(p.to), render: (p) => name(p.to) },
    ...minutesBeforeAfter<PairChange>({ before: t('compare.before'), after: t('compare.after') }, m),
    {
      key: 'change',
      label: t('compare.change'),
      numeric: true,
      sortValue: (p) => (p.savedMinutes === null ? null : Math.abs(p.savedMinutes)),
      render: (p) => (
        <span className={`change change-${p.kind}`}>
          {t(`compare.kindCell.${p.kind}`)}
          {p.savedMinutes !== null && p.kind !== 'same'
            ? ` ${p.savedMinutes > 0 ? '−' : '+'}${formatMinutes(Math.abs(p.savedMinutes), language)}`
            : ''}
        </span>
      ),
    },
    {
      key: 'percent',
      label: '%',
      numeric: true,
      sortValue: (p) => (p.savedPercent === null ? null : Math.abs(p.savedPercent)),
      render: (p) => (p.savedPercent === null || p.kind === 'same' ? '' : `${Math.abs(p.savedPercent).toFixed(0)}%`),
    },
  ]
}
