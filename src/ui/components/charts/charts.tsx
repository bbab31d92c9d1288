/**
 * Charts, loaded when first shown (visx and its d3 parts stay out of the first download). The choice
 * of visx is recorded in docs/decisions/0005-charts.md.
 */
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { BarChartProps, LineChartProps } from './chart-types.ts'

const LazyBar = lazy(() => import('./bar-chart.tsx'))
const LazyLine = lazy(() => import('./line-chart.tsx'))

function Loading() {
  const { t } = useTranslation()
  return (
    <p className="muted" role="status">
      {t('charts.loading')}
    </p>
  )
}

export function BarChart(props: BarChartProps) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyBar {...props} />
    </Suspense>
  )
}

export function LineChart(props: LineChartProps) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyLine {...props} />
    </Suspense>
  )
}

export type { BarChartProps, LineChartProps, ChartSeries } from './chart-types.ts'
