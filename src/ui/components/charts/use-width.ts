/**
 * The width of an element in CSS pixels, kept up to date as it resizes, so a chart draws at the size
 * it is shown (text stays readable on a phone instead of shrinking with a viewBox).
 */
import { useEffect, useState, type RefObject } from 'react'

export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 640): number {
  const [width, setWidth] = useState(fallback)
  useEffect(() => {
    const node = ref.current
    if (!node) return
    const measure = () => setWidth(Math.max(240, Math.floor(node.getBoundingClientRect().width)))
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(node)
    return () => observer.disconnect()
  }, [ref])
  return width
}
