/**
 * Lines over time (one per series), drawn with visx at the width it is shown; dashes tell the series
 * apart as well as colours, and project openings are marked on the time axis.
 */
import { useRef } from 'react'
import { AxisBottom, AxisLeft } from '@visx/axis'
import { Group } from '@visx/group'
import { scaleLinear, scaleUtc } from '@visx/scale'
import { LinePath } from '@visx/shape'
import { curveStepAfter } from '@visx/curve'
import { ChartFrame } from './chart-frame.tsx'
import type { LineChartProps } from './chart-types.ts'
import { useWidth } from './use-width.ts'

const HEIGHT = 260,
  MARGIN = { top: 12, right: 16, bottom: 44, left: 78 }

const time = (date: string) => new Date(`${date}T00:00:00Z`)

export default function LineChart(props: LineChartProps) {
  const { dates, series, value, format, axisLabel, marks = [] } = props
  const box = useRef<HTMLDivElement>(null)
  const width = useWidth(box)
  const innerWidth = width - MARGIN.left - MARGIN.right,
    innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  let min = Infinity,
    max = -Infinity
  for (const d of dates)
    for (const s of series) {
      const v = value(d, s.key)
      if (v === null) continue
      min = Math.min(min, v)
      max = Math.max(max, v)
    }
  if (!Number.isFinite(min)) [min, max] = [0, 1]
  const pad = Math.max(1, (max - min) * 0.15)
  const x = scaleUtc<number>({ domain: [time(dates[0]!), time(dates[dates.length - 1]!)], range: [0, innerWidth] })
  const y = scaleLinear<number>({ domain: [Math.max(0, min - pad), max + pad], range: [innerHeight, 0], nice: true })
  return (
    <ChartFrame {...props} series={series}>
      {({ titleId, descId }) => (
        <div ref={box} className="chart-box">
          <svg width={width} height={HEIGHT} role="img" aria-labelledby={titleId} aria-describedby={descId}>
            <Group left={MARGIN.left} top={MARGIN.top}>
              {marks.map((m) => (
                <g key={`${m.date}-${m.label}`} className="chart-mark">
                  <line x1={x(time(m.date))} x2={x(time(m.date))} y1={0} y2={innerHeight} />
                  <title>{m.label}</title>
                </g>
              ))}
              {series.map((s) => (
                <LinePath<string>
                  key={s.key}
                  data={dates.filter((d) => value(d, s.key) !== null)}
                  x={(d) => x(time(d))}
                  y={(d) => y(value(d, s.key)!)}
                  stroke={s.colour}
                  strokeWidth={s.dash ? 2.5 : 3}
                  strokeDasharray={s.dash}
                  fill="none"
                  curve={curveStepAfter}
                />
              ))}
              <AxisLeft
                scale={y}
                numTicks={5}
                tickFormat={(v) => format(Number(v))}
                label={axisLabel}
                labelOffset={44}
                labelClassName="chart-axis-label"
                tickClassName="chart-tick"
              />
              <AxisBottom
                top={innerHeight}
                scale={x}
                numTicks={Math.max(2, Math.min(13, Math.floor(innerWidth / 60)))}
                tickFormat={(v) => String((v as Date).getUTCFullYear())}
                tickClassName="chart-tick"
              />
            </Group>
          </svg>
        </div>
      )}
    </ChartFrame>
  )
}
