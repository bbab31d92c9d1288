/**
 * The popup of a named place on an imported network's map: its name, its kind, and a button for each
 * end of the route it can become.
 */
import type { OverviewPlace } from '../../../core/index.ts'

export type RouteEnd = 'from' | 'to'

export function namedPlacePopup(
  place: OverviewPlace,
  language: 'vi' | 'en',
  words: { readonly kind: (kind: string) => string; readonly end: (end: RouteEnd) => string },
  choose: (end: RouteEnd) => void,
): HTMLElement {
  const content = document.createElement('div')
  content.className = 'map-popup'
  const title = document.createElement('strong')
  title.textContent = place.name[language]
  const kind = document.createElement('div')
  kind.textContent = words.kind(place.kind)
  content.append(title, kind)
  for (const end of ['from', 'to'] as const) {
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = words.end(end)
    button.dataset.testid = `imported-map-${end}`
    button.addEventListener('click', () => choose(end))
    content.append(button)
  }
  return content
}
