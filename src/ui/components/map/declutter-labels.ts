/**
 * Declutter labels
 * ================
 * Hides map labels that would overlap a more important one, so the map stays readable when zoomed
 * out. Labels are tried in priority order; a label is shown only if its box is free. A `fixed` label
 * (a stop of the plan) is always shown and keeps its box for itself; a `hidden` one is never shown.
 */

export interface PlacedLabel {
  readonly element: HTMLElement
  /** Lower goes first. */
  readonly priority: number
  /** Always shown, taking its box first. */
  readonly fixed?: boolean
  /** Never shown (its place is marked by the plan instead). */
  readonly hidden?: boolean
}

interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/** Shows or hides each label; returns how many are shown. */
export function declutterLabels(labels: readonly PlacedLabel[], marginPx = 2): number {
  const taken: Box[] = []
  let shown = 0
  const order = [...labels].sort((a, b) => Number(!!b.fixed) - Number(!!a.fixed) || a.priority - b.priority)
  for (const label of order) {
    label.element.style.visibility = 'hidden'
    if (label.hidden) continue
    const r = label.element.getBoundingClientRect()
    const box = {
      left: r.left - marginPx,
      top: r.top - marginPx,
      right: r.right + marginPx,
      bottom: r.bottom + marginPx,
    }
    if (!label.fixed && taken.some((t) => overlaps(t, box))) continue
    taken.push(box)
    label.element.style.visibility = 'visible'
    shown++
  }
  return shown
}
