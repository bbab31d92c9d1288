/**
 * What every trip export is given besides the itinerary: the language of names and words, a title,
 * the tour's notes (a saved tour has a note for the tour and one per stop), the trip's address, and
 * the moment of export (passed in, so the core stays pure and the files are reproducible).
 */
import type { Dataset } from '../dataset/dataset.ts'
import { placeName } from '../dataset/lookup.ts'
import type { Language } from '../model/common.ts'

export interface TripExportOptions {
  readonly lang: Language
  /** The trip's name (a saved tour's name), else a title made from its start and first stop. */
  readonly title?: string
  readonly tourNote?: string
  /** A note per place, keyed by place id. */
  readonly stopNotes?: Readonly<Record<string, string>>
  /** The trip's address in the app, written into the files that have a place for it. */
  readonly url?: string
  /** When the file is made, ISO 8601 in UTC (`2026-11-28T10:00:00Z`). */
  readonly generatedAt: string
}

export const placeLabel = (dataset: Dataset, id: string, lang: Language) => placeName(dataset, id, lang)

/** A default title: `Hà Nội – Côn Sơn pagoda, 2 days` / `Hà Nội – Chùa Côn Sơn, 2 ngày`. */
export function defaultTripTitle(
  dataset: Dataset,
  start: string,
  first: string | undefined,
  days: number,
  lang: Language,
) {
  const where = first
    ? `${placeLabel(dataset, start, lang)} – ${placeLabel(dataset, first, lang)}`
    : placeLabel(dataset, start, lang)
  return lang === 'vi' ? `${where}, ${days} ngày` : `${where}, ${days} day${days === 1 ? '' : 's'}`
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint for ids inside exported files. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}
