import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A file input whose words are the page's (the browser's own button speaks the browser's language):
 * the input is hidden, a button opens it, and the chosen file's name is shown.
 */
export function FileField({
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
