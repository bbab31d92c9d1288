/**
 * `/compare`: before and after, for planners. Each side is a full scenario (preset or date, basis,
 * projects added or removed), with shared assumed dates; the answer counts trips that got faster and
 * slower, maps the change, ranks the projects in trips and minutes per trip (saying why a project
 * changes nothing), prices a delay, lists the critical links, and offers every pair as CSV and the
 * whole comparison as the markdown report the command line writes. The page has its own scenario
 * controls, so the global scenario bar is not shown here.
 */
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { datasetGateways, defaultComparePlaces, describeScenario, resolveScenario } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useCoreQuery } from '../../hooks/use-core-query.ts'
import { useSearchState } from '../../state/use-search-state.ts'
import { NoticeList } from '../../components/notice-list.tsx'
import { QueryFailure } from '../../components/query-failure.tsx'
import { assumeParam, hasAnnouncedDate } from '../../state/url-scenario.ts'
import { AssumedDates } from '../../components/scenario/assumed-dates.tsx'
import { readCompareState, sideParams, sideRequest, type Side, type SideState } from './compare-url.ts'
import { SideEditor } from './side-editor.tsx'
import { CompareSummary } from '../../components/compare-summary.tsx'
import { ChangeMapSection } from './change-map-section.tsx'
import { ProjectsSection } from './projects-section.tsx'
import { DelaySection } from './delay-section.tsx'
import { CriticalSection } from './critical-section.tsx'
import { ReachSection } from './reach-section.tsx'
import { PairsSection } from './pairs-section.tsx'
import { DayTripsSection } from './day-trips-section.tsx'

export function ComparePage() {
  const { t } = useTranslation()
  const { dataset, today, language } = useApp()
  const { params, update } = useSearchState()
  const search = params.toString()
  // The map measures from a gateway by default (Hà Nội first), or from any compared place.
  const origins = useMemo(() => {
    const gateways = datasetGateways(dataset)
    return [...gateways, ...defaultComparePlaces(dataset).filter((p) => !gateways.includes(p))]
  }, [dataset])
  const state = useMemo(
    () => readCompareState(dataset, new URLSearchParams(search), origins),
    [dataset, search, origins],
  )
  // The scenarios as values: the same objects while only something else in the address changes (a
  // delay being stepped, a page of pairs), so what depends on them is not redrawn for nothing.
  const sidesKey = JSON.stringify([state.before, state.after, state.assume])
  const sides = useMemo(
    () => JSON.parse(sidesKey) as [SideState, SideState, Readonly<Record<string, string>>],
    [sidesKey],
  )
  const assume = sides[2]
  const before = useMemo(() => sideRequest(sides[0], sides[2]), [sides]),
    after = useMemo(() => sideRequest(sides[1], sides[2]), [sides])
  const answer = useCoreQuery({ type: 'compare' as const, before, after, today })
  const trips = useCoreQuery({ type: 'compare-day-trips' as const, before, after, today })
  const value = answer.status === 'done' ? answer.value : answer.status === 'loading' ? answer.previous : null
  const comparison = value?.ok ? value.comparison : null
  const dayTrips = trips.status === 'done' ? trips.value : null

  const setAssume = useCallback((next: Record<string, string>) => update({ assume: assumeParam(next) }), [update])
  const scenarioControls = useMemo(() => {
    const setSide =
      (side: Side) => (change: (current: SideState, assume: Readonly<Record<string, string>>) => SideState) =>
        update((current) => {
          const now = readCompareState(dataset, current, origins)
          return sideParams(side, change(now[side], now.assume))
        })
    const swap = () => update({ ...sideParams('before', sides[1]), ...sideParams('after', sides[0]) })
    const described = (request: typeof before) => {
      try {
        return describeScenario(resolveScenario(dataset, request, today), dataset, language)
      } catch {
        return ''
      }
    }
    return (
      <>
        <form className="compare-form" onSubmit={(e) => e.preventDefault()} aria-label={t('compare.scenarios')}>
          <SideEditor side="before" state={sides[0]} request={before} onChange={setSide('before')} />
          <button type="button" className="swap-button" onClick={swap} data-testid="swap-sides">
            <span aria-hidden="true">⇄ </span>
            {t('compare.swap')}
          </button>
          <SideEditor side="after" state={sides[1]} request={after} onChange={setSide('after')} />
        </form>
        <details className="compare-assumed" open={Object.keys(sides[2]).length > 0}>
          <summary>{t('compare.assumedSummary', { count: Object.keys(sides[2]).length })}</summary>
          <AssumedDates assume={sides[2]} onChange={setAssume} testId="compare-assumed" />
        </details>
        <p className="scenario-line" data-testid="compare-scenarios">
          <strong>{t('compare.before')}:</strong> {described(before)} <span aria-hidden="true">→</span>{' '}
          <strong>{t('compare.after')}:</strong> {described(after)}
        </p>
      </>
    )
  }, [sides, before, after, update, setAssume, dataset, origins, today, language, t])
  const defaultProject =
    dataset.projects.find((p) => hasAnnouncedDate(dataset, p.id))?.id ?? dataset.projects[0]?.id ?? ''
  const delayProject = state.delay?.project ?? defaultProject,
    delayMonths = state.delay?.months ?? 12
  const delay = useMemo(() => ({ project: delayProject, months: delayMonths }), [delayProject, delayMonths])
  const setDelay = useCallback(
    (d: { project: string; months: number }) => update({ delay: `${d.project}@${d.months}` }, { replace: true }),
    [update],
  )
  // The sections below depend on the comparison and their own settings only: kept as the same
  // elements while anything else changes (a delay being stepped), so React skips them.
  const gateway = state.gateway
  const mapAndProjects = useMemo(
    () =>
      comparison && (
        <>
          <ChangeMapSection
            comparison={comparison}
            origin={gateway}
            onOrigin={(id) => update({ gateway: id === datasetGateways(dataset)[0] ? null : id }, { replace: true })}
          />
          <ProjectsSection comparison={comparison} />
        </>
      ),
    [comparison, gateway, update, dataset],
  )
  const criticalAndReach = useMemo(
    () =>
      comparison && (
        <>
          <CriticalSection comparison={comparison} />
          <ReachSection comparison={comparison} />
        </>
      ),
    [comparison],
  )
  const { pairsPlace, pairsKind, pairsPage } = state
  const { key: sortKey, descending } = state.pairsSort
  const pairs = useMemo(
    () =>
      comparison && (
        <PairsSection
          comparison={comparison}
          dayTrips={dayTrips}
          state={{ pairsPlace, pairsKind, pairsSort: { key: sortKey, descending }, pairsPage }}
          onChange={(c) => update(c)}
        />
      ),
    [comparison, dayTrips, pairsPlace, pairsKind, sortKey, descending, pairsPage, update],
  )
  const dayTripsSection = useMemo(() => <DayTripsSection answer={trips} />, [trips])
  return (
    <main className="page wide compare-page" id="main">
      <h1>{t('compare.title')}</h1>
      <p className="muted">{t('compare.intro')}</p>
      <NoticeList notices={state.notices} />
      {scenarioControls}
      <div
        className={answer.status === 'loading' ? 'result stale' : 'result'}
        data-testid="compare-result"
        data-state={answer.status}
      >
        {answer.status === 'loading' && !value && <p role="status">{t('route.computing')}</p>}
        <QueryFailure state={answer} />
        {value && !value.ok && <p role="alert">{value.message}</p>}
        {comparison && (
          <>
            <div aria-live="polite">
              <CompareSummary summary={comparison.summary} places={comparison.places.length} />
            </div>
            <nav className="in-page" aria-label={t('compare.sections')}>
              <a href="#change-map-title">{t('changeMap.title')}</a>
              <a href="#projects-title">{t('compare.projects')}</a>
              <a href="#delay-title">{t('delay.title')}</a>
              <a href="#critical-title">{t('critical.title')}</a>
              <a href="#reach-title">{t('compare.reach')}</a>
              <a href="#pairs-title">{t('compare.pairs')}</a>
              <a href="#trips-title">{t('compare.trips')}</a>
            </nav>
            {mapAndProjects}
          </>
        )}
      </div>
      <DelaySection delay={delay} assume={assume} onDelay={setDelay} onAssume={setAssume} />
      {comparison && (
        <>
          {criticalAndReach}
          {pairs}
        </>
      )}
      {dayTripsSection}
    </main>
  )
}
