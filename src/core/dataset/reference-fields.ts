/**
 * Reference fields
 * ================
 * Where a record names another record, read from its schema: every field whose schema is registered
 * in `referenceRegistry` (`model/ids.ts`), at any depth (inside optional fields, lists, unions and
 * keyed records). The reference check walks these paths only, so a new field that names a place, a
 * link, a project or a source is checked as soon as its schema says so.
 */
import type { z } from 'zod'
import { type RecordList } from '../model/ids.ts'
import { referenceRegistry } from '../model/id-schemas.ts'

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

/** Steps taken to a value: field names and item indices (or keys of a keyed record). */
export type Trail = ReadonlyArray<string | number>

/** `base` followed by the trail as `.field` and `[index]` steps, as in every issue's path. */
export function pathText(base: string, trail: Trail): string {
  let out = base
  for (const step of trail) out += typeof step === 'number' ? `[${step}]` : `.${step}`
  return out
}

/**
 * Calls `visit` with each value found at `path` in `value` and the trail to it (format it with
 * `pathText` only when it is needed: most values are fine, and a path string for each would be
 * garbage at 300,000 records). The trail is reused: copy it to keep it.
 */
export function visitPath(
  value: unknown,
  path: readonly PathStep[],
  visit: (found: unknown, trail: Trail) => void,
  step = 0,
  trail: Array<string | number> = [],
): void {
  if (step === path.length) {
    visit(value, trail)
    return
  }
  if (value === null || typeof value !== 'object') return
  const name = path[step]!
  if (name !== EACH) {
    const child = (value as Record<string, unknown>)[name]
    if (child === undefined) return
    trail.push(name)
    visitPath(child, path, visit, step + 1, trail)
    trail.pop()
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      trail.push(i)
      visitPath(value[i], path, visit, step + 1, trail)
      trail.pop()
    }
  } else {
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue
      trail.push(key)
      visitPath((value as Record<string, unknown>)[key], path, visit, step + 1, trail)
      trail.pop()
    }
  }
}
