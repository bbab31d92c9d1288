import { describe, expect, it } from 'vitest'
import { parseJsonText, scanJsonValue, DEFAULT_JSON_LIMITS } from './safe-json.ts'

describe('parseJsonText', () => {
  it('says where the text breaks', () => {
    const result = parseJsonText('{\n  "a": 1,\n  "b": }')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issue.code).toBe('E_JSON_SYNTAX')
      expect(result.issue.message).toMatch(/line 3/)
    }
  })
  it('calls an empty file empty', () => {
    const result = parseJsonText('')
    expect(!result.ok && result.issue.message).toMatch(/empty/)
  })
  it('reports nesting too deep for JSON.parse as E_TOO_DEEP, not a crash', () => {
    const result = parseJsonText('['.repeat(200_000) + ']'.repeat(200_000))
    if (!result.ok) expect(result.issue.code).toBe('E_TOO_DEEP')
    else expect(scanJsonValue(result.value).map((i) => i.code)).toContain('E_TOO_DEEP')
  })
})

describe('scanJsonValue', () => {
  it('finds forbidden keys at any depth with their path', () => {
    const value = JSON.parse('{"a":[{"b":{"__proto__":1}}],"constructor":2}')
    expect(
      scanJsonValue(value)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['a[0].b.__proto__', 'constructor'])
  })
  it('allows exactly the depth cap and refuses one more', () => {
    const nest = (n: number): unknown => (n === 0 ? 1 : [nest(n - 1)])
    expect(scanJsonValue(nest(DEFAULT_JSON_LIMITS.maxDepth))).toEqual([])
    expect(scanJsonValue(nest(DEFAULT_JSON_LIMITS.maxDepth + 1)).map((i) => i.code)).toEqual(['E_TOO_DEEP'])
  })
  it('allows a string at the length cap and refuses a longer one', () => {
    expect(scanJsonValue({ s: 'x'.repeat(10_000) })).toEqual([])
    expect(scanJsonValue({ s: 'x'.repeat(10_001) })[0]?.code).toBe('E_STRING_TOO_LONG')
  })
  it('flags NaN and infinities', () => {
    expect(scanJsonValue([Number.NaN, Infinity, -Infinity, 1]).map((i) => i.path)).toEqual(['[0]', '[1]', '[2]'])
  })
})
