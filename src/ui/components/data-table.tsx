/**
 * Data table
 * ==========
 * A table whose column headers sort it (a button in each header, `aria-sort` on the sorted one) and
 * that shows one page at a time. The caller owns the sort and the page (often in the address), so a
 * sorted, paged view can be bookmarked.
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface Column<Row> {
  readonly key: string
  readonly label: string
  /** Sort value; a column without one does not sort. Null sorts last. */
  readonly sortValue?: (row: Row) => number | string | null
  readonly render: (row: Row) => ReactNode
  readonly numeric?: boolean
}

export interface SortState {
  readonly key: string
  readonly descending: boolean
}

/** Rows sorted by a column (stable; nulls last whatever the direction). */
export function sortRows<Row>(rows: readonly Row[], columns: readonly Column<Row>[], sort: SortState | null): Row[] {
  const column = sort && columns.find((c) => c.key === sort.key)
  if (!column?.sortValue) return [...rows]
  const value = column.sortValue
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v))
      return (sort!.descending ? -c : c) || a.i - b.i
    })
    .map((x) => x.row)
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  page,
  pageSize,
  onPage,
  testId,
  empty,
  stackOnPhones = true,
}: {
  caption: ReactNode
  columns: readonly Column<Row>[]
  /** All rows, already filtered; sorted and paged here. */
  rows: readonly Row[]
  rowKey: (row: Row) => string
  sort: SortState | null
  onSort?: (next: SortState) => void
  /** 1-based page; without `pageSize` every row shows. */
  page?: number
  pageSize?: number
  onPage?: (page: number) => void
  testId?: string
  empty?: ReactNode
  /** On narrow screens, show each row as a card of "label: value" lines instead of a wide table. */
  stackOnPhones?: boolean
}) {
  const { t } = useTranslation()
  const sorted = sortRows(rows, columns, sort)
  const pages = pageSize ? Math.max(1, Math.ceil(sorted.length / pageSize)) : 1
  const current = Math.min(Math.max(1, page ?? 1), pages)
  const shown = pageSize ? sorted.slice((current - 1) * pageSize, current * pageSize) : sorted
  // Stacked rows change the CSS display of table parts; explicit roles keep the table a table for
  // screen readers that would otherwise drop its semantics.
  const role = (r: string) => (stackOnPhones ? { role: r } : {})
  return (
    <div className="data-table-wrap">
      <table className={stackOnPhones ? 'data-table stack' : 'data-table'} data-testid={testId} {...role('table')}>
        <caption>{caption}</caption>
        <thead {...role('rowgroup')}>
          <tr {...role('row')}>
            {columns.map((c) => {
              const active = sort?.key === c.key
              return (
                <th
                  key={c.key}
                  scope="col"
                  {...role('columnheader')}
                  className={c.numeric ? 'numeric' : undefined}
                  aria-sort={active ? (sort!.descending ? 'descending' : 'ascending') : undefined}
                >
                  {c.sortValue && onSort ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSort({ key: c.key, descending: active ? !sort!.descending : !!c.numeric })}
                    >
                      {c.label}
                      <span aria-hidden="true">{active ? (sort!.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody {...role('rowgroup')}>
          {shown.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{empty ?? t('table.empty')}</td>
            </tr>
          ) : (
            shown.map((row) => (
              <tr key={rowKey(row)} {...role('row')}>
                {columns.map((c) => (
                  <td key={c.key} className={c.numeric ? 'numeric' : undefined} data-label={c.label} {...role('cell')}>
                    {c.render(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {pageSize && pages > 1 && onPage && (
        <nav className="pager" aria-label={t('table.pages')}>
          <button type="button" disabled={current <= 1} onClick={() => onPage(current - 1)}>
            {t('table.previous')}
          </button>
          <span aria-live="polite">{t('table.page', { page: current, pages, count: sorted.length })}</span>
          <button type="button" disabled={current >= pages} onClick={() => onPage(current + 1)}>
            {t('table.next')}
          </button>
        </nav>
      )}
    </div>
  )
}
