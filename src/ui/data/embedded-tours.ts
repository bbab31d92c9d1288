/**
 * The curated tours, validated against the embedded dataset by the core when the app was built
 * (`virtual:validated-data`, see vite.config.ts).
 */
import { tours } from 'virtual:validated-data'
import type { Tour } from '../../core/index.ts'

export const embeddedTours: readonly Tour[] = tours
