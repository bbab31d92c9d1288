// data/schema.json is generated from the zod schemas; this fails when someone changes one and not the other.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { datasetJsonSchema } from '../src/core/index.ts'

describe('data/schema.json', () => {
  it('is what `npm run schema` writes from the current code', () => {
    const committed = JSON.parse(readFileSync(new URL('../data/schema.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(JSON.parse(JSON.stringify(datasetJsonSchema())))
  })
  it('requires the minimal fields of the product brief', () => {
    const schema = datasetJsonSchema() as {
      required: string[]
      properties: Record<string, { items: { required: string[] } }>
    }
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'places', 'links']))
    expect(schema.properties.places!.items.required).toEqual(expect.arrayContaining(['id', 'name', 'lat', 'lon']))
    expect(schema.properties.links!.items.required).toEqual(expect.arrayContaining(['id', 'from', 'to', 'mode', 'km']))
  })
})
