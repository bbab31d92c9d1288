/**
 * Delay what-if: pick a project and a delay in months; see minutes per trip year by year on the
 * promised, expected and delayed dates, and what the delay costs in trips and minutes. A project with
 * no announced date needs an assumed one first, asked for right here.
 */
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  describeNoEffect,
  formatMinutes,
  formatPartialDate,
  MAX_DELAY_MONTHS,
  type DelayImpact,
  type PairChange,
  placeName,
  projectName,
} from '../../../core/index.ts'
import { useAppBase } from '../../app/app-context.tsx'
import { useDraft } from '../../hooks/use-draft.ts'
import { useCoreQuery } from '../../hooks/use-core-query.ts'
import { QueryFailure } from '../../components/query-failure.tsx'
import { LineChart } from '../../components/charts/charts.tsx'
import { DataTable, type Column } from '../../components/data-table.tsx'
import { hasAnnouncedDate } from '../../state/url-scenario.ts'

const COLOURS = { promised: '#6b7280', expected: '#1d4ed8', delayed: '#b42318' } as const

/** Drawn again only when its own props change, not at every change of the page's address. */
export const DelaySection = memo(function DelaySection({
  delay,
  assume,
  onDelay,
  onAssume,
}: {
  delay: { project: string; months: number }
  assume: Readonly<Record<string, string>>
  onDelay: (next: { project: string; months: number }) => void
  onAssume: (next: Record<string, string>) => void
}) {
  const { t } = useTranslation()
  const { dataset, language, text, today } = useAppBase()
  const dated = hasAnnouncedDate(dataset, delay.project) || assume[delay.project] !== undefined
  const answer = useCoreQuery(
    dated ? { type: 'delay' as const, project: delay.project, months: delay.months, whatIf: { assume }, today } : null,
  )
  const value = answer.status === 'done' ? answer.value : answer.status === 'loading' ? answer.previous : null
  const pname = (id: string) => projectName(dataset, id, language)
  return (
    <section aria-labelledby="delay-title" className="compare-section" data-testid="delay-section">
      <h2 id="delay-title">{t('delay.title')}</h2>
      <p className="muted">{t('delay.intro')}</p>
      <form className="delay-form" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('delay.project')}</span>
          <select
            value={delay.project}
            data-testid="delay-project"
            onChange={(e) => onDelay({ ...delay, project: e.target.value })}
          >
            {dataset.projects.map((p) => (
              <option key={p.id} value={p.id}>
                {text(p.name)}
              </option>
            ))}
          </select>
        </label>
        <MonthsField months={delay.months} onMonths={(months) => onDelay({ ...delay, months })} />
        {!hasAnnouncedDate(dataset, delay.project) && (
          <label>
            <span>{t('delay.assume', { project: pname(delay.project) })}</span>
            <input
              type="month"
              min="2024-01"
              max="2040-12"
              value={assume[delay.project]?.slice(0, 7) ?? ''}
              data-testid="delay-assume"
              onChange={(e) => {
                const next = { ...assume }
                if (e.target.value) next[delay.project] = e.target.value
                else delete next[delay.project]
                onAssume(next)
              }}
            />
          </label>
        )}
      </form>
      {!dated && <p role="status">{t('delay.needsDate', { project: pname(delay.project) })}</p>}
      <div aria-live="polite" data-testid="delay-result" data-state={dated ? answer.status : 'idle'}>
        <QueryFailure state={answer} />
        {value && !value.ok && <p role="alert">{value.message}</p>}
        {value && value.ok && <DelayResult impact={value.delay} assume={assume} onAssume={onAssume} />}
      </div>
    </section>
  )
})

/** A memo: the answer's chart and tables are not redrawn while a newer answer is being computed. */
const DelayResult = memo(function DelayResult({
  impact,
  assume,
  onAssume,
}: {
  impact: DelayImpact
  assume: Readonly<Record<string, string>>
  onAssume: (next: Record<string, string>) => void
}) {
  const { t } = useTranslation()
  const { dataset, language, fmt } = useAppBase()
  const m = (x: number) => formatMinutes(x, language)
  const name = (id: string) => placeName(dataset, id, language)
  const pname = (id: string) => projectName(dataset, id, language)
  const c = impact.cost
  const forward = impact.months < 0
  const when = {
    project: pname(impact.project),
    months: Math.abs(impact.months),
    count: Math.abs(impact.months),
    opens: formatPartialDate(impact.opens.slice(0, 7), language),
    delayed: formatPartialDate(impact.opensDelayed.slice(0, 7), language),
  }
  const points = impact.timeline.points
  const years = points.filter((p) => p.date.endsWith('-01-01'))
  const f1 = (x: number | null | undefined) => (x === null || x === undefined ? t('compare.noRoute') : m(x))
  const undatedPartners =
    impact.noCostReason?.kind === 'needs'
      ? impact.noCostReason.projects.filter(
          (p) => !dataset.projectById.get(p)?.opened && !dataset.projectById.get(p)?.expected && !assume[p],
        )
      : []
  const worstColumns: Column<PairChange>[] = [
    { key: 'trip', label: t('delay.trip'), render: (p) => `${name(p.from)} ↔ ${name(p.to)}` },
    { key: 'on-time', label: t('delay.withIt'), numeric: true, render: (p) => f1(p.beforeMinutes) },
    { key: 'late', label: t('delay.withoutIt'), numeric: true, render: (p) => f1(p.afterMinutes) },
    {
      key: 'extra',
      label: t('delay.extra'),
      numeric: true,
      render: (p) => (p.savedMinutes === null ? t('compare.kindCell.disconnected') : `+${m(-p.savedMinutes)}`),
    },
  ]
  return (
    <div className="delay-result">
      <p className="route-total" data-testid="delay-cost">
        {t(forward ? 'delay.headlineForward' : 'delay.headline', when)}
        {impact.assumed ? ` ${t('delay.assumedNote', when)}` : ''}{' '}
        {c.tripsAffected === 0
          ? t('delay.noCost')
          : t(forward ? 'delay.gain' : 'delay.cost', {
              count: c.tripsAffected,
              months: c.months,
              perTrip: m(Math.abs(c.extraMinutesPerAffectedTrip)),
              total: fmt.count(Math.round(Math.abs(c.extraTripMinutes))),
            })}
        {c.tripsCutOff > 0 && ` ${t('delay.cutOff', { count: c.tripsCutOff })}`}
      </p>
      {impact.noCostReason && (
        <p data-testid="delay-why">
          {t('delay.why')} {describeNoEffect(impact.noCostReason, dataset, language, 'alone')}
        </p>
      )}
      {undatedPartners.map((p) => (
        <p key={p}>
          <label>
            {t('delay.assumePartner', { project: pname(p) })}{' '}
            <input
              type="month"
              min="2024-01"
              max="2040-12"
              value=""
              data-assume-partner={p}
              onChange={(e) => e.target.value && onAssume({ ...assume, [p]: e.target.value })}
            />
          </label>
        </p>
      ))}
      <LineChart
        testId="chart-delay"
        title={t('delay.chartTitle', { trips: impact.timeline.trips, count: impact.timeline.trips })}
        description={t('delay.chartDescription', when)}
        dates={points.map((p) => p.date)}
        series={[
          { key: 'promised', label: t('delay.promised'), colour: COLOURS.promised, dash: '6 4' },
          {
            key: 'expected',
            label: t(impact.assumed ? 'delay.expectedAssumed' : 'delay.expected'),
            colour: COLOURS.expected,
          },
          { key: 'delayed', label: t('delay.delayed', when), colour: COLOURS.delayed, dash: '2 3' },
        ]}
        value={(date, key) => {
          const p = points.find((x) => x.date === date)!
          return key === 'promised'
            ? p.promisedMinutes
            : key === 'expected'
              ? p.expectedMinutes
              : (p.delayedMinutes ?? null)
        }}
        format={(v) => m(v)}
        axisLabel={t('delay.axis')}
        marks={[
          { date: impact.opens, label: `${pname(impact.project)}: ${when.opens}` },
          { date: impact.opensDelayed, label: `${pname(impact.project)}: ${when.delayed}` },
        ]}
        tableLabel={t('charts.table')}
        table={
          <DataTable
            caption={t('delay.tableCaption')}
            testId="delay-table"
            sort={null}
            rows={years}
            rowKey={(p) => p.date}
            columns={[
              { key: 'year', label: t('delay.year'), render: (p) => p.date.slice(0, 4) },
              { key: 'promised', label: t('delay.promised'), numeric: true, render: (p) => f1(p.promisedMinutes) },
              { key: 'expected', label: t('delay.expected'), numeric: true, render: (p) => f1(p.expectedMinutes) },
              { key: 'delayed', label: t('delay.delayed', when), numeric: true, render: (p) => f1(p.delayedMinutes) },
            ]}
          />
        }
      />
      {c.worst.length > 0 && (
        <DataTable
          testId="delay-worst"
          caption={t(forward ? 'delay.bestCaption' : 'delay.worstCaption')}
          columns={worstColumns}
          rows={c.worst}
          rowKey={(p) => `${p.from}|${p.to}`}
          sort={null}
        />
      )}
    </div>
  )
})

/**
 * The delay in months. Stepped with the arrows it shows each value at once, and the page (with the
 * timeline of the delay) follows once the value rests (`useDraft`); only this field redraws per step.
 */
function MonthsField({ months, onMonths }: { months: number; onMonths: (months: number) => void }) {
  const { t } = useTranslation()
  // The timeline of a delay follows once the months rest (300 ms), not at every step.
  const [shown, setShown] = useDraft(months, onMonths, 300, 'rest')
  return (
    <label>
      <span>{t('delay.months')}</span>
      <input
        type="number"
        inputMode="numeric"
        min={-MAX_DELAY_MONTHS}
        max={MAX_DELAY_MONTHS}
        step={1}
        value={shown}
        data-testid="delay-months"
        onChange={(e) => {
          const next = Number(e.target.value)
          if (Number.isInteger(next) && Math.abs(next) <= MAX_DELAY_MONTHS) setShown(next)
        }}
      />
    </label>
  )
}
