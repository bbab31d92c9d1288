/**
 * What the projects change on an imported network: its heritage sites and gateways compared on a day
 * of the user's choice and with every project open (the compare page's summary, bad news included),
 * the trips that change most, and each project's own part (added alone, or removed from the rest).
 */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatMinutes, type ChangeSummary } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import type { CoreProgress } from '../../worker/core-client.ts'
import { DataTable } from '../../components/data-table.tsx'
import { CompareSummary } from '../../components/compare-summary.tsx'
import { usePairColumns } from '../../components/pair-columns.tsx'
import type { ImportAnswer } from '../../worker/imported-networks.ts'
import type { ImportedCompareAnswer } from '../../worker/imported-trip-compare.ts'
import { DateField } from '../../components/typed-fields.tsx'
import { IMPORTED_DATES } from './imported-route.tsx'

export function ImportedCompare({
  answer,
  networkKey,
}: {
  answer: Extract<ImportAnswer, { ok: true }>
  networkKey: string
}) {
  const { t } = useTranslation()
  const { core, today, text, language, fmt } = useApp()
  const [date, setDate] = useState(today)
  const [result, setResult] = useState<ImportedCompareAnswer | null>(null)
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<CoreProgress | null>(null)
  const r = result?.ok ? result : null
  const name = (id: string) => (r?.names[id] ? text(r.names[id]) : id)
  const projectName = (id: string) => text(answer.projects.find((p) => p.id === id)?.name) || id
  const columns = usePairColumns(name)
  // What a project does, bad news included; trip-minutes saved read as a shorter total (−).
  const effect = (s: ChangeSummary) =>
    t('importer.compareEffect', {
      faster: s.faster,
      slower: s.slower,
      connected: s.connected,
      disconnected: s.disconnected,
      net: `${s.netTripMinutes > 0.5 ? '−' : s.netTripMinutes < -0.5 ? '+' : ''}${formatMinutes(Math.abs(s.netTripMinutes), language)}`,
    })
  const compare = async (e: FormEvent) => {
    e.preventDefault()
    if (!date) return
    setBusy(true)
    setProgress(null)
    try {
      setResult(await core.ask({ type: 'imported-compare', key: networkKey, date, today }, { onProgress: setProgress }))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section aria-labelledby="imported-compare-title" className="imported-route">
      <h3 id="imported-compare-title">{t('importer.compareTitle')}</h3>
      <p className="muted">{t('importer.compareIntro')}</p>
      <form className="import-form" onSubmit={(e) => void compare(e)}>
        <DateField
          label={t('importer.compareBefore')}
          value={date}
          min={IMPORTED_DATES[0]}
          max={IMPORTED_DATES[1]}
          onChange={(d) => setDate(d ?? '')}
          testId="imported-compare-date"
        />
        <button type="submit" disabled={busy} data-testid="imported-compare-run">
          {!busy
            ? t('importer.compareRun')
            : progress?.stage === 'projects'
              ? t('importer.compareProgress', { done: progress.done, total: progress.total })
              : t('importer.compareRunning')}
        </button>
      </form>
      <div aria-live="polite" aria-busy={busy} data-testid="imported-compare">
        {result && !result.ok && (
          <p role="alert">
            {result.gone ? t('importer.gone') : result.tooFewPlaces ? t('importer.compareTooFew') : result.message}
          </p>
        )}
        {r && (
          <>
            <CompareSummary summary={r.summary} places={r.places} heading="h4" />
            {r.pairs.length > 0 && (
              <DataTable
                caption={t('importer.compareLargest', { count: r.pairs.length })}
                columns={columns}
                rows={r.pairs}
                rowKey={(p) => `${p.from}|${p.to}`}
                sort={null}
                testId="imported-compare-pairs"
              />
            )}
            {r.projects.length > 0 && (
              <DataTable
                caption={t('importer.compareProjects')}
                columns={[
                  { key: 'project', label: t('importer.compareProject'), render: (p) => projectName(p.id) },
                  {
                    key: 'alone',
                    label: t('importer.compareAlone', { date: fmt.date(r.before) }),
                    render: (p) => effect(p.alone),
                  },
                  {
                    key: 'without',
                    label: t('importer.compareWithout'),
                    render: (p) => effect(p.without),
                  },
                ]}
                rows={r.projects}
                rowKey={(p) => p.id}
                sort={null}
                testId="imported-compare-projects"
              />
            )}
          </>
        )}
      </div>
    </section>
  )
}
