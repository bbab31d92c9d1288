/**
 * Schema checks
 * =============
 * Each of a zod schema's check objects (ranges, lengths, patterns, refinements) as a test of a value,
 * for `fast-check.ts`: a check whose rule is a comparison is read from its definition as a plain test,
 * and zod's own check object runs where that test cannot say (or for any other kind of check).
 */
// oxlint-disable no-underscore-dangle -- zod keeps a check's definition under `_zod`
// oxlint-disable-next-line typescript/no-explicit-any -- zod's definitions are untyped internals here
type Def = any
type Payload = { value: unknown; issues: unknown[] }
export type Check = { _zod: { def: Def; check: (payload: Payload) => unknown } }

/** One payload for every check: checks run one at a time and keep nothing (a new one each was most of the time). */
const shared: Payload = { value: undefined, issues: [] }

/** Runs one of the schema's check objects on `value`; false at an issue (or anything unusual). */
function checkPasses(check: Check, value: unknown): boolean {
  const payload = shared
  payload.value = value
  if (payload.issues.length > 0) payload.issues = []
  const when = check._zod.def.when as ((p: Payload) => boolean) | undefined
  if (when && !when(payload)) return true
  if (check._zod.check(payload) instanceof Promise) return false
  return payload.issues.length === 0 && payload.value === value
}

/**
 * A check whose rule is a comparison, read from its definition as a plain test: true only where zod's
 * check certainly passes (a string's length in code units bounds its length in code points, which
 * zod counts: a string near a minimum is zod's to measure). Null for any other kind of check. Calling
 * zod's check object for every value was three quarters of validating a province's links.
 */
function directTest(check: Check): ((value: unknown) => boolean) | null {
  const def = check._zod.def
  switch (def.check) {
    case 'greater_than': {
      if (typeof def.value !== 'number') return null
      const bound = def.value as number
      return def.inclusive ? (v) => typeof v === 'number' && v >= bound : (v) => typeof v === 'number' && v > bound
    }
    case 'less_than': {
      if (typeof def.value !== 'number') return null
      const bound = def.value as number
      return def.inclusive ? (v) => typeof v === 'number' && v <= bound : (v) => typeof v === 'number' && v < bound
    }
    case 'max_length': {
      const max = def.maximum as number
      return (v) => (typeof v === 'string' || Array.isArray(v)) && v.length <= max
    }
    case 'min_length': {
      const min = def.minimum as number
      return (v) => (Array.isArray(v) ? v.length >= min : typeof v === 'string' && v.length >= 2 * min)
    }
    case 'string_format': {
      if (def.format !== 'regex' || !(def.pattern instanceof RegExp)) return null
      const pattern = def.pattern as RegExp
      return (v) => {
        if (typeof v !== 'string') return false
        pattern.lastIndex = 0
        return pattern.test(v)
      }
    }
    default:
      return null
  }
}

/** The check as a test: its plain test where it has one, else (or when that says no) zod's check object. */
export function checkTest(check: Check): (value: unknown) => boolean {
  const direct = directTest(check)
  return direct ? (v) => direct(v) || checkPasses(check, v) : (v) => checkPasses(check, v)
}
