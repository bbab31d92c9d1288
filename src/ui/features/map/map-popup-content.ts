/**
 * Popup content
 * =============
 * Details of a clicked place or link, built from DOM text nodes only (never HTML strings), so text
 * from a dataset can never run as markup.
 */
import type { Dataset, LinkId, PlaceId } from '../../../core/index.ts'
import { linkDrawStatus } from '../../../core/index.ts'

function element(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className) node.className = className
  return node
}

export function placePopup(dataset: Dataset, id: PlaceId, language: 'vi' | 'en' = 'vi'): HTMLElement | null {
  const place = dataset.placeById.get(id)
  if (!place) return null
  const root = element('div', undefined, 'popup')
  const other = language === 'vi' ? 'en' : 'vi'
  root.append(element('strong', place.name[language]))
  if (place.name[other] !== place.name[language]) root.append(element('div', place.name[other], 'popup-sub'))
  const facts = [place.kind.replace('-', ' ')]
  if (place.heritage?.unescoComponent) facts.push('UNESCO component')
  if (place.kind === 'heritage-site') facts.push(`visit ${place.visitMinutes} min`)
  root.append(element('div', facts.join(' · '), 'popup-meta'))
  if (place.provenance?.position?.confidence === 'low')
    root.append(element('div', 'Position estimated (±1–3 km)', 'popup-estimate'))
  return root
}

export function linkPopup(dataset: Dataset, id: LinkId, language: 'vi' | 'en' = 'en'): HTMLElement | null {
  const link = dataset.linkById.get(id)
  if (!link) return null
  const root = element('div', undefined, 'popup')
  root.append(element('strong', link.name?.[language] ?? link.id))
  const from = dataset.placeById.get(link.from)?.name.vi ?? link.from
  const to = dataset.placeById.get(link.to)?.name.vi ?? link.to
  root.append(element('div', `${from} → ${to}`, 'popup-sub'))
  const facts = [link.mode, `${link.km} km`, `${Math.round(link.minutes)} min`]
  if (link.road?.ref) facts.unshift(link.road.ref)
  root.append(element('div', facts.join(' · '), 'popup-meta'))
  const status = linkDrawStatus(dataset, link)
  if (link.project) {
    const project = dataset.projectById.get(link.project)
    root.append(
      element('div', `${project?.name[language] ?? link.project} (${project?.status ?? status})`, 'popup-project'),
    )
  }
  if (link.provenance?.km?.confidence === 'low') root.append(element('div', 'Length estimated', 'popup-estimate'))
  return root
}
