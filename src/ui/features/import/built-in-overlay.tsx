/**
 * The embedded places and the 2023 agreement's nine projects as the import's overlay, in one tap (the
 * command line's `overlay`): the file is made in the worker and chosen as if picked from disk, and
 * what cannot follow onto imported roads is said, with the file to download and complete by hand.
 */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApp } from '../../app/app-context.tsx'
import type { EmbeddedOverlayAnswer } from '../../worker/embedded-overlay.ts'

export function BuiltInOverlay({ chosen, onChoose }: { chosen: File | null; onChoose: (file: File) => void }) {
  const { t } = useTranslation()
  const { core, text } = useApp()
  const [made, setMade] = useState<{ file: File; answer: EmbeddedOverlayAnswer } | null>(null)
  const [busy, setBusy] = useState(false)
  const use = async () => {
    setBusy(true)
    try {
      const answer = await core.ask({ type: 'embedded-overlay' })
      const file = new File([answer.text], t('importer.builtInFile'), { type: 'application/json' })
      setMade({ file, answer })
      onChoose(file)
    } finally {
      setBusy(false)
    }
  }
  const active = made !== null && chosen === made.file
  const href = useMemo(() => (active ? URL.createObjectURL(made.file) : null), [active, made])
  useEffect(() => () => void (href && URL.revokeObjectURL(href)), [href])
  return (
    <div className="built-in-overlay">
      <button type="button" onClick={() => void use()} disabled={busy} data-testid="import-built-in">
        {t('importer.builtIn')}
      </button>
      {active && (
        <div className="muted" data-testid="import-built-in-note">
          <p>
            {t('importer.builtInMade', {
              places: t('importer.places', { count: made.answer.places, n: made.answer.places }),
              count: made.answer.projects,
            })}{' '}
            <a href={href!} download={made.file.name}>
              {t('importer.builtInDownload')}
            </a>
          </p>
          {made.answer.leftOut.length > 0 && (
            <>
              <p>{t('importer.builtInLeftOut')}</p>
              <ul>
                {made.answer.leftOut.map((l, i) => (
                  <li key={i}>
                    {text(l.name)}:{' '}
                    {l.field === 'upgrades'
                      ? t('importer.builtInUpgrades', { count: l.links })
                      : t('importer.builtInReplaces', { count: l.links })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  )
}
