/**
 * `/import`: real road data into a network, in the browser. Choose an OpenStreetMap extract or GeoJSON
 * road lines (and an overlay of heritage sites and dated projects); the worker runs the command line's
 * import (`importNetwork`) and says what it read, kept, left out, joined and refused; the network can
 * be downloaded as a dataset and tried with a route at any date (a planned bridge before and after it
 * opens). The embedded network of the other pages is not replaced.
 */
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  DEFAULT_JSON_LIMITS,
  formatPartialDate,
  importFormatOf,
  LEFT_OUT,
  SNAP_WARNING_KM,
  type ImportFormat,
} from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { downloadText } from '../../components/download.ts'
import type { ImportAnswer, ImportedRouteAnswer } from '../../worker/imported-networks.ts'

/** Largest file read, in bytes (the command line's cap; checked before reading). */
const MAX_BYTES = DEFAULT_JSON_LIMITS.maxChars

type Status = { kind: 'idle' } | { kind: 'running' } | { kind: 'error'; message: string }

export function ImportPage() {
  const { t } = useTranslation()
  const { core } = useApp()
  const [roads, setRoads] = useState<File | null>(null)
  const [overlay, setOverlay] = useState<File | null>(null)
  const [format, setFormat] = useState<'auto' | ImportFormat>('auto')
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [answer, setAnswer] = useState<Extract<ImportAnswer, { ok: true }> | null>(null)

  const tooLarge = (file: File) =>
    file.size > MAX_BYTES
      ? t('importer.tooLarge', {
          name: file.name,
          mb: (file.size / 1024 / 1024).toFixed(1),
          max: MAX_BYTES / 1024 / 1024,
        })
      : null

  const run = async (e: FormEvent) => {
    e.preventDefault()
    if (!roads) return setStatus({ kind: 'error', message: t('importer.needFile') })
    const chosen = format === 'auto' ? importFormatOf(roads.name) : format
    if (!chosen) return setStatus({ kind: 'error', message: t('importer.unknownFormat', { name: roads.name }) })
    const refused = tooLarge(roads) ?? (overlay && tooLarge(overlay))
    if (refused) return setStatus({ kind: 'error', message: refused })
    setStatus({ kind: 'running' })
    try {
      const reply = await core.ask({
        type: 'import',
        format: chosen,
        text: await roads.text(),
        name: roads.name,
        overlay: overlay ? { text: await overlay.text(), name: overlay.name } : null,
      })
      if (!reply.ok) {
        // What was here before stays: a bad file replaces nothing.
        const file = reply.file === 'from' ? roads : overlay
        return setStatus({
          kind: 'error',
          message: t('importer.fileError', {
            file: t(reply.file === 'from' ? 'importer.fileRoads' : 'importer.fileOverlay'),
            name: file?.name ?? '',
            message: reply.message,
          }),
        })
      }
      setAnswer(reply)
      setStatus({ kind: 'idle' })
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
    }
  }

  return (
    <main className="page" id="main">
      <h1>{t('importer.title')}</h1>
      <p className="muted">{t('importer.intro')}</p>
      <form className="import-form" onSubmit={(e) => void run(e)} data-testid="import-form">
        <FileField
          label={t('importer.roads')}
          accept=".osm,.geojson,.json,application/json,application/xml,text/xml"
          file={roads}
          onFile={setRoads}
          testId="import-roads"
        />
        <label>
          <span>{t('importer.format')}</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as typeof format)}>
            <option value="auto">{t('importer.formatAuto')}</option>
            <option value="osm">{t('importer.formatOsm')}</option>
            <option value="geojson">{t('importer.formatGeojson')}</option>
          </select>
        </label>
        <FileField
          label={t('importer.overlay')}
          accept=".json,application/json"
          file={overlay}
          onFile={setOverlay}
          testId="import-overlay"
        />
        <button type="submit" disabled={status.kind === 'running'} data-testid="import-run">
          {status.kind === 'running' ? t('importer.running') : t('importer.run')}
        </button>
      </form>
      <div aria-live="polite">
        {status.kind === 'error' && (
          <p role="alert" data-testid="import-error">
            {status.message}
          </p>
        )}
      </div>
      {answer && <ImportResult answer={answer} source={roads?.name ?? 'network'} />}
    </main>
  )
}

/**
 * A file input whose words are the page's (the browser's own button speaks the browser's language):
 * the input is hidden, a button opens it, and the chosen file's name is shown.
 */
function FileField({
  label,
  accept,
  file,
  onFile,
  testId,
}: {
  label: string
  accept: string
  file: File | null
  onFile: (file: File | null) => void
  testId: string
}) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const id = useId()
  return (
    <div className="file-field" role="group" aria-labelledby={id}>
      <span id={id}>{label}</span>
      <span>
        <button type="button" onClick={() => input.current?.click()}>
          {t('importer.choose')}
        </button>{' '}
        <span className="muted">{file ? file.name : t('importer.noFile')}</span>
      </span>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={label}
        data-testid={testId}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
    </div>
  )
}

function ImportResult({ answer, source }: { answer: Extract<ImportAnswer, { ok: true }>; source: string }) {
  const { t } = useTranslation()
  const { fmt, text, language } = useApp()
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
      </ul>
      {r.problems.length > 0 && (
        <details>
          <summary>
            {t('importer.problems')} ({fmt.count(r.problems.length)})
          </summary>
          <ul>
            {r.problems.slice(0, 100).map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </details>
      )}
      {answer.joined.length > 0 && (
        <div className="data-table-wrap">
          <table className="data-table" data-testid="import-joined">
            <caption>{t('importer.joinedTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('importer.joinedRecord')}</th>
                <th scope="col">{t('importer.joinedTo')}</th>
                <th scope="col" className="numeric">
                  {t('importer.joinedKm')}
                </th>
              </tr>
            </thead>
            <tbody>
              {answer.joined.map((s) => (
                <tr key={s.record}>
                  <td>{s.record}</td>
                  <td>{s.to}</td>
                  <td className="numeric">
                    {fmt.km(s.km)}
                    {s.km > SNAP_WARNING_KM && <strong> — {t('importer.joinFar')}</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {answer.warningCount > 0 && (
        <details>
          <summary>{t('importer.warnings', { count: answer.warningCount, n: fmt.count(answer.warningCount) })}</summary>
          <ul>
            {answer.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
            {answer.warningCount > answer.warnings.length && (
              <li>{t('importer.more', { n: fmt.count(answer.warningCount - answer.warnings.length) })}</li>
            )}
          </ul>
        </details>
      )}
      {answer.errorCount > 0 ? (
        <div role="alert" data-testid="import-refused">
          <p>{t('importer.refused', { count: answer.errorCount, n: fmt.count(answer.errorCount) })}</p>
          <ul>
            {answer.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
            {answer.errorCount > answer.errors.length && (
              <li>{t('importer.more', { n: fmt.count(answer.errorCount - answer.errors.length) })}</li>
            )}
          </ul>
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
          {answer.json && (
            <button
              type="button"
              onClick={() =>
                downloadText(`${source.replace(/\.[^.]+$/, '')}.network.json`, answer.json!, 'application/json')
              }
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
        </>
      )}
    </section>
  )
}

function ImportedRoute({ answer, networkKey }: { answer: Extract<ImportAnswer, { ok: true }>; networkKey: string }) {
  const { t } = useTranslation()
  const { core, today, fmt, text } = useApp()
  const listId = useId()
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
      <datalist id={listId}>
        {answer.namedPlaces.map((p) => (
          <option key={p.id} value={p.id}>
            {text(p.name)}
          </option>
        ))}
      </datalist>
      <form className="import-form" onSubmit={(e) => void find(e)}>
        <label>
          <span>{t('importer.from')}</span>
          <input
            list={listId}
            value={from}
            placeholder={t('importer.placeHint')}
            data-testid="imported-from"
            onChange={(e) => setFrom(e.target.value)}
          />
        </label>
        <label>
          <span>{t('importer.to')}</span>
          <input
            list={listId}
            value={to}
            placeholder={t('importer.placeHint')}
            data-testid="imported-to"
            onChange={(e) => setTo(e.target.value)}
          />
        </label>
        <label>
          <span>{t('importer.date')}</span>
          <input
            type="date"
            value={date}
            min="2000-01-01"
            max="2060-12-31"
            data-testid="imported-date"
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
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
