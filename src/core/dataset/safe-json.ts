/**
 * Safe JSON
 * =========
 * Parses untrusted JSON text and scans the result for the shapes that hurt parsers downstream:
 * prototype keys, deep nesting, huge strings, non-finite numbers.
 */
import { formatPath, makeIssue, type DatasetIssue } from './dataset-issue.ts'
import { findJsonError } from './json-error-position.ts'

/** Limits applied before a document is validated. */
export interface JsonLimits {
  /** Largest text accepted, in UTF-16 code units (the CLI also checks bytes before reading). */
  readonly maxChars: number
  /** Deepest nesting of objects and arrays. */
  readonly maxDepth: number
  /** Longest string value or key. */
  readonly maxStringLength: number
}

export const DEFAULT_JSON_LIMITS: JsonLimits = {
  // A 300,000-place network is about 85 MB of JSON; the cap leaves room for a province, not for a
  // runaway file.
  maxChars: 128 * 1024 * 1024,
  maxDepth: 32,
  maxStringLength: 10_000,
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Parses JSON text; on failure returns one issue saying where the text broke. */
export function parseJsonText(
  text: string,
  limits: JsonLimits = DEFAULT_JSON_LIMITS,
): { ok: true; value: unknown } | { ok: false; issue: DatasetIssue } {
  if (text.length > limits.maxChars) {
    return {
      ok: false,
      issue: makeIssue('E_FILE_TOO_LARGE', '', `the text has ${text.length} characters; the cap is ${limits.maxChars}`),
    }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    if (error instanceof RangeError) {
      return { ok: false, issue: makeIssue('E_TOO_DEEP', '', 'the document is nested too deeply to read') }
    }
    const where = findJsonError(text)
    const message = where
      ? `not valid JSON: ${where.reason} at line ${where.line}, column ${where.column}`
      : `not valid JSON: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`
    return { ok: false, issue: makeIssue('E_JSON_SYNTAX', '', message) }
  }
}

/**
 * Walks a parsed value without recursion and reports forbidden keys, nesting over the cap, strings over
 * the cap and non-finite numbers. Returns every issue found (at most `maxIssues`).
 */
export function scanJsonValue(
  value: unknown,
  limits: JsonLimits = DEFAULT_JSON_LIMITS,
  maxIssues = 200,
): DatasetIssue[] {
  const issues: DatasetIssue[] = []
  // Each value on the stack knows its parent and its key there: a path is written out only for an
  // issue (copying it for every value of a 300k-record file cost more than the walk itself).
  type Frame = {
    readonly value: unknown
    readonly parent: Frame | null
    readonly key: PropertyKey
    readonly depth: number
  }
  const pathOf = (frame: Frame, last?: PropertyKey): string => {
    const path: PropertyKey[] = last === undefined ? [] : [last]
    for (let f: Frame | null = frame; f !== null && f.parent !== null; f = f.parent) path.push(f.key)
    return formatPath(path.reverse())
  }
  const stack: Frame[] = [{ value, parent: null, key: '', depth: 0 }]
  while (stack.length > 0 && issues.length < maxIssues) {
    const item = stack.pop()!
    const v = item.value
    if (typeof v === 'string') {
      if (v.length > limits.maxStringLength) {
        issues.push(
          makeIssue(
            'E_STRING_TOO_LONG',
            pathOf(item),
            `a string of ${v.length} characters; the cap is ${limits.maxStringLength}`,
            { value: v },
          ),
        )
      }
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v))
        issues.push(makeIssue('E_NOT_FINITE', pathOf(item), 'a number must be finite', { value: v }))
    } else if (v !== null && typeof v === 'object') {
      const depth = item.depth + 1
      if (depth > limits.maxDepth) {
        issues.push(makeIssue('E_TOO_DEEP', pathOf(item), `nesting deeper than ${limits.maxDepth} levels`))
        continue
      }
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) {
          const child: unknown = v[i]
          // Plain numbers (most of a file: coordinates) need no frame of their own.
          if (typeof child === 'number' && Number.isFinite(child)) continue
          stack.push({ value: child, parent: item, key: i, depth })
        }
      } else {
        const keys = Object.keys(v)
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i]!
          if (FORBIDDEN_KEYS.has(key)) {
            issues.push(
              makeIssue('E_FORBIDDEN_KEY', pathOf(item, key), `the key "${key}" is not allowed anywhere in a dataset`),
            )
            continue
          }
          if (key.length > limits.maxStringLength) {
            issues.push(
              makeIssue(
                'E_STRING_TOO_LONG',
                pathOf(item),
                `a key of ${key.length} characters; the cap is ${limits.maxStringLength}`,
              ),
            )
            continue
          }
          stack.push({ value: (v as Record<string, unknown>)[key], parent: item, key, depth })
        }
      }
    }
  }
  return issues
}
