import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isRealDay, readDateInput, readTimeInput, writeDateInput } from './field-input.ts'

describe('readTimeInput', () => {
  it('reads the ways people write a time', () => {
    for (const [typed, want] of [
      ['7', '07:00'],
      ['07:30', '07:30'],
      ['7:30', '07:30'],
      ['7h30', '07:30'],
      ['7h', '07:00'],
      ['7.30', '07:30'],
      ['0730', '07:30'],
      [' 17 : 05 ', '17:05'],
      ['23:59', '23:59'],
    ] as const)
      expect(readTimeInput(typed), typed).toBe(want)
  })
  it('refuses what is not a time of day', () => {
    for (const typed of ['', '24:00', '7:60', 'noon', '7:3', '12345', '7pm', '-1'])
      expect(readTimeInput(typed)).toBeNull()
  })
  it('reads back every time it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
        const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
        expect(readTimeInput(hhmm)).toBe(hhmm)
      }),
    )
  })
})

describe('readDateInput', () => {
  it('reads day-month-year and ISO', () => {
    expect(readDateInput('29/11/2026')).toBe('2026-11-29')
    expect(readDateInput('1/2/2027')).toBe('2027-02-01')
    expect(readDateInput('01.02.2027')).toBe('2027-02-01')
    expect(readDateInput('2027-02-01')).toBe('2027-02-01')
    expect(readDateInput('29112026')).toBe('2026-11-29')
  })
  it('refuses days that do not exist and other text', () => {
    for (const typed of ['31/11/2026', '29/02/2027', '2026-13-01', '11/29', 'tomorrow', ''])
      expect(readDateInput(typed)).toBeNull()
    expect(readDateInput('29/02/2028')).toBe('2028-02-29')
  })
  it('reads back every day it writes', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10)
        expect(isRealDay(iso)).toBe(true)
        expect(readDateInput(writeDateInput(iso))).toBe(iso)
      }),
    )
  })
})
