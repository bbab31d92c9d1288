/**
 * The embedded dataset: validated by the core when the app was built (`virtual:validated-data`, see
 * vite.config.ts), assembled here by the same core function that ends every validation.
 */
import { parts } from 'virtual:validated-data'
import { datasetFromParts, type Dataset } from '../../core/index.ts'

/** The dataset shipped with the app. */
export const embeddedDataset: Dataset = datasetFromParts(parts)
