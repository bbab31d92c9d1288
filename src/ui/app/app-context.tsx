/**
 * App context: the dataset, the core client, today's date, the language, and the scenario the URL asks
 * for (with notices for anything in the URL that had to be dropped).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { Dataset, LocalizedText, Scenario, ScenarioRequest } from '../../core/index.ts'
import type { CoreClient } from '../worker/core-client.ts'
import { scenarioFromSearch, type UrlNotice } from '../state/url-scenario.ts'
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

const Services = createContext<AppServices | null>(null)

export function AppServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <Services.Provider value={services}>{children}</Services.Provider>
}

export function useApp(): AppValue {
  const services = useContext(Services)
  if (!services) throw new Error('useApp outside AppServicesProvider')
  const { i18n } = useTranslation()
  const [params] = useSearchParams()
  const language = (i18n.language === 'vi' ? 'vi' : 'en') as Language
  const search = params.toString()
  const resolved = useMemo(
    () => scenarioFromSearch(services.dataset, new URLSearchParams(search), services.today),
    [services, search],
  )
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
