/**
 * `/compare?before=SCENARIO&after=SCENARIO`: travel-time changes between two scenarios, the projects
 * that matter, and heritage accessibility from the gateways. A SCENARIO is a preset or a date.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatMinutes, SCENARIO_PRESETS, checkDay, type ScenarioRequest } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useCoreQuery } from '../../hooks/use-core-query.ts'
import { useSearchState } from '../../state/use-search-state.ts'
import { NoticeList } from '../../components/notice-list.tsx'
import { QueryFailure } from '../../components/query-failure.tsx'
import type { UrlNotice } from '../../state/url-scenario.ts'
import { repeatedKeyNotices } from '../../state/url-notices.ts'

const PRESETS = Object.keys(SCENARIO_PRESETS)

function readSide(
  value: string | null,
  fallback: string,
  field: string,
  notices: UrlNotice[],
): { text: string; request: ScenarioRequest } {
  const text = value ?? fallback
  if (PRESETS.includes(text)) return { text, request: { preset: text } }
  try {
    checkDay(text)
    return { text, request: { date: text } }
  } catch {
    /* fall through */
  }
  notices.push({ key: 'errors.badOption', values: { value: text.slice(0, 40), field } })
  return { text: fallback, request: { preset: fallback } }
}

function SideSelect({
  label,
  value,
  onChange,
  testId,
}: {
  label: string
  value: string
  onChange: (v: string) => void
  testId: string
}) {
  const { t } = useTranslation()
  const isDate = !PRESETS.includes(value)
  return (
    <fieldset className="compare-side">
      <legend>{label}</legend>
      <select
        value={isDate ? 'date' : value}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value === 'date' ? '2025-01-01' : e.target.value)}
        aria-label={label}
      >
        {PRESETS.map((p) => (
          <option key={p} value={p}>
            {t(`scenario.presets.${p}`)}
          </option>
        ))}
        <option value="date">{t('compare.date')}</option>
      </select>
      {isDate && (
        <input
          type="date"
          value={value}
          min="2023-01-01"
          max="2035-12-31"
          aria-label={`${label}: ${t('compare.date')}`}
          onChange={(e) => e.target.value && onChange(e.target.value)}
        />
      )}
    </fieldset>
  )
}

export function ComparePage() {
  const { t } = useTranslation()
  const { dataset, text, today, language } = useApp()
  const { params, update } = useSearchState()
  const search = params.toString()
  const sides = useMemo(() => {
    const p = new URLSearchParams(search)
    const notices: UrlNotice[] = repeatedKeyNotices(p, ['before', 'after'])
    return {
      before: readSide(p.get('before'), 'agreement-2023', 'before', notices),
      after: readSide(p.get('after'), 'full-vision', 'after', notices),
      notices,
    }
  }, [search])
  const answer = useCoreQuery({
    type: 'compare' as const,
    before: sides.before.request,
    after: sides.after.request,
    today,
  })
  const value = answer.status === 'done' ? answer.value : answer.status === 'loading' ? answer.previous : null
  const name = (id: string) => text(dataset.placeById.get(id as never)?.name) || id
  const pname = (id: string) => text(dataset.projectById.get(id as never)?.name) || id
  const m = (x: number | null) => (x === null ? t('compare.noRoute') : formatMinutes(x, language))
  return (
    <main className="page wide" id="main">
      <h1>{t('compare.title')}</h1>
      <NoticeList notices={sides.notices} />
      <form className="compare-form" onSubmit={(e) => e.preventDefault()}>
        <SideSelect
          label={t('compare.before')}
          value={sides.before.text}
          onChange={(v) => update({ before: v })}
          testId="before"
        />
        <SideSelect
          label={t('compare.after')}
          value={sides.after.text}
          onChange={(v) => update({ after: v })}
          testId="after"
        />
      </form>
      <div
        aria-live="polite"
        className={answer.status === 'loading' ? 'result stale' : 'result'}
        data-testid="compare-result"
        data-state={answer.status}
      >
        {answer.status === 'loading' && !value && <p role="status">{t('route.computing')}</p>}
        <QueryFailure state={answer} />
        {value && (
          <>
            <p className="route-total" data-testid="compare-summary">
              {t('compare.summary', { faster: value.faster, total: value.total })}
              {value.connected > 0 && t('compare.connected', { count: value.connected })}.
            </p>
            {value.pairs.length === 0 ? (
              <p>{t('compare.nothing')}</p>
            ) : (
              <section>
                <h2>{t('compare.largest')}</h2>
                <table className="data-table" data-testid="pairs">
                  <thead>
                    <tr>
                      <th scope="col">{t('compare.from')}</th>
                      <th scope="col">{t('compare.to')}</th>
                      <th scope="col">{t('compare.before')}</th>
                      <th scope="col">{t('compare.after')}</th>
                      <th scope="col">{t('compare.saved')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {value.pairs.map((p) => (
                      <tr key={`${p.from}-${p.to}`}>
                        <td>{name(p.from)}</td>
                        <td>{name(p.to)}</td>
                        <td>{m(p.beforeMinutes)}</td>
                        <td>{m(p.afterMinutes)}</td>
                        <td>
                          {p.savedMinutes === null
                            ? t('compare.newRoute')
                            : `−${formatMinutes(p.savedMinutes, language)} (${p.savedPercent!.toFixed(0)}%)`}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            )}
            <section>
              <h2>{t('compare.projects')}</h2>
              <p className="muted">{t('compare.projectsIntro')}</p>
              <table className="data-table" data-testid="projects-impact">
                <thead>
                  <tr>
                    <th scope="col">{t('projects.title')}</th>
                    <th scope="col">{t('compare.alone')}</th>
                    <th scope="col">{t('compare.without')}</th>
                    <th scope="col">{t('compare.needs')}</th>
                  </tr>
                </thead>
                <tbody>
                  {value.projects.map((p) => (
                    <tr key={p.id}>
                      <td>{pname(p.id)}</td>
                      <td>{p.alone.faster}</td>
                      <td>{p.without.faster}</td>
                      <td>{p.needs.map(pname).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section>
              <h2>{t('compare.reach')}</h2>
              <table className="data-table" data-testid="reach">
                <thead>
                  <tr>
                    <th scope="col">{t('compare.from')}</th>
                    <th scope="col"> </th>
                    <th scope="col">{t('compare.before')}</th>
                    <th scope="col">{t('compare.after')}</th>
                    <th scope="col">{t('compare.gained')}</th>
                  </tr>
                </thead>
                <tbody>
                  {value.reach.map((r) => (
                    <tr key={`${r.gateway}-${r.minutes}`}>
                      <td>{name(r.gateway)}</td>
                      <td>{t('compare.within', { minutes: r.minutes })}</td>
                      <td>
                        {r.before.length} · {t('compare.score')} {r.beforeScore}
                      </td>
                      <td>
                        {r.after.length} · {t('compare.score')} {r.afterScore}
                      </td>
                      <td>{r.gained.map(name).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section>
              <h2>{t('compare.trips')}</h2>
              <p className="muted">{t('compare.tripsIntro')}</p>
              <table className="data-table" data-testid="day-trips">
                <thead>
                  <tr>
                    <th scope="col">{t('compare.from')}</th>
                    <th scope="col">{t('compare.before')}</th>
                    <th scope="col">{t('compare.after')}</th>
                    <th scope="col">{t('compare.value')}</th>
                    <th scope="col">{t('compare.nowPossible')}</th>
                  </tr>
                </thead>
                <tbody>
                  {value.dayTrips.map((d) => (
                    <tr key={d.gateway}>
                      <td>{name(d.gateway)}</td>
                      <td>{t('compare.sites', { count: d.before.length })}</td>
                      <td>{t('compare.sites', { count: d.after.length })}</td>
                      <td>
                        {d.beforeValue} → {d.afterValue}
                      </td>
                      <td>{d.gained.map(name).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </>
        )}
      </div>
    </main>
  )
}
