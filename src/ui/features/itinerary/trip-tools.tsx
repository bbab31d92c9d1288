/**
 * Keep and share a trip
 * =====================
 * Under the plan: save it as a named tour (with a note for the tour and one per stop), save changes
 * to the tour it came from (refused if another tab saved it meanwhile), export GPX, iCalendar,
 * GeoJSON, CSV or markdown, print the roadbook, copy the link or share it. When a saved tour's plan
 * differs today from when it was saved (a link opened since), it says how.
 */
import { useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import {
  defaultTripTitle,
  foldText,
  formatPartialDate,
  MAX_STOP_NOTE,
  MAX_TOUR_NAME,
  MAX_TOUR_NOTE,
  planChanges,
  snapshotPlan,
  tripCsv,
  tripGeoJson,
  tripGpx,
  tripIcs,
  tripMarkdown,
  vietnamToday,
  type Itinerary,
  type PlanChange,
  type SavedRequest,
  type SavedTour,
  type TripExportOptions,
  placeName,
  projectName,
} from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { downloadText } from '../../components/download.ts'
import { useTours } from '../../storage/tours-context.tsx'
import { newTourId, sameRequest, tripAddressOf } from '../../state/trip-address.ts'
import { StorageNotice } from '../../components/storage-notice.tsx'
import { draftOf, type TourDraft } from './tour-draft.ts'

export type { TourDraft } from './tour-draft.ts'

/** A file name from a title: letters without diacritics, digits and dashes. */
export function fileNameOf(title: string, ext: string): string {
  const slug = foldText(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${slug || 'trip'}.${ext}`
}

const FORMATS = [
  { key: 'gpx', type: 'application/gpx+xml' },
  { key: 'ics', type: 'text/calendar;charset=utf-8' },
  { key: 'geojson', type: 'application/geo+json' },
  { key: 'csv', type: 'text/csv;charset=utf-8' },
  { key: 'md', type: 'text/markdown;charset=utf-8' },
] as const

function ChangeList({ changes }: { changes: readonly PlanChange[] }) {
  const { t } = useTranslation()
  const { dataset, language } = useApp()
  const place = (id: string) => placeName(dataset, id, language)
  const project = (id: string) => projectName(dataset, id, language)
  return (
    <ul>
      {changes.map((c, i) => (
        <li key={i}>
          {c.kind === 'projects'
            ? [
                c.opened.length ? t('tripTools.changes.opened', { projects: c.opened.map(project).join(', ') }) : '',
                c.closed.length ? t('tripTools.changes.closed', { projects: c.closed.map(project).join(', ') }) : '',
              ]
                .filter(Boolean)
                .join(' ')
            : c.kind === 'added'
              ? t('tripTools.changes.added', { places: c.places.map(place).join(', ') })
              : c.kind === 'dropped'
                ? t('tripTools.changes.dropped', { places: c.places.map(place).join(', ') })
                : c.kind === 'order'
                  ? t('tripTools.changes.order')
                  : c.kind === 'days'
                    ? t('tripTools.changes.days', { before: c.before, after: c.after })
                    : c.kind === 'times'
                      ? t('tripTools.changes.times', {
                          day: c.day,
                          before: `${c.before.depart}–${c.before.arrive}`,
                          after: `${c.after.depart}–${c.after.arrive}`,
                        })
                      : t(c.after ? 'tripTools.changes.nowFits' : 'tripTools.changes.noLongerFits')}
        </li>
      ))}
    </ul>
  )
}

export function TripTools({
  itinerary,
  request,
  tour,
  draft,
  onDraft,
}: {
  itinerary: Itinerary
  request: SavedRequest
  tour: SavedTour | null
  draft: TourDraft
  /** A new draft, or a change to the current one (two quick edits in a row both count). */
  onDraft: (next: TourDraft | ((current: TourDraft) => TourDraft)) => void
}) {
  const { t } = useTranslation()
  const { dataset, language, text } = useApp()
  const navigate = useNavigate()
  const tours = useTours()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function'
  const defaultTitle = defaultTripTitle(dataset, request.start, itinerary.order[0], itinerary.days.length, language)
  const title = draft.name.trim() || defaultTitle
  const url = typeof window === 'undefined' ? '' : window.location.href
  /** Export options at the moment of a download (the file records when it was made). */
  const exportOptions = (): TripExportOptions => ({
    lang: language,
    title,
    ...(draft.note && { tourNote: draft.note }),
    stopNotes: draft.stopNotes,
    url,
    generatedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  })
  const changes = useMemo(
    () => (tour?.plan && sameRequest(tour.request, request) ? planChanges(tour.plan, itinerary) : []),
    [tour, request, itinerary],
  )
  const dirty =
    tour !== null &&
    (tour.name !== draft.name ||
      tour.note !== draft.note ||
      JSON.stringify(tour.stopNotes) !== JSON.stringify(draft.stopNotes) ||
      !sameRequest(tour.request, request))

  const write = async (asNew: boolean) => {
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    // The revision the edit started from: if another tab saved since, the store refuses (conflict).
    const base = asNew || !tour ? null : draft.base
    const next: SavedTour = {
      id: asNew || !tour ? newTourId() : tour.id,
      name: title.slice(0, MAX_TOUR_NAME),
      note: draft.note,
      stopNotes: Object.fromEntries(Object.entries(draft.stopNotes).filter(([, v]) => v.trim() !== '')),
      request,
      plan: snapshotPlan(itinerary),
      createdAt: asNew || !tour ? now : tour.createdAt,
      updatedAt: now,
      revision: asNew || !tour ? 1 : tour.revision,
    }
    setBusy(true)
    const saved = await tours.save(next, base)
    setBusy(false)
    if (!saved) return
    setMessage(t('tripTools.saved', { name: saved.name }))
    onDraft(draftOf(saved))
    const params = new URLSearchParams(window.location.search)
    if (params.get('tour') !== saved.id) {
      params.set('tour', saved.id)
      navigate(`${window.location.pathname}?${params.toString()}`, { replace: true })
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void write(false)
  }
  const download = (key: (typeof FORMATS)[number]['key'], type: string) => {
    const options = exportOptions()
    const body =
      key === 'gpx'
        ? tripGpx(itinerary, dataset, options)
        : key === 'ics'
          ? tripIcs(itinerary, dataset, options)
          : key === 'geojson'
            ? `${JSON.stringify(tripGeoJson(itinerary, dataset, options), null, 2)}\n`
            : key === 'csv'
              ? tripCsv(itinerary, dataset, options)
              : tripMarkdown(itinerary, dataset, options)
    downloadText(fileNameOf(title, key), body, type)
    setMessage(t('tripTools.exported', { file: fileNameOf(title, key) }))
  }
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setMessage(t('tripTools.copied'))
    } catch {
      setMessage(t('tripTools.copyFailed', { url }))
    }
  }
  const share = async () => {
    try {
      await navigator.share({ title, url })
    } catch {
      // The user closed the share sheet: nothing to say.
    }
  }
  const stops = itinerary.days.flatMap((d) => d.stops)
  return (
    <section className="trip-tools" aria-labelledby="trip-tools-title" data-testid="trip-tools">
      <h2 id="trip-tools-title">{t('tripTools.title')}</h2>
      {tour && (
        <p data-testid="tour-status">
          {t('tripTools.tourStatus', {
            name: tour.name,
            date: formatPartialDate(vietnamToday(Date.parse(tour.updatedAt)), language),
            revision: tour.revision,
          })}
          {dirty && <strong> · {t('tripTools.unsaved')}</strong>}
        </p>
      )}
      {changes.length > 0 && (
        <div className="notices" role="status" data-testid="plan-changed">
          <p>
            {t('tripTools.planChanged', {
              date: formatPartialDate(vietnamToday(Date.parse(tour!.updatedAt)), language),
            })}
          </p>
          <ChangeList changes={changes} />
        </div>
      )}
      <StorageNotice
        onConflictOpen={
          tours.fault?.kind === 'conflict'
            ? () => {
                const current = (tours.fault as { current: SavedTour }).current
                tours.dismissFault()
                onDraft(draftOf(current))
                navigate(tripAddressOf(current.request, current.id, language))
              }
            : undefined
        }
      />
      <form className="tour-form" onSubmit={submit}>
        <label>
          <span>{t('tripTools.name')}</span>
          <input
            value={draft.name}
            placeholder={defaultTitle}
            maxLength={MAX_TOUR_NAME}
            data-testid="tour-name"
            onChange={(e) => {
              const name = e.target.value
              onDraft((d) => ({ ...d, name }))
            }}
          />
        </label>
        <label>
          <span>{t('tripTools.note')}</span>
          <textarea
            value={draft.note}
            maxLength={MAX_TOUR_NOTE}
            rows={2}
            data-testid="tour-note"
            onChange={(e) => {
              const note = e.target.value
              onDraft((d) => ({ ...d, note }))
            }}
          />
        </label>
        <details className="stop-notes">
          <summary>{t('tripTools.stopNotes', { count: stops.length })}</summary>
          {stops.map((s) => (
            <label key={s.place}>
              <span>{text(dataset.placeById.get(s.place)?.name)}</span>
              <textarea
                value={draft.stopNotes[s.place] ?? ''}
                maxLength={MAX_STOP_NOTE}
                rows={2}
                data-stop-note={s.place}
                onChange={(e) => {
                  const value = e.target.value
                  onDraft((d) => ({ ...d, stopNotes: { ...d.stopNotes, [s.place]: value } }))
                }}
              />
            </label>
          ))}
        </details>
        <div className="tour-buttons">
          <button type="submit" disabled={busy || tours.status !== 'ready'} data-testid="save-tour">
            {tour ? t('tripTools.saveChanges') : t('tripTools.save')}
          </button>
          {tour && (
            <button type="button" disabled={busy} onClick={() => void write(true)} data-testid="save-as-new">
              {t('tripTools.saveAsNew')}
            </button>
          )}
        </div>
      </form>
      <div className="export-buttons" role="group" aria-label={t('tripTools.exports')}>
        {FORMATS.map((f) => (
          <button key={f.key} type="button" onClick={() => download(f.key, f.type)} data-export={f.key}>
            {t(`tripTools.format.${f.key}`)}
          </button>
        ))}
      </div>
      <div className="export-buttons">
        <button type="button" onClick={() => window.print()} data-testid="print">
          {t('tripTools.print')}
        </button>
        <button type="button" onClick={() => void copyLink()} data-testid="copy-link">
          {t('tripTools.copyLink')}
        </button>
        {canShare && (
          <button type="button" onClick={() => void share()}>
            {t('tripTools.share')}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" className="muted" data-testid="trip-tools-status">
        {message}
      </p>
    </section>
  )
}
