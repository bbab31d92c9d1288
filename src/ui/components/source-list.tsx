/**
 * Sources of a record: title, publisher and, for http(s) addresses only, a link.
 */
import { useTranslation } from 'react-i18next'
import { noteText, sourceOf } from '../../core/index.ts'
import { useApp } from '../app/app-context.tsx'

export function SourceList({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation()
  const { dataset, language } = useApp()
  const sources = [...new Set(ids)].map((id) => sourceOf(dataset, id)).filter((s) => s !== undefined)
  if (sources.length === 0) return null
  return (
    <section className="sources">
      <h2>{t('places.sources')}</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            {s.url && /^https?:\/\//.test(s.url) ? (
              <a href={s.url} rel="noreferrer noopener" target="_blank">
                {noteText(s.title, language)}
              </a>
            ) : (
              noteText(s.title, language)
            )}
            {s.publisher && <span className="muted"> — {s.publisher}</span>}
            {s.weak && <em className="estimate-tag"> — {t('places.weakSource')}</em>}
            {s.kind === 'estimate' && s.note && <div className="muted small">{noteText(s.note, language)}</div>}
          </li>
        ))}
      </ul>
    </section>
  )
}
