// data/README.md documents every issue code; this keeps the table complete when a code is added.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ISSUE_CODES } from '../src/core/index.ts'

describe('data/README.md', () => {
  it('lists every issue code', () => {
    const text = readFileSync(new URL('../data/README.md', import.meta.url), 'utf8')
    for (const code of Object.keys(ISSUE_CODES)) expect(text, code).toContain(`\`${code}\``)
  })
})
