/**
 * Declutter labels
 * ================
 * Hides map labels that would overlap a more important one, so the map stays readable when zoomed
 * out. Labels are tried in priority order; a label is shown only if its box is free.
 */

export interface PlacedLabel {
  readonly element: HTMLElement
  /** Lower goes first. */
  readonly priority: number
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
  for (const label of [...labels].sort((a, b) => a.priority - b.priority)) {
    label.element.style.visibility = 'hidden'
    const r = label.element.getBoundingClientRect()
    const box = {
      left: r.left - marginPx,
      top: r.top - marginPx,
      right: r.right + marginPx,
      bottom: r.bottom + marginPx,
    }
    if (taken.some((t) => overlaps(t, box))) continue
    taken.push(box)
    label.element.style.visibility = 'visible'
    shown++
  }
  return shown
}
