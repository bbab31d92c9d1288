/**
 * Scenario bar
 * ============
 * On every page: the date slider (2023–2035) with each project's opening and promised dates marked,
 * the presets, the date basis, and per-project switches. Everything it sets lives in the URL.
 *
 * Folded to one line that says which network is shown ("Network: Today (29/11/2026) · 1 of 9 projects
 * open"), so a traveller's page starts with the trip; one tap opens the controls. It opens by itself
 * on the planners' pages on a wide screen.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { describeScenario, SCENARIO_PRESETS } from '../../../core/index.ts'
import { switchProject } from '../../state/project-switch.ts'
import { useApp } from '../../app/app-context.tsx'
import { useSearchState } from '../../state/use-search-state.ts'
import { assumeParam, scenarioFromSearch } from '../../state/url-scenario.ts'
import { ProjectToggles } from './project-toggles.tsx'
import { timelineMarkers } from './timeline.ts'
import { DateSlider } from './date-slider.tsx'

export function ScenarioBar({ defaultOpen = false }: { defaultOpen?: boolean }) {
  const { t } = useTranslation()
  const { dataset, scenario, scenarioRequest, today, language } = useApp()
  const [expanded, setExpanded] = useState(defaultOpen)
  const { update } = useSearchState()
  const shownDay = scenario.date ?? today
  const assumeKey = JSON.stringify(scenarioRequest.assume ?? {})
  const markers = useMemo(() => timelineMarkers(dataset, { assume: JSON.parse(assumeKey) }), [dataset, assumeKey])
  const presetValue = scenarioRequest.date ? 'none' : (scenario.preset ?? 'none')

  // The switches say which projects should be open; `with`/`without` are the difference from the
  // scenario the date or preset gives on its own.
  // Computed from the current address, so two quick switches in a row both count.
  const toggle = (id: string, open: boolean) =>
    update((current) => {
      const { request } = scenarioFromSearch(dataset, current, today)
      const next = switchProject(dataset, request, today, id, open)
      return { with: next.with.join(','), without: next.without.join(',') }
    })

  const scenarioText = describeScenario(scenario, dataset, language)
  const assume = scenarioRequest.assume ?? {}
  const setAssume = (next: Record<string, string>) => update({ assume: assumeParam(next) })

  return (
    <details
      className="scenario-bar"
      aria-label={t('scenario.title')}
      open={expanded}
      onToggle={(e) => setExpanded(e.currentTarget.open)}
      data-testid="scenario-bar"
    >
      <summary className="scenario-summary" data-testid="scenario-summary">
        <span className="scenario-summary-text">
          <span className="summary-title">{t('scenario.network')}</span> {scenarioText}
          <span className="muted">
            {' '}
            · {t('scenario.projectsOpen', { count: scenario.openProjects.length, total: dataset.projects.length })}
          </span>
        </span>
        <span className="scenario-change">{expanded ? t('scenario.hide') : t('scenario.change')}</span>
      </summary>
      <div className="scenario-row">
        <DateSlider
          day={shownDay}
          markers={markers}
          onCommit={(day) => update({ date: day, scenario: null }, { replace: true })}
        />
        <label>
          <span>{t('scenario.preset')}</span>
          <select
            value={presetValue}
            data-testid="preset"
            onChange={(e) => {
              const v = e.target.value
              update(v === 'none' ? { scenario: null, date: shownDay } : { scenario: v, date: null })
            }}
          >
            <option value="none">{t('scenario.byDate')}</option>
            {Object.entries(SCENARIO_PRESETS).map(([p, preset]) => (
              <option key={p} value={p}>
                {preset.name[language]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('scenario.basis')}</span>
          <select
            value={scenario.basis}
            onChange={(e) => update({ basis: e.target.value === 'promised' ? 'promised' : null })}
          >
            <option value="expected">{t('scenario.basisExpected')}</option>
            <option value="promised">{t('scenario.basisPromised')}</option>
          </select>
        </label>
        <ProjectToggles scenario={scenario} onToggle={toggle} assume={assume} onAssume={setAssume} />
      </div>
      <p className="scenario-label muted" data-testid="scenario-label">
        {scenarioText} · {t('scenario.markers')}
      </p>
    </details>
  )
}
