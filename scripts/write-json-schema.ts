// Writes data/schema.json from the zod schemas in src/core. Run `npm run schema` after changing them;
// tests/schema.test.ts fails when the committed file is out of date.
import { writeFileSync } from 'node:fs'
import { datasetJsonSchema } from '../src/core/index.ts'

const target = new URL('../data/schema.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`)
console.log(`wrote ${target.pathname}`)
