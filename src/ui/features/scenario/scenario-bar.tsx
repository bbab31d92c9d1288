/**
 * Scenario bar
 * ============
 * On every page: the date slider (2023–2035) with each project's opening and promised dates marked,
 * the presets, the date basis, and per-project switches. Everything it sets lives in the URL.
 */
import { useTranslation } from 'react-i18next'
import { describeScenario, formatPartialDate, SCENARIO_PRESETS } from '../../../core/index.ts'
import { switchProject } from '../../state/project-switch.ts'
import { useApp } from '../../app/app-context.tsx'
import { useSearchState } from '../../state/use-search-state.ts'
import { assumeParam, scenarioFromSearch } from '../../state/url-scenario.ts'
import { ProjectToggles } from './project-toggles.tsx'
import { TIMELINE_DAYS, dayAt, dayIndex, timelineMarkers } from './timeline.ts'

export function ScenarioBar() {
  const { t } = useTranslation()
  const { dataset, scenario, scenarioRequest, today, text, language } = useApp()
  const { update } = useSearchState()
  const shownDay = scenario.date ?? today
  const markers = timelineMarkers(dataset, { assume: scenarioRequest.assume ?? {} })
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
    <section className="scenario-bar" aria-label={t('scenario.title')}>
      <div className="scenario-row">
        <label className="scenario-date">
          <span>
            {t('scenario.title')} <strong data-testid="scenario-day">{shownDay}</strong>
          </span>
          <span className="timeline">
            <input
              type="range"
              min={0}
              max={TIMELINE_DAYS}
              step={1}
              value={Math.max(0, Math.min(TIMELINE_DAYS, dayIndex(shownDay)))}
              aria-label={t('scenario.date')}
              aria-valuetext={shownDay}
              data-testid="timeline"
              onChange={(e) => update({ date: dayAt(Number(e.target.value)), scenario: null }, { replace: true })}
            />
            <span className="timeline-markers" aria-hidden="true">
              {markers.map((m) => (
                <span
                  key={`${m.project}-${m.kind}`}
                  className={`marker marker-${m.kind}`}
                  style={{ left: `${m.at * 100}%` }}
                  title={`${text(dataset.projectById.get(m.project as never)?.name)} — ${formatPartialDate(m.day, language)}${m.kind === 'assumed' ? ` (${t('assumed.tag')})` : ''}`}
                >
                  {m.kind === 'promised' ? '▲' : '●'}
                </span>
              ))}
            </span>
            <span className="timeline-years" aria-hidden="true">
              <span>2023</span>
              <span>2029</span>
              <span>2035</span>
            </span>
          </span>
        </label>
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
            <option value="none">{t('scenario.presets.none')}</option>
            {Object.keys(SCENARIO_PRESETS).map((p) => (
              <option key={p} value={p}>
                {t(`scenario.presets.${p}`)}
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
    </section>
  )
}
