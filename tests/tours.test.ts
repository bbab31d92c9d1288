// data/tours.json is valid against the embedded dataset, and tour problems are reported with paths.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDataset, parseTours, type Dataset } from '../src/core/index.ts'

const parsed = parseDataset(readFileSync(new URL('../data/network.json', import.meta.url), 'utf8'))
const dataset = (parsed.ok ? parsed.dataset : null) as Dataset
const text = readFileSync(new URL('../data/tours.json', import.meta.url), 'utf8')

describe('curated tours', () => {
  it('are valid, and include the three the tourism departments asked for', () => {
    const result = parseTours(text, dataset)
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(result.tours.map((t) => t.id)).toEqual(
        expect.arrayContaining(['unesco-tran-zen-trail', 'con-son-kiep-bac-half-day', 'bac-giang-spiritual-road']),
      )
  })
  it('skip a tour with an unknown place, naming the place and its path, and keep the others', () => {
    const doc = JSON.parse(text)
    doc.tours[1].stops[0] = 'atlantis'
    const result = parseTours(doc, dataset)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.tours.map((t) => t.id)).not.toContain(doc.tours[1].id)
    expect(result.tours.length).toBe(doc.tours.length - 1)
    expect(result.skipped).toEqual([
      expect.objectContaining({
        index: 1,
        id: doc.tours[1].id,
        issues: [expect.objectContaining({ code: 'E_UNKNOWN_PLACE', path: 'tours[1].stops[0]' })],
      }),
    ])
  })
})
