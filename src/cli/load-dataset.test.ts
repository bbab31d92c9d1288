// The command line keeps the embedded dataset as validated at build time, and reads it back only for
// the very bytes it was made from: the same dataset and warnings as validating them again.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '../core/index.ts'
import { EMBEDDED_DATA_PATH, resultFromCopy, validatedCopy } from './load-dataset.ts'

const text = readFileSync(EMBEDDED_DATA_PATH, 'utf8')

describe('the validated copy of the embedded dataset', () => {
  it('gives the dataset and the warnings a fresh validation gives', () => {
    const fresh = parseDataset(text, { keepParts: true })
    if (!fresh.ok) throw new Error('the embedded dataset is invalid')
    const copied = resultFromCopy(text, validatedCopy(text, fresh))
    const again = parseDataset(text)
    expect(copied).not.toBeNull()
    if (!copied?.ok || !again.ok) throw new Error('expected a dataset')
    expect(copied.dataset).toStrictEqual(again.dataset)
    expect(copied.warnings).toEqual(again.warnings)
  })

  it('is not used for other bytes, nor when it cannot be read', () => {
    const fresh = parseDataset(text, { keepParts: true })
    if (!fresh.ok) throw new Error('the embedded dataset is invalid')
    const copy = validatedCopy(text, fresh)
    expect(resultFromCopy(text.replace('"Hà Nội"', '"Ha Noi"'), copy)).toBeNull()
    expect(resultFromCopy(`${text} `, copy)).toBeNull()
    expect(resultFromCopy(text, copy.slice(0, copy.length / 2))).toBeNull()
  })
})
