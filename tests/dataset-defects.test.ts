// Every defect fixture must be reported with its own code (the file name starts with the code),
// with a field path and a sentence, and a file with any error must not load.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDataset, ISSUE_CODES, type IssueCode } from '../src/core/index.ts'

const dir = new URL('./fixtures/defects/', import.meta.url)
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()

describe('defect fixtures', () => {
  it('covers every issue code at least once', () => {
    const covered = new Set(fixtures.map((f) => f.split('--')[0]))
    const missing = Object.keys(ISSUE_CODES).filter(
      (c) =>
        !covered.has(c) &&
        c !== 'E_FILE_TOO_LARGE' &&
        c !== 'E_INVALID_VALUE' &&
        c !== 'E_DUPLICATE_PROJECT_ID' &&
        c !== 'E_DUPLICATE_SOURCE_ID' &&
        // Codes of tours files, covered by tests/tours.test.ts and tests/hostile-input.test.ts.
        c !== 'E_DUPLICATE_TOUR_ID' &&
        c !== 'E_DUPLICATE_STOP',
    )
    expect(missing).toEqual([])
  })

  it.each(fixtures)('%s is reported with its code', (file) => {
    const code = file.split('--')[0] as IssueCode
    expect(ISSUE_CODES[code], `unknown code in file name ${file}`).toBeDefined()
    const result = parseDataset(readFileSync(new URL(file, dir), 'utf8'))
    const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings]
    const match = issues.filter((i) => i.code === code)
    expect(match.length, `issues were: ${JSON.stringify(issues)}`).toBeGreaterThan(0)
    for (const issue of match) {
      expect(issue.severity).toBe(code.startsWith('E_') ? 'error' : 'warning')
      expect(issue.message.length).toBeGreaterThan(10)
      if (issue.value !== undefined) expect([...issue.value].length).toBeLessThanOrEqual(80)
    }
    expect(result.ok).toBe(code.startsWith('W_'))
  })

  it('names the record and the field path', () => {
    const result = parseDataset(readFileSync(new URL('E_UNKNOWN_PLACE--link-to-missing-place.json', dir), 'utf8'))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toContainEqual(
      expect.objectContaining({ code: 'E_UNKNOWN_PLACE', path: 'links[0].to', record: 'ab', value: '"fort-x"' }),
    )
  })

  it('reports every problem of a file with several, not only the first', () => {
    const raw = JSON.parse(readFileSync(new URL('../minimal-valid.json', dir), 'utf8'))
    raw.places[0].lat = 'north'
    raw.links[0].mode = 'boat'
    raw.links[1].to = 'nowhere'
    const result = parseDataset(raw)
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors.map((e) => e.code).sort()).toEqual([
        'E_COORD_NOT_NUMBER',
        'E_UNKNOWN_MODE',
        'E_UNKNOWN_PLACE',
      ])
  })

  it('keeps Object.prototype untouched after reading prototype keys', () => {
    for (const file of fixtures.filter((f) => f.startsWith('E_FORBIDDEN_KEY')))
      parseDataset(readFileSync(new URL(file, dir), 'utf8'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
  })

  it('refuses text over the size cap before parsing it', () => {
    const result = parseDataset(' '.repeat(2000), { limits: { maxChars: 1000, maxDepth: 32, maxStringLength: 100 } })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]?.code).toBe('E_FILE_TOO_LARGE')
  })

  it('loads the minimal format of the product brief on its own', () => {
    const result = parseDataset(readFileSync(new URL('../minimal-valid.json', dir), 'utf8'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.warnings).toEqual([])
    const bc = result.dataset.linkById.get('bc' as never)
    expect(bc?.minutes).toBe(30)
    expect(result.dataset.linkById.get('ab' as never)?.minutes).toBe(27)
    expect(result.dataset.placeById.get('b' as never)?.name).toEqual({ vi: 'Bê', en: 'B' })
    expect(result.dataset.placeById.get('a' as never)?.visitMinutes).toBe(60)
    expect(result.dataset.projectById.get('p' as never)?.addsLinks).toEqual(['bc'])
  })

  it('does not change the value it is given', () => {
    const raw = JSON.parse(readFileSync(new URL('../minimal-valid.json', dir), 'utf8'))
    const copy = structuredClone(raw)
    parseDataset(raw)
    expect(raw).toEqual(copy)
  })
})
