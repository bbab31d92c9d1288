/**
 * The curated tours, validated against the embedded dataset by the core.
 */
import { parseTours, type Tour } from '../../core/index.ts'
import tours from '../../../data/tours.json'
import { embeddedDataset } from './embedded-dataset.ts'

function load(): Tour[] {
  const result = parseTours(tours, embeddedDataset)
  return result.ok ? result.tours : []
}

export const embeddedTours: readonly Tour[] = load()
