/**
 * `/import`: real road data into a network, in the browser. Choose an OpenStreetMap extract or GeoJSON
 * road lines (and an overlay of heritage sites and dated projects); the worker runs the command line's
 * import (`importNetwork`) and says what it read, kept, left out, joined and refused; the network can
 * be downloaded as a dataset and tried with a route at any date (a planned bridge before and after it
 * opens). The embedded network of the other pages is not replaced.
 */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  DEFAULT_JSON_LIMITS,
  IMPORT_FORMATS,
  importFormatOf,
  isBinaryImportFormat,
  type ImportFormat,
  type ImportProblem,
} from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import type { ImportAnswer } from '../../worker/imported-networks.ts'
import { FileField } from './file-field.tsx'
import { BuiltInOverlay } from './built-in-overlay.tsx'
import { ImportResult } from './import-result.tsx'

/** Largest file read, in bytes (the command line's cap; checked before reading). */
const MAX_BYTES = DEFAULT_JSON_LIMITS.maxChars

type Status = { kind: 'idle' } | { kind: 'running' } | { kind: 'error'; message: string }

/** The name of each format the core reads (a new format fails to compile until it has one). */
const FORMAT_LABELS = {
  osm: 'importer.formatOsm',
  pbf: 'importer.formatPbf',
  geojson: 'importer.formatGeojson',
} as const satisfies Record<ImportFormat, string>

/** How an error names the file it is about. */
const FILE_LABELS = {
  from: 'importer.fileRoads',
  overlay: 'importer.fileOverlay',
  speeds: 'importer.fileSpeeds',
} as const satisfies Record<Extract<ImportAnswer, { ok: false }>['file'], string>

export function ImportPage() {
  const { t } = useTranslation()
  const { core } = useApp()
  const [roads, setRoads] = useState<File | null>(null)
  const [overlay, setOverlay] = useState<File | null>(null)
  const [speeds, setSpeeds] = useState<File | null>(null)
  const [format, setFormat] = useState<'auto' | ImportFormat>('auto')
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [answer, setAnswer] = useState<Extract<ImportAnswer, { ok: true }> | null>(null)

  // Every problem has a message in each language (`satisfies` in messages.ts); the values are the
  // problem's own, which i18next cannot check against a key chosen at run time.
  const problemMessage = (problem: ImportProblem): string =>
    (t as unknown as (key: string, values: object) => string)(`importer.fileProblems.${problem.key}`, {
      ...(problem.values as object | undefined),
    })

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
    const refused = tooLarge(roads) ?? (overlay && tooLarge(overlay)) ?? (speeds && tooLarge(speeds))
    if (refused) return setStatus({ kind: 'error', message: refused })
    setStatus({ kind: 'running' })
    try {
      const reply = await core.ask({
        type: 'import',
        format: chosen,
        // A PBF file is read as bytes, the text formats as text.
        data: isBinaryImportFormat(chosen) ? new Uint8Array(await roads.arrayBuffer()) : await roads.text(),
        name: roads.name,
        overlay: overlay ? { text: await overlay.text(), name: overlay.name } : null,
        speeds: speeds ? { text: await speeds.text(), name: speeds.name } : null,
      })
      if (!reply.ok) {
        // What was here before stays: a bad file replaces nothing.
        const file = { from: roads, overlay, speeds }[reply.file]
        return setStatus({
          kind: 'error',
          message: t('importer.fileError', {
            file: t(FILE_LABELS[reply.file]),
            name: file?.name ?? '',
            message: problemMessage(reply.problem),
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
          accept=".osm,.pbf,.geojson,.json,application/json,application/xml,text/xml,application/octet-stream"
          file={roads}
          onFile={setRoads}
          testId="import-roads"
        />
        <label>
          <span>{t('importer.format')}</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as typeof format)}>
            <option value="auto">{t('importer.formatAuto')}</option>
            {IMPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(FORMAT_LABELS[f])}
              </option>
            ))}
          </select>
        </label>
        <FileField
          label={t('importer.overlay')}
          accept=".json,application/json"
          file={overlay}
          onFile={setOverlay}
          testId="import-overlay"
        />
        <BuiltInOverlay chosen={overlay} onChoose={setOverlay} />
        <FileField
          label={t('importer.speeds')}
          accept=".json,application/json"
          file={speeds}
          onFile={setSpeeds}
          testId="import-speeds"
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
