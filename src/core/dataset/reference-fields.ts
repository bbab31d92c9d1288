/**
 * Reference fields
 * ================
 * Where a record names another record, read from its schema: every field whose schema is registered
 * in `referenceRegistry` (`model/ids.ts`), at any depth (inside optional fields, lists, unions and
 * keyed records). The reference check walks these paths only, so a new field that names a place, a
 * link, a project or a source is checked as soon as its schema says so.
 */
import type { z } from 'zod'
import { referenceRegistry, type RecordList } from '../model/ids.ts'

/** One step of a path: a field name, or every item of a list or keyed record. */
export const EACH = Symbol('each')
export type PathStep = string | typeof EACH

export interface ReferenceField {
  readonly path: readonly PathStep[]
  readonly list: RecordList
}

/** A field found in a schema, with what `match` said of its schema. */
export interface FoundField<T> {
  readonly path: readonly PathStep[]
  readonly found: T
}

/** The parts of a zod definition that can hold a field. */
export interface SchemaDef {
  readonly type: string
  readonly shape?: Record<string, z.ZodType>
  readonly element?: z.ZodType
  readonly valueType?: z.ZodType
  readonly innerType?: z.ZodType
  readonly in?: z.ZodType
  readonly options?: readonly z.ZodType[]
}

/** The definition of a schema (zod 4's public `def`). */
export function schemaDef(schema: z.ZodType): SchemaDef {
  return schema.def as unknown as SchemaDef
}

/**
 * Every field of `schema` (at any depth) whose schema `match` recognises, in field order; a matched
 * field is not searched further.
 */
export function findFields<T>(schema: z.ZodType, match: (field: z.ZodType) => T | undefined): FoundField<T>[] {
  const out = new Map<string, FoundField<T>>()
  collect(schema, [], match, out)
  return [...out.values()]
}

function collect<T>(
  schema: z.ZodType,
  path: readonly PathStep[],
  match: (field: z.ZodType) => T | undefined,
  out: Map<string, FoundField<T>>,
): void {
  const found = match(schema)
  if (found !== undefined) {
    out.set(path.map((s) => (s === EACH ? '*' : s)).join('.'), { path, found })
    return
  }
  const def = schemaDef(schema)
  switch (def.type) {
    case 'object':
      for (const [name, field] of Object.entries(def.shape ?? {})) collect(field, [...path, name], match, out)
      return
    case 'array':
      if (def.element) collect(def.element, [...path, EACH], match, out)
      return
    case 'record':
      if (def.valueType) collect(def.valueType, [...path, EACH], match, out)
      return
    case 'union':
      for (const option of def.options ?? []) collect(option, path, match, out)
      return
    case 'pipe':
      if (def.in) collect(def.in, path, match, out)
      return
    default:
      // optional, nullable, default, readonly, …: one inner schema at the same path.
      if (def.innerType) collect(def.innerType, path, match, out)
  }
}

const cache = new WeakMap<z.ZodType, readonly ReferenceField[]>()

/** Every field of records of `schema` that names another record, in the schema's field order. */
export function referenceFields(schema: z.ZodType): readonly ReferenceField[] {
  let fields = cache.get(schema)
  if (!fields) {
    fields = findFields(schema, (field) => referenceRegistry.get(field)?.list).map(({ path, found }) => ({
      path,
      list: found,
    }))
    cache.set(schema, fields)
  }
  return fields
}

/**
 * Calls `visit` with each value found at `path` in `value` and where it was found (`base` followed by
 * `.field` and `[index]` steps, as in every issue's path).
 */
export function visitPath(
  value: unknown,
  path: readonly PathStep[],
  base: string,
  visit: (found: unknown, at: string) => void,
  step = 0,
): void {
  if (step === path.length) {
    visit(value, base)
    return
  }
  if (value === null || typeof value !== 'object') return
  const name = path[step]!
  if (name !== EACH) {
    const child = (value as Record<string, unknown>)[name]
    if (child !== undefined) visitPath(child, path, `${base}.${name}`, visit, step + 1)
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) visitPath(value[i], path, `${base}[${i}]`, visit, step + 1)
  } else {
    for (const [key, child] of Object.entries(value)) visitPath(child, path, `${base}.${key}`, visit, step + 1)
  }
}
