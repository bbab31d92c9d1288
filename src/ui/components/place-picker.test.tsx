// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseDataset, type Dataset } from '../../core/index.ts'
import { AppServicesProvider } from '../app/app-context.tsx'
import { createI18n } from '../i18n/i18n.ts'
import { createCoreClient } from '../worker/core-client.ts'
import { PlacePicker } from './place-picker.tsx'
import network from '../../../data/network.json'

const parsed = parseDataset(network)
const dataset = (parsed.ok ? parsed.dataset : null) as Dataset

function renderPicker(onChange = vi.fn(), language: 'vi' | 'en' = 'en') {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <MemoryRouter>
        <AppServicesProvider services={{ dataset, core: createCoreClient(dataset), today: '2026-11-28' }}>
          <PlacePicker label="From" value={null} onChange={onChange} testId="from" />
        </AppServicesProvider>
      </MemoryRouter>
    </I18nextProvider>,
  )
  return { input: screen.getByRole('combobox', { name: 'From' }), onChange }
}

afterEach(cleanup)

describe('PlacePicker', () => {
  it('finds Côn Sơn from "con son" typed without diacritics', () => {
    const { input } = renderPicker()
    fireEvent.change(input, { target: { value: 'con son' } })
    const options = screen.getAllByRole('option')
    expect(options[0]?.textContent).toContain('Côn Sơn pagoda')
  })
  it('finds a place by its Vietnamese name while the interface is in English', () => {
    const { input } = renderPicker()
    fireEvent.change(input, { target: { value: 'den kiep' } })
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      expect.stringContaining('Kiếp Bạc temple'),
    ])
  })
  it('picks with the keyboard and reports the id', () => {
    const { input, onChange } = renderPicker()
    fireEvent.change(input, { target: { value: 'vinh nghiem' } })
    act(() => {
      fireEvent.keyDown(input, { key: 'ArrowDown' })
    })
    expect(input.getAttribute('aria-activedescendant')).toMatch(/opt-0$/)
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(onChange).toHaveBeenCalledWith('vinh-nghiem-pagoda')
  })
  it('shows nothing and picks nothing for a name that matches no place', () => {
    const { input, onChange } = renderPicker()
    fireEvent.change(input, { target: { value: 'paris' } })
    expect(screen.queryAllByRole('option')).toEqual([])
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(onChange).not.toHaveBeenCalled()
  })
  it('leaving the field picks the only match (Tab, or a tap elsewhere)', () => {
    const { input, onChange } = renderPicker()
    fireEvent.change(input, { target: { value: 'den kiep' } })
    fireEvent.blur(input)
    expect(onChange).toHaveBeenCalledWith('kiep-bac-temple')
  })
  it('leaving the field picks the highlighted match among several', () => {
    const { input, onChange } = renderPicker()
    fireEvent.change(input, { target: { value: 'pagoda' } })
    const options = screen.getAllByRole('option')
    expect(options.length).toBeGreaterThan(1)
    act(() => {
      fireEvent.keyDown(input, { key: 'ArrowDown' })
      fireEvent.keyDown(input, { key: 'ArrowDown' })
    })
    const second = options[1]!.textContent
    fireEvent.blur(input)
    expect(onChange).toHaveBeenCalledTimes(1)
    const id = onChange.mock.calls[0]![0] as string
    expect(second).toContain(dataset.placeById.get(id as never)!.name.en)
  })
  it('keeps an ambiguous or unknown text and asks to choose from the list, in the page language', () => {
    const { input, onChange } = renderPicker(vi.fn(), 'vi')
    fireEvent.change(input, { target: { value: 'chua' } })
    expect(screen.getAllByRole('option').length).toBeGreaterThan(1)
    fireEvent.blur(input)
    expect(onChange).not.toHaveBeenCalled()
    expect((input as HTMLInputElement).value).toBe('chua')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByRole('alert').textContent).toContain('Hãy chọn một địa điểm trong danh sách')
  })
})
