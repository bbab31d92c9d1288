// @vitest-environment jsdom
// A step of the date slider changes the scenario of the address: the views that read it (`useApp`)
// are redrawn with the new scenario, and a memoised view that reads only the services
// (`useAppBase`: the site list, the place pickers) is not redrawn at all.
import { act, cleanup, render, screen } from '@testing-library/react'
import { memo } from 'react'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter, useSearchParams } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { parseDataset, type Dataset } from '../../core/index.ts'
import { AppServicesProvider, useApp, useAppBase } from './app-context.tsx'
import { createI18n } from '../i18n/i18n.ts'
import { createCoreClient } from '../worker/core-client.ts'
import network from '../../../data/network.json'

const parsed = parseDataset(network)
const dataset = (parsed.ok ? parsed.dataset : null) as Dataset
const services = { dataset, core: createCoreClient(dataset), today: '2026-11-28' }

afterEach(cleanup)

describe('the app context', () => {
  it('redraws the scenario readers at a date step, and not a memoised view of the services', () => {
    const renders = { base: 0, scenario: 0 }
    const BaseView = memo(function BaseView() {
      renders.base++
      return <p>{useAppBase().dataset.places.length} places</p>
    })
    const ScenarioView = memo(function ScenarioView() {
      renders.scenario++
      return <p data-testid="date">{useApp().scenario.date ?? 'today'}</p>
    })
    let setParams: ReturnType<typeof useSearchParams>[1] = () => {}
    function Address() {
      setParams = useSearchParams()[1]
      return null
    }
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <MemoryRouter initialEntries={['/?date=2024-06-01']}>
          <AppServicesProvider services={services}>
            <Address />
            <BaseView />
            <ScenarioView />
          </AppServicesProvider>
        </MemoryRouter>
      </I18nextProvider>,
    )
    expect(screen.getByTestId('date').textContent).toBe('2024-06-01')
    const before = { ...renders }
    act(() => setParams({ date: '2024-07-01' }))
    expect(screen.getByTestId('date').textContent).toBe('2024-07-01')
    expect(renders.scenario).toBeGreaterThan(before.scenario)
    expect(renders.base).toBe(before.base)
    // A change outside the scenario (another page's own parameter) redraws neither.
    const settled = { ...renders }
    act(() => setParams({ date: '2024-07-01', delay: '3' }))
    expect(renders).toEqual(settled)
  })
})
