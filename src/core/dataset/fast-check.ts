/**
 * Fast check
 * ==========
 * A record validator built from a zod schema's own definition, for the common case: a record that
 * is valid. It walks the record as the schema describes it and runs each of the schema's own check
 * objects (lengths, ranges, patterns, refinements) and transforms, so every rule still lives in the
 * schema; it builds the same output zod would (known keys in the schema's order, unknown keys of a
 * plain object left out). It only ever answers "valid, and here is the output" or "ask zod": a record
 * it does not accept, or any schema part it does not know, goes to zod, which gives the verdict and
 * the messages. It needs no `new Function` (zod's own compiled path does, and the app's
 * Content-Security-Policy forbids it), and it skips zod's per-value bookkeeping.
 *
 * Sound by construction for the parts it knows (tests compare it with zod on the datasets and on
 * random and broken records); it depends on zod's definition objects (`_zod.def`), which zod 4
 * documents as internal: a zod upgrade is checked by those tests.
 */
import type { z } from 'zod'
import { checkTest, type Check } from './schema-checks.ts'

/** "Ask zod": the record is not accepted here (invalid, or beyond what this validator knows). */
export const ASK_ZOD: unique symbol = Symbol('ask zod')
export type FastRun = (value: unknown) => unknown

// oxlint-disable no-underscore-dangle -- zod keeps a schema's definition and checks under `_zod`
// oxlint-disable-next-line typescript/no-explicit-any -- zod's definitions are untyped internals here
type Def = any
type Payload = { value: unknown; issues: unknown[] }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Likewise for transforms (which run outside any check). */
const transformContext: Payload = { value: undefined, issues: [] }

function withChecks(def: Def, run: FastRun): FastRun {
  const checks = (def.checks ?? []) as Check[]
  if (checks.length === 0) return run
  // A check that rewrites the value (trim, lower case) is zod's to run.
  if (checks.some((c) => c._zod.def.check === 'overwrite')) return () => ASK_ZOD
  const tests = checks.map(checkTest)
  if (tests.length === 1) {
    const [test] = tests as [(v: unknown) => boolean]
    return (value) => {
      const out = run(value)
      return out === ASK_ZOD || !test(out) ? ASK_ZOD : out
    }
  }
  return (value) => {
    const out = run(value)
    if (out === ASK_ZOD) return ASK_ZOD
    for (const test of tests) if (!test(out)) return ASK_ZOD
    return out
  }
}

/**
 * How a record that passes is answered: `copy`, a new value as zod builds it (the caller's input stays
 * untouched); `same`, the input itself, for a value nobody else holds (a document this program parsed
 * from text, so its lists have no named keys): no allocation at all, the same keys and values as zod's
 * output (in the document's order rather than the schema's), and a record zod would change (an unknown
 * key to leave out) is zod's.
 */
export type FastMode = 'copy' | 'same'

type Schema = { _zod: { def: Def; optin?: string; optout?: string } }
const compiled = { copy: new WeakMap<object, FastRun | null>(), same: new WeakMap<object, FastRun | null>() }

/** The fast validator of a schema, or null when some part of it is beyond this one (zod only, then). */
export function compileFastCheck(schema: z.ZodType, mode: FastMode = 'copy'): FastRun | null {
  return compile(schema as unknown as Schema, mode)
}

function compile(schema: Schema, mode: FastMode): FastRun | null {
  const cache = compiled[mode]
  if (cache.has(schema)) return cache.get(schema)!
  // Guards recursion through a schema that refers to itself (none today): zod decides then.
  cache.set(schema, null)
  const run = build(schema._zod.def, mode)
  const result = run && withChecks(schema._zod.def, run)
  cache.set(schema, result)
  return result
}

function build(def: Def, mode: FastMode): FastRun | null {
  const sub = (s: Schema) => compile(s, mode)
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : ASK_ZOD)
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : ASK_ZOD)
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : ASK_ZOD)
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>))
      return (v) => (values.has(v) ? v : ASK_ZOD)
    }
    case 'literal': {
      const values = new Set(def.values as unknown[])
      return (v) => (values.has(v) ? v : ASK_ZOD)
    }
    case 'optional': {
      const inner = sub(def.innerType)
      return inner && ((v) => (v === undefined ? ASK_ZOD : inner(v)))
    }
    case 'nullable': {
      const inner = sub(def.innerType)
      return inner && ((v) => (v === null ? null : inner(v)))
    }
    case 'array': {
      const element = sub(def.element)
      if (!element) return null
      if (mode === 'same')
        return (v) => {
          if (!Array.isArray(v)) return ASK_ZOD
          for (let i = 0; i < v.length; i++) if (element(v[i]) !== v[i]) return ASK_ZOD
          return v
        }
      return (v) => {
        if (!Array.isArray(v)) return ASK_ZOD
        const out: unknown[] = []
        for (let i = 0; i < v.length; i++) {
          const item = element(v[i])
          if (item === ASK_ZOD) return ASK_ZOD
          out.push(item)
        }
        return out
      }
    }
    case 'tuple': {
      if (def.rest) return null
      const items = (def.items as Array<{ _zod: { def: Def } }>).map(sub)
      if (items.some((i) => i === null)) return null
      if (mode === 'same')
        return (v) => {
          if (!Array.isArray(v) || v.length !== items.length) return ASK_ZOD
          for (let i = 0; i < v.length; i++) if (items[i]!(v[i]) !== v[i]) return ASK_ZOD
          return v
        }
      return (v) => {
        if (!Array.isArray(v) || v.length !== items.length) return ASK_ZOD
        const out: unknown[] = []
        for (let i = 0; i < v.length; i++) {
          const item = items[i]!(v[i])
          if (item === ASK_ZOD) return ASK_ZOD
          out.push(item)
        }
        return out
      }
    }
    case 'object':
      return buildObject(def, mode)
    case 'record': {
      // An exhaustive record (every key of an enum required) is zod's; a partial one is walked here.
      if (!def.partial) return null
      const key = sub(def.keyType),
        value = sub(def.valueType)
      if (!key || !value) return null
      if (mode === 'same')
        return (v) => {
          if (!isObject(v)) return ASK_ZOD
          for (const k of Object.keys(v)) if (key(k) !== k || value(v[k]) !== v[k]) return ASK_ZOD
          return v
        }
      return (v) => {
        if (!isObject(v)) return ASK_ZOD
        const out: Record<string, unknown> = {}
        for (const k of Object.keys(v)) {
          if (key(k) !== k) return ASK_ZOD
          if ((out[k] = value(v[k])) === ASK_ZOD) return ASK_ZOD
        }
        return out
      }
    }
    case 'union': {
      const options = (def.options as Array<{ _zod: { def: Def } }>).map(sub)
      if (options.some((o) => o === null)) return null
      // zod answers with the first option that accepts; so does this.
      return (v) => {
        for (const option of options) {
          const out = option!(v)
          if (out !== ASK_ZOD) return out
        }
        return ASK_ZOD
      }
    }
    case 'pipe': {
      const input = sub(def.in)
      if (!input) return null
      const outDef = def.out._zod.def
      if (outDef.type === 'transform') {
        const transform = outDef.transform as (value: unknown, payload: Payload) => unknown
        return (v) => {
          const mid = input(v)
          if (mid === ASK_ZOD) return ASK_ZOD
          const context = transformContext
          context.value = mid
          if (context.issues.length > 0) context.issues = []
          const out = transform(mid, context)
          return out instanceof Promise || context.issues.length > 0 ? ASK_ZOD : out
        }
      }
      const output = sub(def.out)
      if (!output) return null
      return (v) => {
        const mid = input(v)
        return mid === ASK_ZOD ? ASK_ZOD : output(mid)
      }
    }
    default:
      return null
  }
}

function buildObject(def: Def, mode: FastMode): FastRun | null {
  const sub = (s: Schema) => compile(s, mode)
  const shape = def.shape as Record<string, { _zod: { def: Def; optin?: string; optout?: string } }>
  const keys = Object.keys(shape)
  const fields = keys.map((k) => ({
    key: k,
    run: sub(shape[k]!),
    optional: shape[k]!._zod.optin === 'optional' && shape[k]!._zod.optout === 'optional',
  }))
  if (fields.some((f) => f.run === null)) return null
  // No catch-all: unknown keys are left out of the output. A strict object (`never`) refuses them.
  const catchall = def.catchall?._zod.def.type as string | undefined
  if (catchall !== undefined && catchall !== 'never') return null
  const known = new Set(keys)
  if (mode === 'same') {
    // The record's own keys are walked (a few), not the schema's (twenty for a link): each key must be
    // the schema's (nothing to leave out, else zod's), and every required one must be there.
    const byKey = new Map(fields.map((f) => [f.key, f]))
    const required = fields.filter((f) => !f.optional).length
    return (v) => {
      if (!isObject(v)) return ASK_ZOD
      let found = 0
      for (const key in v) {
        const f = byKey.get(key)
        if (f === undefined || !Object.prototype.hasOwnProperty.call(v, key)) return ASK_ZOD
        const value = v[key]
        if (f.run!(value) !== value) return ASK_ZOD
        if (!f.optional) found++
      }
      return found === required ? v : ASK_ZOD
    }
  }
  return (v) => {
    if (!isObject(v)) return ASK_ZOD
    const out: Record<string, unknown> = {}
    for (const f of fields) {
      if (!(f.key in v)) {
        if (f.optional) continue
        return ASK_ZOD
      }
      const value = f.run!(v[f.key])
      if (value === ASK_ZOD) return ASK_ZOD
      out[f.key] = value
    }
    if (catchall === 'never') for (const k of Object.keys(v)) if (!known.has(k)) return ASK_ZOD
    return out
  }
}
