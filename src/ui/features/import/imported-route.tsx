/**
 * A route on an imported network (kept in the worker under its key), between any two places, at any
 * date: a planned link appears once its project's date has passed.
 */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useApp } from '../../app/app-context.tsx'
import type { ImportAnswer, ImportedRouteAnswer } from '../../worker/imported-networks.ts'
import { DateField } from '../../components/typed-fields.tsx'
import { ImportedPlaceField } from './imported-place-field.tsx'

/** The days a question on an imported network may be asked for. */
export const IMPORTED_DATES = ['2000-01-01', '2060-12-31'] as const

export function ImportedRoute({
  answer,
  networkKey,
}: {
  answer: Extract<ImportAnswer, { ok: true }>
  networkKey: string
}) {
  const { t } = useTranslation()
  const { core, today, fmt, text } = useApp()
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [date, setDate] = useState(today)
  const [route, setRoute] = useState<ImportedRouteAnswer | null>(null)
  const find = async (e: FormEvent) => {
    e.preventDefault()
    if (!from.trim() || !to.trim() || !date) return
    setRoute(await core.ask({ type: 'imported-route', key: networkKey, from: from.trim(), to: to.trim(), date, today }))
  }
  const r = route?.ok ? route.result : null
  return (
    <section aria-labelledby="imported-route-title" className="imported-route">
      <h3 id="imported-route-title">{t('importer.routeTitle')}</h3>
      <form className="import-form" onSubmit={(e) => void find(e)}>
        <ImportedPlaceField
          places={answer.namedPlaces}
          label={t('importer.from')}
          value={from}
          onChange={setFrom}
          testId="imported-from"
        />
        <ImportedPlaceField
          places={answer.namedPlaces}
          label={t('importer.to')}
          value={to}
          onChange={setTo}
          testId="imported-to"
        />
        <DateField
          label={t('importer.date')}
          value={date}
          min={IMPORTED_DATES[0]}
          max={IMPORTED_DATES[1]}
          onChange={(d) => setDate(d ?? '')}
          testId="imported-date"
        />
        <button type="submit" data-testid="imported-find">
          {t('importer.findRoute')}
        </button>
      </form>
      <div aria-live="polite" data-testid="imported-route">
        {route && !route.ok && <p role="alert">{route.gone ? t('importer.gone') : route.message}</p>}
        {r && !r.reachable && <p role="status">{t('importer.noRoute', { reason: r.reason })}</p>}
        {r && r.reachable && (
          <>
            <p className="route-total">
              {t('importer.routeTotal', { minutes: fmt.minutes(r.minutes), km: fmt.km(r.km) })}
            </p>
            <p data-testid="imported-links">
              {t('importer.via', {
                links: r.legs
                  .filter((l) => l.kind === 'travel')
                  .map((l) => (l.ref ? `${l.link} (${l.ref})` : l.link))
                  .join(' → '),
              })}
            </p>
            {r.projects.length > 0 && (
              <p>
                {t('importer.usesProjects', {
                  projects: r.projects
                    .map((id) => text(answer.projects.find((p) => p.id === id)?.name) || id)
                    .join(', '),
                })}
              </p>
            )}
          </>
        )}
      </div>
    </section>
  )
}
