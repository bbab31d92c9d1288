/**
 * Popup content
 * =============
 * What a tap on the map shows, in the page's language: a place (its names, kind, visit length, and
 * buttons for what one does with it: open its page, route from or to it, add it to the trip), a link
 * (road, length, time, project), or, where several places lie under the finger, a list to choose
 * from. Built from DOM text nodes only (never HTML strings), so text from a dataset never runs as
 * markup.
 */
import type { Dataset, LinkId, LinkMode, PlaceId, PlaceKind, ProjectStatus } from '../../../core/index.ts'
import { linkDrawStatus } from '../../../core/index.ts'

/** What one can do with a place from its popup. */
export const PLACE_ACTIONS = ['open', 'route-from', 'route-to', 'add-to-trip'] as const
export type PlaceAction = (typeof PLACE_ACTIONS)[number]

/** The words a popup needs, from the page's messages. */
export interface MapWords {
  readonly language: 'vi' | 'en'
  kind(kind: PlaceKind): string
  readonly unesco: string
  visit(minutes: number): string
  readonly positionEstimated: string
  readonly lengthEstimated: string
  mode(mode: LinkMode): string
  km(x: number): string
  minutes(x: number): string
  status(status: ProjectStatus | 'unknown'): string
  action(action: PlaceAction): string
  chooser(count: number): string
}

function element(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className) node.className = className
  return node
}

function button(text: string, onClick: () => void, className = 'popup-action'): HTMLButtonElement {
  const b = element('button', text, className) as HTMLButtonElement
  b.type = 'button'
  b.addEventListener('click', onClick)
  return b
}

/** A place's popup; `actions` lists the buttons to offer (add-to-trip only for heritage sites). */
export function placePopup(
  dataset: Dataset,
  id: PlaceId,
  words: MapWords,
  actions: readonly PlaceAction[] = [],
  onAction?: (action: PlaceAction, id: PlaceId) => void,
): HTMLElement | null {
  const place = dataset.placeById.get(id)
  if (!place) return null
  const { language } = words
  const root = element('div', undefined, 'popup')
  root.dataset.place = id
  const other = language === 'vi' ? 'en' : 'vi'
  root.append(element('strong', place.name[language]))
  if (place.name[other] !== place.name[language]) {
    const sub = element('div', place.name[other], 'popup-sub')
    sub.lang = other
    root.append(sub)
  }
  const facts = [words.kind(place.kind)]
  if (place.heritage?.unescoComponent) facts.push(words.unesco)
  if (place.kind === 'heritage-site') facts.push(words.visit(place.visitMinutes))
  root.append(element('div', facts.join(' · '), 'popup-meta'))
  if (place.provenance?.position?.confidence === 'low')
    root.append(element('div', words.positionEstimated, 'popup-estimate'))
  const offered = actions.filter((a) => a !== 'add-to-trip' || place.kind === 'heritage-site')
  if (offered.length > 0 && onAction) {
    const row = element('div', undefined, 'popup-actions')
    for (const a of offered) {
      const b = button(words.action(a), () => onAction(a, id))
      b.dataset.action = a
      row.append(b)
    }
    root.append(row)
  }
  return root
}

/** A list of the places under a tap, to choose one. */
export function placeChooser(
  dataset: Dataset,
  ids: readonly PlaceId[],
  words: MapWords,
  onChoose: (id: PlaceId) => void,
): HTMLElement {
  const root = element('div', undefined, 'popup popup-chooser')
  root.append(element('strong', words.chooser(ids.length)))
  const list = element('ul', undefined, 'chooser-list')
  for (const id of ids) {
    const place = dataset.placeById.get(id)
    if (!place) continue
    const item = element('li')
    const b = button(place.name[words.language], () => onChoose(id), 'chooser-item')
    b.dataset.place = id
    b.append(element('span', ` · ${words.kind(place.kind)}`, 'muted'))
    item.append(b)
    list.append(item)
  }
  root.append(list)
  return root
}

export function linkPopup(dataset: Dataset, id: LinkId, words: MapWords): HTMLElement | null {
  const link = dataset.linkById.get(id)
  if (!link) return null
  const { language } = words
  const root = element('div', undefined, 'popup')
  const from = dataset.placeById.get(link.from)?.name[language] ?? link.from
  const to = dataset.placeById.get(link.to)?.name[language] ?? link.to
  root.append(element('strong', link.name?.[language] ?? `${from} – ${to}`))
  root.append(element('div', `${from} → ${to}`, 'popup-sub'))
  const facts = [words.mode(link.mode), words.km(link.km), words.minutes(link.minutes)]
  if (link.road?.ref) facts.unshift(link.road.ref)
  root.append(element('div', facts.join(' · '), 'popup-meta'))
  if (link.project) {
    const project = dataset.projectById.get(link.project)
    const status = project?.status ?? (linkDrawStatus(dataset, link) === 'opened' ? 'completed' : 'unknown')
    root.append(element('div', `${project?.name[language] ?? link.project} (${words.status(status)})`, 'popup-project'))
  }
  if (link.provenance?.km?.confidence === 'low') root.append(element('div', words.lengthEstimated, 'popup-estimate'))
  return root
}
