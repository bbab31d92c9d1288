/**
 * The overlay of the embedded dataset (its places and the agreement's nine projects), for the import
 * page to lay on the roads a user brings: the same overlay as the command line's `overlay`, with
 * what cannot follow onto imported roads, named for the page in both languages.
 */
import { overlayFromDataset, parseDataset, type Dataset, type LocalizedText } from '../../core/index.ts'
import network from '../../../data/network.json'

export type EmbeddedOverlayRequest = { type: 'embedded-overlay' }

export interface EmbeddedOverlayAnswer {
  /** The overlay as a file's text (what `import --overlay` reads). */
  readonly text: string
  readonly projects: number
  readonly places: number
  /** Upgrades and closures of the embedded roads that cannot follow, by project. */
  readonly leftOut: ReadonlyArray<{ name: LocalizedText; field: 'upgrades' | 'replaces'; links: number }>
}

let made: EmbeddedOverlayAnswer | null = null

export function answerEmbeddedOverlay(dataset: Dataset): EmbeddedOverlayAnswer {
  if (made) return made
  const parsed = parseDataset(network, { keepParts: true })
  if (!parsed.ok || !parsed.parts) throw new Error('The embedded dataset is invalid')
  const { overlay, leftOut } = overlayFromDataset(parsed.parts)
  made = {
    text: JSON.stringify(overlay, null, 2),
    projects: overlay.projects.length,
    places: overlay.places.length,
    leftOut: leftOut.map((l) => ({
      name: dataset.projectById.get(l.project)!.name,
      field: l.field,
      links: l.links.length,
    })),
  }
  return made
}
