// @vitest-environment jsdom
// A page that throws shows a message in its place; the layout (header, menu) stays, another page
// still opens, and "try again" draws the page again.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useEffect } from 'react'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter, Route, Routes, useNavigate } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseDataset, type Dataset } from '../../core/index.ts'
import { AppServicesProvider } from './app-context.tsx'
import { AppLayout } from './app-layout.tsx'
import { createI18n } from '../i18n/i18n.ts'
import { createCoreClient } from '../worker/core-client.ts'
import network from '../../../data/network.json'

const parsed = parseDataset(network)
const dataset = (parsed.ok ? parsed.dataset : null) as Dataset

let broken = true
function BrokenPage(): never | React.ReactNode {
  if (broken) throw new TypeError('a bug in a page')
  return <main data-testid="fixed-page">fixed</main>
}
function OtherPage() {
  return <main data-testid="other-page">other</main>
}
let go: (to: string) => void = () => {}
function Navigator() {
  const navigate = useNavigate()
  useEffect(() => {
    go = navigate
  })
  return null
}

function renderApp(language: 'en' | 'vi') {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <MemoryRouter initialEntries={['/broken']}>
        <AppServicesProvider services={{ dataset, core: createCoreClient(dataset), today: '2026-11-28' }}>
          <Navigator />
          <Routes>
            <Route element={<AppLayout />}>
              <Route path="/broken" element={<BrokenPage />} />
              <Route path="/other" element={<OtherPage />} />
            </Route>
          </Routes>
        </AppServicesProvider>
      </MemoryRouter>
    </I18nextProvider>,
  )
}

afterEach(() => {
  cleanup()
  broken = true
})

describe('a page that throws', () => {
  it('shows a message in its place, keeps the header, and another page still opens', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    renderApp('en')
    expect(screen.getByTestId('page-error')).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toContain('This page could not be shown')
    expect(screen.getByText('Technical detail: TypeError')).toBeTruthy()
    // The layout is still there: the main navigation.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy()
    act(() => go('/other'))
    expect(screen.getByTestId('other-page')).toBeTruthy()
    expect(screen.queryByTestId('page-error')).toBeNull()
    quiet.mockRestore()
  })

  it('"try again" draws the page again, and the message is in Vietnamese on a Vietnamese page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    renderApp('vi')
    expect(screen.getByRole('alert').textContent).toContain('Không thể hiển thị trang này')
    broken = false
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }))
    expect(screen.getByTestId('fixed-page')).toBeTruthy()
    quiet.mockRestore()
  })
})
