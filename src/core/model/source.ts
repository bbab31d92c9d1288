/**
 * Source
 * ======
 * Where a fact came from. Records cite sources by id; an estimate cites the note that explains it.
 */
import { z } from 'zod'
import { sourceIdSchema } from './id-schemas.ts'
import { noteSchema, partialDateSchema, textSchema } from './common-schemas.ts'

export const sourceKindSchema = z.enum(['article', 'official', 'reference', 'guide', 'agreement', 'estimate'])

export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  kind: sourceKindSchema,
  /** A document's own title; our own estimates give theirs in both languages (`{ vi, en }`). */
  title: noteSchema,
  /** Publisher or site name, e.g. `vnnow.net`. */
  publisher: textSchema.optional(),
  /** Address of the page. Only http(s) addresses are accepted. */
  url: z
    .string()
    .max(2000)
    .regex(/^https?:\/\/\S+$/, 'must be an http(s) address')
    .optional(),
  /** Date of publication, as precise as known. */
  published: partialDateSchema.optional(),
  /**
   * True for a second-hand or weak source (a mirror of an encyclopedia, a map point copied into
   * someone's dataset, a travel blog): kept because nothing better was found, shown as weak.
   */
  weak: z.boolean().optional(),
  note: noteSchema.optional(),
})

export type Source = z.infer<typeof sourceSchema>
