/**
 * What the charts draw. The page that shows a chart gives its data, words and table; the chart only
 * draws. Every series has a colour and a dash or hatch, so no figure relies on colour alone.
 */
import type { ReactNode } from 'react'

export interface ChartSeries {
  readonly key: string
  readonly label: string
  readonly colour: string
  /** Line dash (`4 3`) or, for bars, a hatched fill. */
  readonly dash?: string
  readonly hatched?: boolean
}

export interface ChartFrameProps {
  /** Shown above the chart and read as its name. */
  readonly title: string
  /** One or two sentences a screen reader hears in place of the drawing. */
  readonly description: string
  /** The same numbers as a table ("Each chart has its table"). */
  readonly table: ReactNode
  readonly tableLabel: string
  readonly testId?: string
}

export interface BarChartProps extends ChartFrameProps {
  readonly categories: ReadonlyArray<{ readonly id: string; readonly label: string }>
  readonly series: readonly ChartSeries[]
  readonly value: (category: string, series: string) => number
  readonly format: (value: number) => string
  /** Axis ticks, when they read differently from the values on the bars. */
  readonly formatTick?: (value: number) => string
  readonly axisLabel: string
}

export interface LineChartProps extends ChartFrameProps {
  /** `YYYY-MM-DD` dates along the x axis, in order. */
  readonly dates: readonly string[]
  readonly series: readonly ChartSeries[]
  readonly value: (date: string, series: string) => number | null
  readonly format: (value: number) => string
  readonly axisLabel: string
  /** Vertical marks (project openings), each with a short label. */
  readonly marks?: ReadonlyArray<{ readonly date: string; readonly label: string }>
}
