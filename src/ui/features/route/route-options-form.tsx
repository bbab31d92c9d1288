/**
 * Travel profile, allowed modes, fastest or shortest, existing links only: each written to the URL.
 * Folded under one line that says what is chosen, so the answer stays in view.
 */
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { LINK_MODES, TRAVEL_PROFILES, type LinkMode } from '../../../core/index.ts'
import type { RouteParams } from './route-params.ts'
import type { ChangesOrUpdater } from '../../state/use-search-state.ts'

const MODES: readonly LinkMode[] = LINK_MODES

/** A memo: not redrawn while only the date changes (the page keeps its props the same). */
export const RouteOptionsForm = memo(function RouteOptionsForm({
  options,
  onChange,
}: {
  options: RouteParams['options']
  onChange: (changes: ChangesOrUpdater) => void
}) {
  const { t } = useTranslation()
  const summary = [
    t(`route.profiles.${options.profile}`),
    options.optimize === 'time' ? t('route.fastest') : t('route.shortest'),
    options.modes.length === MODES.length
      ? t('route.allModes')
      : options.modes.map((m) => t(`route.modeNames.${m}`)).join(', '),
    ...(options.existingOnly ? [t('route.existingOnly')] : []),
  ].join(' · ')
  return (
    <details className="route-options" data-testid="route-options">
      <summary>
        <span className="summary-title">{t('route.options')}</span> <span className="muted">{summary}</span>
      </summary>
      <fieldset>
        <legend>{t('route.profile')}</legend>
        {TRAVEL_PROFILES.map((p) => (
          <label key={p}>
            <input
              type="radio"
              name="profile"
              value={p}
              checked={options.profile === p}
              onChange={() => onChange({ profile: p === 'car' ? null : p })}
            />{' '}
            {t(`route.profiles.${p}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('route.modes')}</legend>
        {MODES.map((m) => (
          <label key={m}>
            <input
              type="checkbox"
              checked={options.modes.includes(m)}
              disabled={options.modes.length === 1 && options.modes.includes(m)}
              onChange={(e) => {
                const checked = e.target.checked
                // From the current address, so two quick clicks both count.
                onChange((current) => {
                  const now = current.get('modes')?.split(',') ?? [...MODES]
                  const next = MODES.filter((x) => (x === m ? checked : now.includes(x)))
                  return { modes: next.length === MODES.length || next.length === 0 ? null : next.join(',') }
                })
              }}
            />{' '}
            {t(`route.modeNames.${m}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('route.optimize')}</legend>
        <label>
          <input
            type="radio"
            name="optimize"
            checked={options.optimize === 'time'}
            onChange={() => onChange({ optimize: null })}
          />{' '}
          {t('route.fastest')}
        </label>
        <label>
          <input
            type="radio"
            name="optimize"
            checked={options.optimize === 'distance'}
            onChange={() => onChange({ optimize: 'distance' })}
          />{' '}
          {t('route.shortest')}
        </label>
      </fieldset>
      <label className="existing-only">
        <input
          type="checkbox"
          checked={options.existingOnly}
          onChange={(e) => onChange({ existing: e.target.checked ? '1' : null })}
        />{' '}
        {t('route.existingOnly')}
      </label>
    </details>
  )
})
