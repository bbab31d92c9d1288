/**
 * Dataset schema
 * ==============
 * The whole document as one zod schema, used to generate `data/schema.json` for editors and other
 * tools. Validation itself runs record by record in `parse-dataset.ts` with the same record schemas.
 */
import { z } from 'zod'
import { datasetHeaderSchema } from './dataset-header.ts'
import { sourceSchema } from '../model/source.ts'
import { placeSchema } from '../model/place-schema.ts'
import { linkSchema } from '../model/link-schema.ts'
import { projectSchema } from '../model/project.ts'

export const datasetSchema = datasetHeaderSchema.extend({
  version: z.literal(1),
  sources: z.array(sourceSchema).optional(),
  places: z.array(placeSchema),
  links: z.array(linkSchema),
  projects: z.array(projectSchema).optional(),
})

/** JSON Schema (draft 2020-12) of the dataset format, as written to `data/schema.json`. */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>
  // A link needs speedKmh or minutes: a refinement zod cannot express in JSON Schema, so add it here.
  const props = schema.properties as Record<string, { items?: Record<string, unknown> }>
  const linkItems = props.links?.items
  if (linkItems) linkItems.anyOf = [{ required: ['speedKmh'] }, { required: ['minutes'] }]
  return {
    title: 'Heritage routes network dataset, version 1',
    description: 'Places, links and dated infrastructure projects. Field meanings and units: data/README.md.',
    ...schema,
  }
}
