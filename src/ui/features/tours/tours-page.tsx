/**
 * `/tours`: the tours saved in this browser. Open, rename, duplicate, delete (with undo), export all
 * as one file and import a file back (never overwriting what is here). Every storage fault is said,
 * with a way to keep the data (export).
 */
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import {
  formatPartialDate,
  MAX_TOUR_NAME,
  parseToursFile,
  planImport,
  vietnamToday,
  type SavedTour,
  placeName,
} from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { useTours } from '../../storage/tours-context.tsx'
import { newTourId, tripAddressOf } from '../../state/trip-address.ts'
import { exportAllTours, StorageNotice } from '../../components/storage-notice.tsx'

/** Largest tours file read, in bytes (checked before reading). */
const MAX_IMPORT_BYTES = 16 * 1024 * 1024

function TourItem({ tour, onDeleted }: { tour: SavedTour; onDeleted: (tour: SavedTour) => void }) {
  const { t } = useTranslation()
  const { dataset, language } = useApp()
  const { save, remove } = useTours()
  const [renaming, setRenaming] = useState(false)
  const [name, setName] = useState(tour.name)
  const place = (id: string) => placeName(dataset, id, language)
  const sites = [...tour.request.visit, ...tour.request.optional]
  const rename = async (e: FormEvent) => {
    e.preventDefault()
    if (!name.trim()) return
    const saved = await save({ ...tour, name: name.trim() }, tour.revision)
    if (saved) setRenaming(false)
  }
  const duplicate = async () => {
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    await save(
      {
        ...tour,
        id: newTourId(),
        name: t('tours.copyOf', { name: tour.name }).slice(0, MAX_TOUR_NAME),
        createdAt: now,
        updatedAt: now,
        revision: 1,
      },
      null,
    )
  }
  return (
    <li className="tour-item" data-tour={tour.id}>
      {renaming ? (
        <form onSubmit={(e) => void rename(e)} className="tour-rename">
          <label>
            <span className="visually-hidden">{t('tours.newName')}</span>
            <input
              value={name}
              maxLength={MAX_TOUR_NAME}
              onChange={(e) => setName(e.target.value)}
              autoFocus
              data-testid="rename-input"
            />
          </label>
          <button type="submit">{t('tours.saveName')}</button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t('tours.cancel')}
          </button>
        </form>
      ) : (
        <h2 className="tour-name">
          <Link to={tripAddressOf(tour.request, tour.id, language)}>{tour.name}</Link>
        </h2>
      )}
      <p className="muted">
        {t('tours.meta', {
          start: place(tour.request.start),
          sites: t('tours.sites', { count: sites.length }),
          days: t('tours.days', { count: tour.request.days }),
          date: formatPartialDate(tour.request.date, language),
          updated: formatPartialDate(vietnamToday(Date.parse(tour.updatedAt)), language),
        })}
      </p>
      {sites.length > 0 && <p className="tour-sites">{sites.map(place).join(' · ')}</p>}
      {tour.note && <p className="tour-note">{tour.note}</p>}
      <div className="tour-actions">
        <Link to={tripAddressOf(tour.request, tour.id, language)} className="button-link">
          {t('tours.open')}
        </Link>
        <button type="button" onClick={() => setRenaming(true)} data-action="rename">
          {t('tours.rename')}
        </button>
        <button type="button" onClick={() => void duplicate()} data-action="duplicate">
          {t('tours.duplicate')}
        </button>
        <button
          type="button"
          data-action="delete"
          onClick={async () => {
            const removed = await remove(tour.id)
            if (removed) onDeleted(removed)
          }}
        >
          {t('tours.delete')}
        </button>
      </div>
    </li>
  )
}

export function ToursPage() {
  const { t } = useTranslation()
  const { today, language } = useApp()
  const tours = useTours()
  const [deleted, setDeleted] = useState<SavedTour | null>(null)
  const [report, setReport] = useState<{ ok: boolean; lines: string[] } | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setReport({
        ok: false,
        lines: [t('tours.importTooLarge', { name: file.name, mb: MAX_IMPORT_BYTES / 1024 / 1024 })],
      })
      return
    }
    const read = parseToursFile(await file.text())
    if (!read.ok) {
      setReport({
        ok: false,
        lines: [t('tours.importRefused', { name: file.name }), ...read.problems.map((p) => p.message)],
      })
      return
    }
    const plan = planImport(tours.tours, read.tours, newTourId, t('tours.importedSuffix'))
    const added = await tours.importTours(plan.add)
    setReport({
      ok: added === plan.add.length,
      lines: [
        t('tours.importDone', { count: added, unchanged: plan.unchanged, copies: plan.copies }),
        ...read.skipped.map((p) =>
          t('tours.importSkipped', { index: p.index === null ? '' : p.index + 1, id: p.id ?? '?', message: p.message }),
        ),
      ],
    })
  }
  return (
    <main className="page" id="main">
      <h1>{t('tours.title')}</h1>
      <p className="muted">{t('tours.intro')}</p>
      <StorageNotice />
      <div className="tour-file-actions">
        <button
          type="button"
          onClick={() => exportAllTours(tours.tours, today)}
          disabled={tours.tours.length === 0}
          data-testid="export-all"
        >
          {t('tours.exportAll', { count: tours.tours.length })}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} data-testid="import">
          {t('tours.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('tours.import')}
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void importFile(file)
          }}
        />
      </div>
      {report && (
        <div
          className={report.ok ? 'import-report' : 'notices'}
          role={report.ok ? 'status' : 'alert'}
          data-testid="import-report"
        >
          {report.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
      {deleted && (
        <p className="undo-bar" role="status" data-testid="undo-bar">
          {t('tours.deleted', { name: deleted.name })}{' '}
          <button
            type="button"
            data-testid="undo"
            onClick={async () => {
              if (await tours.restore(deleted)) setDeleted(null)
            }}
          >
            {t('tours.undo')}
          </button>
        </p>
      )}
      {tours.status === 'loading' ? (
        <p role="status">{t('tours.loading')}</p>
      ) : tours.tours.length === 0 ? (
        <p data-testid="no-tours">
          {t('tours.empty')} <Link to={`/itinerary?lang=${language}`}>{t('tours.planOne')}</Link>
        </p>
      ) : (
        <ul className="tour-list" data-testid="tour-list">
          {tours.tours.map((tour) => (
            <TourItem key={tour.id} tour={tour} onDeleted={setDeleted} />
          ))}
        </ul>
      )}
    </main>
  )
}
