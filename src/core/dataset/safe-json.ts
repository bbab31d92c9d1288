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
 * Walks a parsed value and reports forbidden keys, nesting over the cap, strings over the cap and
 * non-finite numbers. Returns every issue found (at most `maxIssues`), in document order.
 * Recursion goes no deeper than `limits.maxDepth` (a value nested deeper is reported, not entered).
 * Nothing is allocated per value: the path to the value being looked at is one reused list, written
 * out only for an issue (a frame or a path per value of a 300k-record file cost more than the walk).
 */
export function scanJsonValue(
  value: unknown,
  limits: JsonLimits = DEFAULT_JSON_LIMITS,
  maxIssues = 200,
): DatasetIssue[] {
  const issues: DatasetIssue[] = []
  const trail: PropertyKey[] = []
  const pathOf = (last?: PropertyKey): string => formatPath(last === undefined ? [...trail] : [...trail, last])
  const { maxDepth, maxStringLength } = limits
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string') {
      if (v.length > maxStringLength)
        issues.push(
          makeIssue(
            'E_STRING_TOO_LONG',
            pathOf(),
            `a string of ${v.length} characters; the cap is ${maxStringLength}`,
            {
              value: v,
            },
          ),
        )
      return
    }
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) issues.push(makeIssue('E_NOT_FINITE', pathOf(), 'a number must be finite', { value: v }))
      return
    }
    if (v === null || typeof v !== 'object') return
    if (depth + 1 > maxDepth) {
      issues.push(makeIssue('E_TOO_DEEP', pathOf(), `nesting deeper than ${maxDepth} levels`))
      return
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && issues.length < maxIssues; i++) {
        const child: unknown = v[i]
        // Plain numbers (most of a file: coordinates) need no step of their own.
        if (typeof child === 'number' && Number.isFinite(child)) continue
        trail.push(i)
        walk(child, depth + 1)
        trail.pop()
      }
      return
    }
    for (const key in v) {
      if (issues.length >= maxIssues) return
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push(makeIssue('E_FORBIDDEN_KEY', pathOf(key), `the key "${key}" is not allowed anywhere in a dataset`))
        continue
      }
      if (key.length > maxStringLength) {
        issues.push(
          makeIssue('E_STRING_TOO_LONG', pathOf(), `a key of ${key.length} characters; the cap is ${maxStringLength}`),
        )
        continue
      }
      const child = (v as Record<string, unknown>)[key]
      // A finite number or a short string (nearly every field of a record) needs no step of its own.
      if (
        typeof child === 'number'
          ? Number.isFinite(child)
          : typeof child === 'string' && child.length <= maxStringLength
      )
        continue
      trail.push(key)
      walk(child, depth + 1)
      trail.pop()
    }
  }
  walk(value, 0)
  return issues.slice(0, maxIssues)
}
