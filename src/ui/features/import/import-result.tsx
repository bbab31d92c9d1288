/**
 * What an import read, kept, left out, joined and refused; the network to download; its projects; and
 * a route on it.
 */
import { useTranslation } from 'react-i18next'
import { formatPartialDate, LEFT_OUT, SNAP_WARNING_KM, type RecordProblem } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { downloadBlob } from '../../components/download.ts'
import type { ImportAnswer } from '../../worker/imported-networks.ts'
import { ImportedRoute } from './imported-route.tsx'
import { ImportedCompare } from './imported-compare.tsx'
import { ImportedTrip } from './imported-trip.tsx'
import { DataTable } from '../../components/data-table.tsx'
import { useIssueText } from '../../components/issue-text.ts'

/** The first messages of a list the import capped, and how many more there are. */
function CappedList({ items, total }: { items: readonly string[]; total: number }) {
  const { t } = useTranslation()
  const { fmt } = useApp()
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
      {total > items.length && <li>{t('importer.more', { n: fmt.count(total - items.length) })}</li>}
    </ul>
  )
}

export function ImportResult({ answer, source }: { answer: Extract<ImportAnswer, { ok: true }>; source: string }) {
  const { t } = useTranslation()
  const { fmt, text, language } = useApp()
  const issueText = useIssueText()
  const r = answer.report
  // Counts in the page's number format; `count` picks the plural.
  const counted = (key: 'places' | 'links' | 'points' | 'projects', count: number) =>
    t(`importer.${key}`, { count, n: fmt.count(count) })
  const places = (count: number) => counted('places', count)
  const links = (count: number) => counted('links', count)
  const left = Object.entries(r.ways.leftOut).sort((a, b) => b[1] - a[1])
  // A tag (`highway=footway`) is shown as it is; the report's own words are translated.
  const leftOutReason = (why: string) => {
    const key = (Object.keys(LEFT_OUT) as Array<keyof typeof LEFT_OUT>).find((k) => LEFT_OUT[k] === why)
    return key ? t(`importer.leftOutReason.${key}`) : why
  }
  // Every skipped record has a message per language (`satisfies` in messages.ts); its values are its
  // own, which i18next cannot check against a key chosen at run time. OSM's element names are words too.
  const recordText = (p: RecordProblem): string => {
    const values: Record<string, string> = { ...p.values }
    if (p.key === 'element-no-id') values.element = t(`importer.osmElement.${p.values.element}`)
    return (t as unknown as (key: string, values: object) => string)(`importer.recordProblems.${p.key}`, values)
  }
  return (
    <section className="import-result" aria-labelledby="import-report-title" data-testid="import-result">
      <h2 id="import-report-title">{t('importer.reportTitle')}</h2>
      <ul className="import-report-lines" data-testid="import-report">
        <li>{t('importer.ways', { count: r.ways.read, n: fmt.count(r.ways.read), kept: fmt.count(r.ways.kept) })}</li>
        {left.length > 0 && (
          <li>
            {t('importer.leftOut', {
              list: left.map(([why, n]) => `${fmt.count(n)} × ${leftOutReason(why)}`).join(', '),
            })}
          </li>
        )}
        <li>
          {t('importer.network', {
            places: places(r.places),
            links: links(r.links),
            oneway: fmt.count(r.oneway),
            points: counted('points', r.points.contracted),
          })}
        </li>
        {r.disconnected.places > 0 && (
          <li>
            {t('importer.dropped', { places: places(r.disconnected.places), links: links(r.disconnected.links) })}
          </li>
        )}
        {r.speeds && (
          <li data-testid="import-speeds-used">
            {t('importer.speedsUsed', {
              file: r.speeds.file,
              list: Object.entries(r.speeds.table)
                .map(([kind, kmh]) => `${kind} ${fmt.kmh(kmh)}`)
                .join(', '),
              links: links(r.speeds.links),
            })}
          </li>
        )}
      </ul>
      {r.problems.length > 0 && (
        <details data-testid="import-problems">
          <summary>
            {t('importer.problems')} ({fmt.count(r.problems.length)})
          </summary>
          <ul>
            {r.problems.slice(0, 100).map((p, i) => (
              <li key={i}>{recordText(p)}</li>
            ))}
          </ul>
        </details>
      )}
      {answer.joined.length > 0 && (
        <DataTable
          caption={t('importer.joinedTitle')}
          testId="import-joined"
          sort={null}
          rows={answer.joined}
          rowKey={(s) => s.record}
          columns={[
            { key: 'record', label: t('importer.joinedRecord'), render: (s) => s.record },
            {
              key: 'to',
              label: t('importer.joinedTo'),
              render: (s) => (s.road ? t('importer.joinedOnRoad', { junction: s.to, road: s.road }) : s.to),
            },
            {
              key: 'km',
              label: t('importer.joinedKm'),
              numeric: true,
              render: (s) => (
                <>
                  {fmt.distance(s.km)}
                  {s.km > SNAP_WARNING_KM && <strong> — {t('importer.joinFar')}</strong>}
                </>
              ),
            },
          ]}
        />
      )}
      {answer.warningCount > 0 && (
        <details>
          <summary>{t('importer.warnings', { count: answer.warningCount, n: fmt.count(answer.warningCount) })}</summary>
          <CappedList items={answer.warnings.map(issueText)} total={answer.warningCount} />
        </details>
      )}
      {answer.errorCount > 0 ? (
        <div role="alert" data-testid="import-refused">
          <p>{t('importer.refused', { count: answer.errorCount, n: fmt.count(answer.errorCount) })}</p>
          <CappedList items={answer.errors.map(issueText)} total={answer.errorCount} />
        </div>
      ) : (
        <>
          <p className="route-total" data-testid="import-ready">
            {t('importer.ready', {
              places: places(answer.counts.places),
              links: links(answer.counts.links),
              projects: counted('projects', answer.counts.projects),
            })}
          </p>
          {answer.download && (
            <button
              type="button"
              onClick={() => downloadBlob(`${source.replace(/\.[^.]+$/, '')}.network.json`, answer.download!)}
            >
              {t('importer.download')}
            </button>
          )}
          {answer.projects.length > 0 && (
            <>
              <h3>{t('importer.projectsTitle')}</h3>
              <ul data-testid="import-projects">
                {answer.projects.map((p) => (
                  <li key={p.id}>
                    {text(p.name) || p.id} — {p.date ? formatPartialDate(p.date, language) : t('importer.noDate')}
                  </li>
                ))}
              </ul>
            </>
          )}
          {answer.key && <ImportedRoute answer={answer} networkKey={answer.key} />}
          {answer.key && <ImportedTrip answer={answer} networkKey={answer.key} />}
          {answer.key && <ImportedCompare answer={answer} networkKey={answer.key} />}
        </>
      )}
    </section>
  )
}
