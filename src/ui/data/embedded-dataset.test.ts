// The page assembles the embedded dataset and tours from what the build validated
// (`virtual:validated-data`): they must be exactly what validating the files gives.
import { describe, expect, it } from 'vitest'
import network from '../../../data/network.json'
import toursFile from '../../../data/tours.json'
import { parseDataset, parseTours } from '../../core/index.ts'
import { embeddedDataset } from './embedded-dataset.ts'
import { embeddedTours } from './embedded-tours.ts'

describe('the embedded data validated at build time', () => {
  it('is the dataset and the tours that validating the files gives', () => {
    const parsed = parseDataset(network)
    if (!parsed.ok) throw new Error('data/network.json is invalid')
    expect(embeddedDataset).toStrictEqual(parsed.dataset)
    const tours = parseTours(toursFile, parsed.dataset)
    if (!tours.ok) throw new Error('data/tours.json is invalid')
    expect(embeddedTours).toStrictEqual(tours.tours)
    expect(embeddedTours.length).toBeGreaterThan(0)
  })
})
