/**
 * A place of an imported network, typed by id or picked from its named places (a province has tens of
 * thousands of bare junctions, so only the named ones are offered; any id may be typed).
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useApp } from '../../app/app-context.tsx'
import type { ImportAnswer } from '../../worker/imported-networks.ts'

export function ImportedPlaceField({
  places,
  label,
  value,
  onChange,
  testId,
}: {
  places: Extract<ImportAnswer, { ok: true }>['namedPlaces']
  label: string
  value: string
  onChange: (value: string) => void
  testId: string
}) {
  const { t } = useTranslation()
  const { text } = useApp()
  const listId = useId()
  return (
    <label>
      <span>{label}</span>
      <input
        list={listId}
        value={value}
        placeholder={t('importer.placeHint')}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {places.map((p) => (
          <option key={p.id} value={p.id}>
            {text(p.name)}
          </option>
        ))}
      </datalist>
    </label>
  )
}
