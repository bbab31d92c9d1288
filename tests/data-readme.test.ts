// data/README.md documents every issue code and every record field; this keeps the tables complete
// when a code or a field is added.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ISSUE_CODES } from '../src/core/index.ts'
import { sourceSchema } from '../src/core/model/source.ts'
import { placeSchema } from '../src/core/model/place-schema.ts'
import { linkSchema } from '../src/core/model/link-schema.ts'
import { projectSchema } from '../src/core/model/project.ts'
import { datasetSchema } from '../src/core/dataset/dataset-schema.ts'

describe('data/README.md', () => {
  it('lists every issue code', () => {
    const text = readFileSync(new URL('../data/README.md', import.meta.url), 'utf8')
    for (const code of Object.keys(ISSUE_CODES)) expect(text, code).toContain(`\`${code}\``)
  })
})

describe('data/README.md fields', () => {
  it('describes every field of every record', () => {
    const text = readFileSync(new URL('../data/README.md', import.meta.url), 'utf8')
    const schemas = {
      document: datasetSchema,
      source: sourceSchema,
      place: placeSchema,
      link: linkSchema,
      project: projectSchema,
    }
    for (const [record, schema] of Object.entries(schemas))
      for (const field of Object.keys(schema.shape)) expect(text, `${record}.${field}`).toContain(`\`${field}\``)
  })
})
