import { useTranslation } from 'react-i18next'
import type { UrlNotice } from '../state/url-scenario.ts'

/** Notices about the address (bad or unknown values), shown politely above a usable page. */
export function NoticeList({ notices }: { notices: readonly UrlNotice[] }) {
  const { t } = useTranslation()
  if (notices.length === 0) return null
  return (
    <div className="notices" role="alert">
      <ul>
        {notices.map((n, i) => (
          <li key={`${n.key}-${i}`}>{t(n.key, n.values)}</li>
        ))}
      </ul>
    </div>
  )
}
