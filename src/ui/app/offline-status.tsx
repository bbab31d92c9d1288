/**
 * Offline and updates
 * ===================
 * Registers the service worker (production builds only), then says when the app is offline (it still
 * plans routes and trips on the embedded network; only the online map background is unavailable)
 * and when a new version has been downloaded (it is used from the next visit; saved tours stay).
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** True while the browser reports no connection. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine))
  useEffect(() => {
    const on = () => setOnline(true),
      off = () => setOnline(false)
    window.addEventListener('online', on)
    window.addEventListener('offline', off)
    return () => {
      window.removeEventListener('online', on)
      window.removeEventListener('offline', off)
    }
  }, [])
  return online
}

/** Registers `/sw.js` and reports when an update is waiting. */
function useServiceWorker(): { updateWaiting: boolean } {
  const [updateWaiting, setUpdateWaiting] = useState(false)
  useEffect(() => {
    if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
    let cancelled = false
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then((registration) => {
        if (cancelled) return
        const watch = (worker: ServiceWorker | null) => {
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) setUpdateWaiting(true)
          })
        }
        if (registration.waiting && navigator.serviceWorker.controller) setUpdateWaiting(true)
        registration.addEventListener('updatefound', () => watch(registration.installing))
      })
      .catch(() => {
        // No offline use in this browser (private mode, blocked): the app still works online.
      })
    return () => {
      cancelled = true
    }
  }, [])
  return { updateWaiting }
}

export function OfflineStatus() {
  const { t } = useTranslation()
  const online = useOnline()
  const { updateWaiting } = useServiceWorker()
  if (online && !updateWaiting) return null
  return (
    <p className="offline-status" role="status" data-testid="offline-status">
      {!online && t('offline.offline')} {updateWaiting && t('offline.update')}
    </p>
  )
}
