/**
 * Every pair: filterable by place and by kind of change, sortable by any column, paged; and the whole
 * comparison downloadable as CSV (every pair) and as the markdown report the command line writes.
 */
import { useTranslation } from 'react-i18next'
import {
  CHANGE_KINDS,
  comparisonMarkdown,
  pairsCsv,
  type Comparison,
  type DayTripChange,
  placeName,
} from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { DataTable } from '../../components/data-table.tsx'
import { usePairColumns } from '../../components/pair-columns.tsx'
import { downloadText } from '../../components/download.ts'
import type { CompareState, PairSort } from './compare-url.ts'

export const PAIRS_PAGE_SIZE = 25

export function PairsSection({
  comparison,
  dayTrips,
  state,
  onChange,
}: {
  comparison: Comparison
  dayTrips: readonly DayTripChange[] | null
  state: Pick<CompareState, 'pairsPlace' | 'pairsKind' | 'pairsSort' | 'pairsPage'>
  onChange: (changes: Record<string, string | null>) => void
}) {
  const { t } = useTranslation()
  const { dataset, language, today } = useApp()
  const name = (id: string) => placeName(dataset, id, language)
  const rows = comparison.pairs.filter(
    (p) =>
      (state.pairsPlace === null || p.from === state.pairsPlace || p.to === state.pairsPlace) &&
      (state.pairsKind === 'all' ||
        (state.pairsKind === 'changed' ? p.kind !== 'same' && p.kind !== 'unreachable' : p.kind === state.pairsKind)),
  )
  const columns = usePairColumns(name)
  const stamp = `${today}`
  const full: Comparison = { ...comparison, dayTrips: dayTrips ?? null }
  return (
    <section aria-labelledby="pairs-title" className="compare-section">
      <h2 id="pairs-title">{t('compare.pairs')}</h2>
      <div className="table-tools">
        <label>
          <span>{t('compare.filterPlace')}</span>
          <select
            value={state.pairsPlace ?? ''}
            data-testid="pairs-place"
            onChange={(e) => onChange({ 'pairs-place': e.target.value || null, 'pairs-page': null })}
          >
            <option value="">{t('compare.anyPlace')}</option>
            {comparison.places.map((id) => (
              <option key={id} value={id}>
                {name(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('compare.filterKind')}</span>
          <select
            value={state.pairsKind}
            data-testid="pairs-kind"
            onChange={(e) =>
              onChange({ 'pairs-kind': e.target.value === 'changed' ? null : e.target.value, 'pairs-page': null })
            }
          >
            <option value="changed">{t('compare.kindChanged')}</option>
            <option value="all">{t('compare.kindAll')}</option>
            {CHANGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`compare.kindOption.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="downloads">
          <button
            type="button"
            data-testid="download-csv"
            onClick={() =>
              downloadText(
                `compare-${stamp}.csv`,
                pairsCsv(comparison.pairs, dataset, language),
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('compare.downloadCsv')}
          </button>
          <button
            type="button"
            data-testid="download-md"
            onClick={() =>
              downloadText(
                `compare-${stamp}.md`,
                comparisonMarkdown(full, dataset, language),
                'text/markdown;charset=utf-8',
              )
            }
          >
            {t('compare.downloadMd')}
          </button>
        </div>
      </div>
      <DataTable
        testId="pairs"
        caption={t('compare.pairsCaption', { count: rows.length, total: comparison.pairs.length })}
        columns={columns}
        rows={rows}
        rowKey={(p) => `${p.from}|${p.to}`}
        sort={{ key: state.pairsSort.key, descending: state.pairsSort.descending }}
        onSort={(s) =>
          onChange({
            'pairs-sort': s.key === 'change' && s.descending ? null : `${s.descending ? '-' : ''}${s.key as PairSort}`,
            'pairs-page': null,
          })
        }
        page={state.pairsPage}
        pageSize={PAIRS_PAGE_SIZE}
        onPage={(page) => onChange({ 'pairs-page': page === 1 ? null : String(page) })}
        empty={t('compare.noPairs')}
      />
    </section>
  )
}
