/**
 * The roadbook exists only on paper: mounted once a plan is shown, it loads the roadbook's code (not
 * part of the first download) and renders it only while the page is printed.
 */
import { Suspense, useEffect, useState, type ComponentProps } from 'react'
import { usePrinting } from '../../hooks/use-printing.ts'
import type { Roadbook } from './roadbook.tsx'

export function PrintedRoadbook(props: ComponentProps<typeof Roadbook>) {
  const printing = usePrinting()
  const [View, setView] = useState<typeof Roadbook | null>(null)
  useEffect(() => {
    let live = true
    void import('./roadbook.tsx').then((m) => {
      if (live) setView(() => m.Roadbook)
    })
    return () => {
      live = false
    }
  }, [])
  if (!printing || !View) return null
  return (
    <Suspense fallback={null}>
      <View {...props} />
    </Suspense>
  )
}
