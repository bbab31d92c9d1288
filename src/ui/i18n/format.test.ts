import { describe, expect, it } from 'vitest'
import { formatsFor } from './format.ts'

describe('distances in each language', () => {
  it('short distances in metres to 10 m, longer ones in km with one decimal', () => {
    const vi = formatsFor('vi'),
      en = formatsFor('en')
    expect(vi.distance(0.049)).toBe('50 m')
    expect(en.distance(0.004)).toBe('0 m')
    expect(en.distance(0.994)).toBe('990 m')
    expect(en.distance(0.996)).toBe('1.0 km')
    expect(vi.distance(1.25)).toBe('1,3 km')
    expect(vi.distance(12.34)).toBe(vi.km(12.34))
  })
})

describe('speeds in each language', () => {
  it('to a tenth where the speed has one, with the decimal sign of the language', () => {
    const vi = formatsFor('vi'),
      en = formatsFor('en')
    expect(en.kmh(60)).toBe('60 km/h')
    expect(vi.kmh(42.5)).toBe('42,5 km/h')
    expect(en.kmh(42.5)).toBe('42.5 km/h')
    expect(en.kmh(42.54)).toBe('42.5 km/h')
  })
})
