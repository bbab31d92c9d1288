/**
 * What the storage says, in words: a save that failed (full, unavailable, not read back), a tour
 * changed in another tab, records that could not be read, a browser that keeps nothing, a browser
 * that would not promise to keep the data. Each comes with what to do, usually "export a backup".
 */
import { useTranslation } from 'react-i18next'
import { toursFileText } from '../../core/index.ts'
import { useApp } from '../app/app-context.tsx'
import { downloadText } from './download.ts'
import { useTours } from '../storage/tours-context.tsx'

export function exportAllTours(tours: Parameters<typeof toursFileText>[0], today: string): void {
  downloadText(`tours-${today}.json`, toursFileText(tours), 'application/json;charset=utf-8')
}

export function StorageNotice({ onConflictOpen }: { onConflictOpen?: () => void }) {
  const { t } = useTranslation()
  const { today } = useApp()
  const { fault, problems, storage, persistRefused, tours, dismissFault } = useTours()
  const exportButton = (
    <button
      type="button"
      className="link-button"
      onClick={() => exportAllTours(tours, today)}
      data-testid="export-backup"
    >
      {t('tours.exportBackup')}
    </button>
  )
  return (
    <div className="storage-notices" data-testid="storage-notices">
      {fault && (
        <div className="notices" role="alert" data-fault={fault.kind}>
          <p>
            {fault.kind === 'conflict'
              ? t('storage.conflict', { revision: fault.current.revision, name: fault.current.name })
              : fault.kind === 'newer'
                ? t('storage.newer')
                : t(`storage.fault.${fault.kind}`)}{' '}
            {fault.kind !== 'conflict' && exportButton}
          </p>
          {fault.kind === 'conflict' && onConflictOpen && (
            <button type="button" onClick={onConflictOpen}>
              {t('storage.openOther')}
            </button>
          )}{' '}
          <button type="button" className="link-button" onClick={dismissFault}>
            {t('storage.dismiss')}
          </button>
        </div>
      )}
      {storage === 'memory' && !fault && (
        <p className="notices" role="status" data-testid="memory-storage">
          {t('storage.memory')} {exportButton}
        </p>
      )}
      {problems.map((p, i) => (
        <p key={i} className="notices" role="status">
          {p.kind === 'corrupt'
            ? t('storage.corrupt', { id: p.id ?? '?', message: p.message })
            : t('storage.newerRecord', { id: p.id ?? '?', version: p.version })}
        </p>
      ))}
      {persistRefused && (
        <p className="muted small" role="status">
          {t('storage.persistRefused')} {exportButton}
        </p>
      )}
    </div>
  )
}
