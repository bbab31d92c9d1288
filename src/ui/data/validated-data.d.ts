/**
 * The embedded dataset and curated tours as the core validated them when the app was built
 * (`validatedData` in vite.config.ts): the page assembles them without validating again.
 */
declare module 'virtual:validated-data' {
  import type { Tour, ValidatedParts } from '../../core/index.ts'
  export const parts: ValidatedParts
  export const tours: Tour[]
}
