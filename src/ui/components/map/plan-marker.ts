/**
 * A plan's marker as the maps draw it: a badge in its day's colour (`A`, `B`, the stop's number, ☾ for
 * a night) and the place's name beside it; a button where a tap on it means something, else an image.
 */
import type { PlanMarker } from '../../../core/index.ts'
import { dayColour } from './map-style.ts'

export function planMarkerElement(
  marker: PlanMarker,
  name: string,
  title: string,
  as: 'button' | 'img',
): { element: HTMLElement; name: HTMLElement } {
  const element = document.createElement(as === 'button' ? 'button' : 'div')
  if (element instanceof HTMLButtonElement) element.type = 'button'
  else element.setAttribute('role', 'img')
  element.className = `plan-marker plan-${marker.role}`
  element.style.setProperty('--day-colour', dayColour(marker.day))
  element.dataset.place = marker.place
  element.dataset.role = marker.role
  element.setAttribute('aria-label', `${title} — ${name}`)
  const badge = document.createElement('span')
  badge.className = 'plan-badge'
  badge.textContent = marker.role === 'night' ? '☾' : marker.label
  const label = document.createElement('span')
  label.className = 'plan-name'
  label.textContent = name
  element.append(badge, label)
  return { element, name: label }
}
