/**
 * App context: the dataset, the core client, today's date, the language, and the scenario the URL asks
 * for (with notices for anything in the URL that had to be dropped).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { Dataset, LocalizedText, Scenario, ScenarioRequest } from '../../core/index.ts'
import type { CoreClient } from '../worker/core-client.ts'
import { SCENARIO_PARAMS, scenarioFromSearch, type UrlNotice } from '../state/url-scenario.ts'
import type { Language } from '../i18n/i18n.ts'
import { formatsFor, type Formats } from '../i18n/format.ts'

export interface AppServices {
  readonly dataset: Dataset
  readonly core: CoreClient
  readonly today: string
}

interface AppValue extends AppServices {
  readonly language: Language
  readonly scenario: Scenario
  readonly scenarioRequest: ScenarioRequest
  readonly scenarioNotices: readonly UrlNotice[]
  /** Picks the text of the current language. */
  readonly text: (value: LocalizedText | undefined) => string
  /** Numbers, distances, durations and days in the current language. */
  readonly fmt: Formats
}

type Resolved = ReturnType<typeof scenarioFromSearch>

const Services = createContext<{ services: AppServices; resolved: Resolved } | null>(null)

/**
 * Provides the services and the scenario of the address, resolved here once (not in every view) and
 * only when a scenario parameter changes: a view that reads `useApp()` is not redrawn when another
 * part of the address changes (a delay being stepped on /compare, a filter on /places).
 */
export function AppServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  const [params] = useSearchParams()
  const only = new URLSearchParams()
  for (const name of SCENARIO_PARAMS) {
    const v = params.get(name)
    if (v !== null) only.set(name, v)
  }
  const scenarioKey = only.toString()
  const value = useMemo(
    () => ({
      services,
      resolved: scenarioFromSearch(services.dataset, new URLSearchParams(scenarioKey), services.today),
    }),
    [services, scenarioKey],
  )
  return <Services.Provider value={value}>{children}</Services.Provider>
}

export function useApp(): AppValue {
  const context = useContext(Services)
  if (!context) throw new Error('useApp outside AppServicesProvider')
  const { services, resolved } = context
  const { i18n } = useTranslation()
  const language = (i18n.language === 'vi' ? 'vi' : 'en') as Language
  return {
    ...services,
    language,
    scenario: resolved.scenario,
    scenarioRequest: resolved.request,
    scenarioNotices: resolved.notices,
    text: (value) => (value ? value[language] : ''),
    fmt: formatsFor(language),
  }
}
