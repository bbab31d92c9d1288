/**
 * Horizontal grouped bars (one group per category, one bar per series), drawn with visx at the width
 * it is shown. Long category names sit on their own line above each group, so they are never cut.
 */
import { useRef } from 'react'
import { AxisBottom } from '@visx/axis'
import { Group } from '@visx/group'
import { scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import { ChartFrame, Hatch } from './chart-frame.tsx'
import type { BarChartProps } from './chart-types.ts'
import { useWidth } from './use-width.ts'

const BAR = 14,
  GAP = 3,
  LINE = 16,
  GROUP_GAP = 10,
  MARGIN = { top: 4, right: 56, bottom: 40, left: 8 },
  /** Rough width of a character of the 12 px label font, to wrap names before they are cut. */
  CHAR_PX = 6.8

/** A label in at most two lines that fit `width` pixels; the rest is cut with an ellipsis. */
export function wrapLabel(label: string, width: number): string[] {
  const max = Math.max(8, Math.floor(width / CHAR_PX))
  const lines: string[] = []
  let line = ''
  for (const word of label.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word
    if (next.length <= max) line = next
    else {
      if (line) lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  if (lines.length <= 2) return lines.map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l))
  const second = lines.slice(1).join(' ')
  return [lines[0]!, `${second.slice(0, max - 1)}…`]
}

export default function BarChart(props: BarChartProps) {
  const { categories, series, value, format, formatTick = format, axisLabel } = props
  const box = useRef<HTMLDivElement>(null)
  const width = useWidth(box)
  const innerWidth = width - MARGIN.left - MARGIN.right
  const labels = categories.map((c) => wrapLabel(c.label, innerWidth + MARGIN.right - 4))
  const bars = series.length * (BAR + GAP) + GROUP_GAP
  const tops: number[] = []
  let y0 = 0
  for (const lines of labels) {
    tops.push(y0)
    y0 += lines.length * LINE + 2 + bars
  }
  const height = MARGIN.top + y0 + MARGIN.bottom
  let max = 0
  for (const c of categories) for (const s of series) max = Math.max(max, value(c.id, s.key))
  const x = scaleLinear<number>({ domain: [0, max > 0 ? max : 1], range: [0, innerWidth], nice: true })
  return (
    <ChartFrame {...props} series={series}>
      {({ titleId, descId, patternId }) => (
        <div ref={box} className="chart-box">
          <svg width={width} height={height} role="img" aria-labelledby={titleId} aria-describedby={descId}>
            <defs>
              {series
                .filter((s) => s.hatched)
                .map((s) => (
                  <Hatch key={s.key} id={patternId(s.key)} colour={s.colour} />
                ))}
            </defs>
            <Group left={MARGIN.left} top={MARGIN.top}>
              {categories.map((c, i) => {
                const head = labels[i]!.length * LINE + 2
                return (
                  <Group key={c.id} top={tops[i]}>
                    <text x={0} y={LINE - 4} className="chart-label">
                      {labels[i]!.map((line, k) => (
                        <tspan key={k} x={0} dy={k === 0 ? 0 : LINE}>
                          {line}
                        </tspan>
                      ))}
                      {labels[i]!.join(' ') !== c.label && <title>{c.label}</title>}
                    </text>
                    {series.map((s, j) => {
                      const v = value(c.id, s.key)
                      const y = head + j * (BAR + GAP)
                      const w = Math.max(v > 0 ? 1 : 0, x(v))
                      return (
                        <g key={s.key}>
                          <Bar
                            x={0}
                            y={y}
                            width={w}
                            height={BAR}
                            fill={s.hatched ? `url(#${patternId(s.key)})` : s.colour}
                            stroke={s.colour}
                          />
                          <text x={w + 4} y={y + BAR - 3} className="chart-value">
                            {format(v)}
                          </text>
                        </g>
                      )
                    })}
                  </Group>
                )
              })}
            </Group>
            <AxisBottom
              top={height - MARGIN.bottom}
              left={MARGIN.left}
              scale={x}
              numTicks={Math.max(2, Math.floor(innerWidth / 90))}
              tickFormat={(v) => formatTick(Number(v))}
              label={axisLabel}
              labelClassName="chart-axis-label"
              tickClassName="chart-tick"
            />
          </svg>
        </div>
      )}
    </ChartFrame>
  )
}
