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

/** What does not change with the address: the services and the language's words and formats. */
interface AppBase extends AppServices {
  readonly language: Language
  /** Picks the text of the current language. */
  readonly text: (value: LocalizedText | undefined) => string
  /** Numbers, distances, durations and days in the current language. */
  readonly fmt: Formats
}

interface AppValue extends AppBase {
  readonly scenario: Scenario
  readonly scenarioRequest: ScenarioRequest
  readonly scenarioNotices: readonly UrlNotice[]
}

type Resolved = ReturnType<typeof scenarioFromSearch>

// Two contexts: a step of the date slider changes the scenario, and only the views that read it
// (`useApp`) are redrawn for it; a memoised view that needs only the services (`useAppBase`) is not.
const Services = createContext<AppServices | null>(null)
const ScenarioOfAddress = createContext<Resolved | null>(null)

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
  const resolved = useMemo(
    () => scenarioFromSearch(services.dataset, new URLSearchParams(scenarioKey), services.today),
    [services, scenarioKey],
  )
  return (
    <Services.Provider value={services}>
      <ScenarioOfAddress.Provider value={resolved}>{children}</ScenarioOfAddress.Provider>
    </Services.Provider>
  )
}

/** The services, language and formats, without the scenario: not redrawn by a step of the date. */
export function useAppBase(): AppBase {
  const services = useContext(Services)
  if (!services) throw new Error('useAppBase outside AppServicesProvider')
  const { i18n } = useTranslation()
  const language = (i18n.language === 'vi' ? 'vi' : 'en') as Language
  return {
    ...services,
    language,
    text: (value) => (value ? value[language] : ''),
    fmt: formatsFor(language),
  }
}

/** Everything `useAppBase` gives, and the scenario of the address. */
export function useApp(): AppValue {
  const base = useAppBase()
  const resolved = useContext(ScenarioOfAddress)
  if (!resolved) throw new Error('useApp outside AppServicesProvider')
  return {
    ...base,
    scenario: resolved.scenario,
    scenarioRequest: resolved.request,
    scenarioNotices: resolved.notices,
  }
}
