/**
 * One side of a comparison, as a full scenario: a preset or a date, the date basis, and projects
 * opened or closed on top. The shared assumed dates are edited once for both sides, beside.
 */
import { useTranslation } from 'react-i18next'
import { formatPartialDate, resolveScenario, SCENARIO_PRESETS, type ScenarioRequest } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { switchProject } from '../../state/project-switch.ts'
import { PRESETS, sideRequest, type Side, type SideState } from './compare-url.ts'

/** Presets that ignore dates, so the basis does not apply to them. */
const DATELESS = new Set(['committed', 'full-vision'])

export function SideEditor({
  side,
  state,
  request,
  onChange,
}: {
  side: Side
  state: SideState
  request: ScenarioRequest
  /** A change to the side as it is in the address now (two quick changes in a row both count). */
  onChange: (change: (current: SideState, assume: Readonly<Record<string, string>>) => SideState) => void
}) {
  const { t } = useTranslation()
  const { dataset, today, text, language } = useApp()
  const label = t(`compare.${side}`)
  const isDate = !PRESETS.includes(state.scenario)
  let open: readonly string[] = []
  try {
    open = resolveScenario(dataset, request, today).openProjects
  } catch {
    // The page shows why the scenario was refused; the switches show nothing open meanwhile.
  }
  const toggle = (id: string, on: boolean) =>
    onChange((current, assume) => ({
      ...current,
      ...switchProject(dataset, sideRequest(current, assume), today, id, on),
    }))
  return (
    <fieldset className="compare-side" data-testid={`side-${side}`}>
      <legend>{label}</legend>
      <label>
        <span>{t('compare.scenario')}</span>
        <select
          value={isDate ? 'date' : state.scenario}
          data-testid={side}
          onChange={(e) =>
            onChange((current) => ({
              ...current,
              scenario: e.target.value === 'date' ? today : e.target.value,
              with: [],
              without: [],
            }))
          }
        >
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {SCENARIO_PRESETS[p as keyof typeof SCENARIO_PRESETS].name[language]}
            </option>
          ))}
          <option value="date">{t('compare.date')}</option>
        </select>
      </label>
      {isDate && (
        <label>
          <span>{t('compare.day')}</span>
          <input
            type="date"
            value={state.scenario}
            min="2023-01-01"
            max="2040-12-31"
            aria-label={t('compare.dateOf', { side: label })}
            onChange={(e) => {
              const day = e.target.value
              if (day) onChange((current) => ({ ...current, scenario: day }))
            }}
          />
        </label>
      )}
      <label>
        <span>{t('scenario.basis')}</span>
        <select
          value={state.basis}
          disabled={DATELESS.has(state.scenario)}
          aria-describedby={DATELESS.has(state.scenario) ? `${side}-basis-note` : undefined}
          onChange={(e) => {
            const basis = e.target.value === 'promised' ? 'promised' : 'expected'
            onChange((current) => ({ ...current, basis }))
          }}
        >
          <option value="expected">{t('scenario.basisExpected')}</option>
          <option value="promised">{t('scenario.basisPromised')}</option>
        </select>
      </label>
      {DATELESS.has(state.scenario) && (
        <p id={`${side}-basis-note`} className="muted small">
          {t('compare.basisIgnored')}
        </p>
      )}
      <details className="side-projects">
        <summary>{t('scenario.projectsOpen', { count: open.length, total: dataset.projects.length })}</summary>
        <ul>
          {dataset.projects.map((p) => {
            const when = p.opened ?? p.expected
            return (
              <li key={p.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={open.includes(p.id)}
                    data-side-project={`${side}:${p.id}`}
                    onChange={(e) => toggle(p.id, e.target.checked)}
                  />
                  <span>
                    {text(p.name)}{' '}
                    <span className="muted">
                      —{' '}
                      {when
                        ? formatPartialDate(when.date, language)
                        : request.assume?.[p.id]
                          ? `${formatPartialDate(request.assume[p.id]!, language)} (${t('assumed.tag')})`
                          : t('scenario.noDate')}
                      {state.with.includes(p.id) ? ` · ${t('compare.added')}` : ''}
                      {state.without.includes(p.id) ? ` · ${t('compare.removed')}` : ''}
                    </span>
                  </span>
                </label>
              </li>
            )
          })}
        </ul>
      </details>
    </fieldset>
  )
}
