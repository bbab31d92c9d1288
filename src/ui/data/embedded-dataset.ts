/**
 * The embedded dataset, validated by the same core function the CLI uses.
 */
import { parseDataset, type Dataset } from '../../core/index.ts'
import network from '../../../data/network.json'

function loadEmbedded(): Dataset {
  const result = parseDataset(network)
  if (!result.ok) throw new Error(`The embedded dataset is invalid: ${result.errors[0]?.message ?? 'unknown error'}`)
  return result.dataset
}

/** The dataset shipped with the app, parsed once. */
export const embeddedDataset: Dataset = loadEmbedded()
