/**
 * Zod issues to dataset issues
 * ============================
 * Turns a schema failure into one of our stable codes with a plain sentence.
 */
import type { z } from 'zod'
import { formatPath, makeIssue, type DatasetIssue, type IssueCode } from './dataset-issue.ts'
import { PARTIAL_DATE_PATTERN } from '../model/common.ts'
import { ID_PATTERN } from '../model/ids.ts'

// What an issue means is read from the schema that raised it, never from a list of field names: a
// positive number (`.positive()`), the partial-date pattern and its calendar check, the id pattern.
const DATE_PATTERN = String(PARTIAL_DATE_PATTERN)
const ID_PATTERN_TEXT = String(ID_PATTERN)
const isPositiveCheck = (issue: { minimum?: unknown; inclusive?: boolean }) =>
  issue.minimum === 0 && issue.inclusive === false

/** Reads the raw value at a path, never following inherited properties. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    if (!Object.prototype.hasOwnProperty.call(node, key as string)) return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return 'a string'
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'boolean') return 'true/false'
  return typeof value
}

/**
 * Maps one zod issue, found while checking `record` at `basePath` in the document, to a dataset issue.
 */
export function toDatasetIssue(
  issue: z.core.$ZodIssue,
  basePath: readonly PropertyKey[],
  record: unknown,
  recordId: string | undefined,
): DatasetIssue {
  const rel = issue.path as PropertyKey[]
  const path = formatPath([...basePath, ...rel])
  const field = String(rel.findLast((k) => typeof k === 'string') ?? '')
  const last = rel[rel.length - 1]
  const value = valueAt(record, rel)
  const extra = { record: recordId, value }
  const make = (code: IssueCode, message: string) => makeIssue(code, path, message, extra)

  const inGeometry = rel.includes('geometry')
  const isLat = field === 'lat' || (inGeometry && last === 1)
  const isLon = field === 'lon' || (inGeometry && last === 0)

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        if (inGeometry && typeof last === 'number')
          return make('E_POSITION_SHORT', 'a position needs a longitude and a latitude')
        return field === 'id' && rel.length === 1
          ? make('E_MISSING_ID', 'the record has no id')
          : make('E_MISSING_FIELD', `"${field}" is missing`)
      }
      if ((isLat || isLon) && typeof value !== 'number') {
        return make(
          'E_COORD_NOT_NUMBER',
          `${isLat ? 'latitude' : 'longitude'} must be a number, not ${typeName(value)}`,
        )
      }
      return make(
        'E_WRONG_TYPE',
        `"${field}" must be ${issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'an array' : `a ${issue.expected}`}, not ${typeName(value)}`,
      )
    }
    case 'too_small':
    case 'too_big': {
      if (inGeometry && issue.origin === 'array' && typeof last === 'number') {
        return make('E_POSITION_SHORT', 'a position needs a longitude and a latitude')
      }
      if (isLat) {
        const lon = field === 'lat' ? valueAt(record, [...rel.slice(0, -1), 'lon']) : undefined
        const swapHint =
          typeof lon === 'number' && Math.abs(lon) <= 90 && typeof value === 'number' && Math.abs(value) <= 180
            ? ' (latitude and longitude look swapped)'
            : ''
        return make('E_LAT_RANGE', `latitude ${String(value)} is outside -90..90${swapHint}`)
      }
      if (isLon) return make('E_LON_RANGE', `longitude ${String(value)} is outside -180..180`)
      if (issue.code === 'too_small' && isPositiveCheck(issue) && typeof value === 'number' && value <= 0) {
        return make('E_NON_POSITIVE', `"${field}" must be greater than 0`)
      }
      if (issue.origin === 'string' && issue.code === 'too_big')
        return make('E_STRING_TOO_LONG', `"${field}" is too long`)
      const bound =
        issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`
      const unit = issue.origin === 'array' ? ' entries' : issue.origin === 'string' ? ' characters' : ''
      return make('E_INVALID_VALUE', `"${field}" must have ${bound}${unit}`)
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String)
      const lower = typeof value === 'string' ? value.toLowerCase() : null
      const caseMatch = allowed.find((a) => a.toLowerCase() === lower)
      if (caseMatch)
        return make('E_ENUM_CASE', `write "${caseMatch}", not "${String(value)}" (values are case sensitive)`)
      if (field === 'mode') return make('E_UNKNOWN_MODE', `mode must be one of ${allowed.join(', ')}`)
      if (field === 'version') return make('E_UNSUPPORTED_VERSION', `version must be one of ${allowed.join(', ')}`)
      return make('E_UNKNOWN_VALUE', `"${field}" must be one of ${allowed.join(', ')}`)
    }
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? String(issue.pattern) : ''
      if (pattern === DATE_PATTERN) return make('E_BAD_DATE', `"${field}" ${issue.message}`)
      if (pattern === ID_PATTERN_TEXT) return make('E_BAD_ID', `"${field}" ${issue.message}`)
      return make('E_INVALID_VALUE', `"${field}" ${issue.message}`)
    }
    case 'unrecognized_keys':
      return make(
        'E_INVALID_VALUE',
        `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      )
    case 'invalid_union':
      return make(
        'E_WRONG_TYPE',
        field === 'name'
          ? '"name" must be a string or { "vi": ..., "en": ... }'
          : `"${field}" has none of the allowed shapes`,
      )
    case 'custom':
      if ((issue.params as { date?: boolean } | undefined)?.date)
        return make('E_BAD_DATE', `"${field}" ${issue.message}`)
      return make(
        field === 'speedKmh' ? 'E_MISSING_FIELD' : 'E_INVALID_VALUE',
        field ? `"${field}" ${issue.message}` : issue.message,
      )
    default:
      return make('E_INVALID_VALUE', `"${field}": ${issue.message}`)
  }
}
