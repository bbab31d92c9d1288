/**
 * The frame every chart shares: its title, a legend in HTML (readable, never colour alone), the
 * drawing, and the table of the same numbers under a disclosure.
 */
import { useId, type ReactNode } from 'react'
import type { ChartFrameProps, ChartSeries } from './chart-types.ts'

export function ChartFrame({
  title,
  description,
  table,
  tableLabel,
  testId,
  series,
  children,
}: ChartFrameProps & {
  series: readonly ChartSeries[]
  children: (ids: { titleId: string; descId: string; patternId: (key: string) => string }) => ReactNode
}) {
  const id = useId()
  const titleId = `${id}-title`,
    descId = `${id}-desc`
  // A plain id for url(#…) references (React's ids may hold characters a CSS url would need escaped).
  const patternId = (key: string) => `p${id.replace(/[^a-zA-Z0-9_-]/g, '')}-hatch-${key}`
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption id={titleId} className="chart-title">
        {title}
      </figcaption>
      <ul className="chart-legend">
        {series.map((s) => (
          <li key={s.key}>
            <svg width="28" height="12" aria-hidden="true">
              {s.hatched ? (
                <rect x="0" y="1" width="28" height="10" fill={`url(#${patternId(s.key)}-legend)`} stroke={s.colour} />
              ) : (
                <line x1="0" y1="6" x2="28" y2="6" stroke={s.colour} strokeWidth="4" strokeDasharray={s.dash} />
              )}
              <defs>
                <Hatch id={`${patternId(s.key)}-legend`} colour={s.colour} />
              </defs>
            </svg>{' '}
            {s.label}
          </li>
        ))}
      </ul>
      <p id={descId} className="visually-hidden">
        {description}
      </p>
      {children({ titleId, descId, patternId })}
      <details className="chart-table">
        <summary>{tableLabel}</summary>
        {table}
      </details>
    </figure>
  )
}

/** A diagonal hatch pattern (for assumed or secondary values). */
export function Hatch({ id, colour }: { id: string; colour: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="white" />
      <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="3" />
    </pattern>
  )
}
