import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findJsonError } from './json-error-position.ts'

const parses = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('findJsonError', () => {
  it('agrees with JSON.parse on valid JSON and on its truncations and corruptions', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.string({ maxLength: 2 }), (value, cut, junk) => {
        const text = JSON.stringify(value, null, 1)
        expect(findJsonError(text)).toBeNull()
        const at = cut % (text.length + 1)
        for (const variant of [text.slice(0, at), text.slice(0, at) + junk + text.slice(at)]) {
          expect(findJsonError(variant) === null).toBe(parses(variant))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('points at the line and column of the mistake', () => {
    expect(findJsonError('{\n  "a": 1,\n  "b": }')).toMatchObject({ line: 3, column: 8, reason: 'unexpected "}"' })
    expect(findJsonError('{"a": [1, 2')).toMatchObject({ line: 1, reason: 'the text ends before the list is closed' })
    expect(findJsonError('{"a": "x\ny"}')?.reason).toMatch(/control character/)
    expect(findJsonError('   ')?.reason).toBe('the file is empty')
  })
})
