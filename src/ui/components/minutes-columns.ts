/**
 * The two columns every comparison table shows for a trip: its minutes before and after, sorted by
 * minutes (no route sorts last).
 */
import type { Column } from './data-table.tsx'

interface BeforeAfter {
  readonly beforeMinutes: number | null
  readonly afterMinutes: number | null
}

export function minutesBeforeAfter<Row extends BeforeAfter>(
  labels: { readonly before: string; readonly after: string },
  minutes: (value: number | null) => string,
): Column<Row>[] {
  return [
    {
      key: 'before',
      label: labels.before,
      numeric: true,
      sortValue: (row) => row.beforeMinutes,
      render: (row) => minutes(row.beforeMinutes),
    },
    {
      key: 'after',
      label: labels.after,
      numeric: true,
      sortValue: (row) => row.afterMinutes,
      render: (row) => minutes(row.afterMinutes),
    },
  ]
}
