/**
 * Place picker
 * ============
 * A combobox for choosing a place by typing: matches names in both languages and ids, ignoring case
 * and diacritics ("con son" finds Côn Sơn). Arrow keys move, Enter picks, Escape closes. Leaving the
 * field (Tab, a tap elsewhere) picks the highlighted match, the only match or the one whose name was
 * typed in full; otherwise the typed text stays, with a hint to choose from the list: the field is never
 * emptied behind the user's back.
 */
import { memo, useId, useMemo, useState } from 'react'
import { foldText, type PlaceId } from '../../core/index.ts'
import { useTranslation } from 'react-i18next'
import { useAppBase } from '../app/app-context.tsx'

const MAX_OPTIONS = 8

/** A memo: a page that keeps `onChange` the same does not redraw its pickers at every slider step. */
export const PlacePicker = memo(function PlacePicker({
  label,
  value,
  onChange,
  testId,
}: {
  label: string
  value: PlaceId | null
  onChange: (id: PlaceId | null) => void
  testId: string
}) {
  const { dataset, text } = useAppBase()
  const id = useId()
  const chosen = value ? dataset.placeById.get(value) : undefined
  const [query, setQuery] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [unmatched, setUnmatched] = useState(false)
  const { t } = useTranslation()
  const shown = query ?? (chosen ? text(chosen.name) : '')

  const options = useMemo(() => {
    const q = foldText(query ?? '').trim()
    if (!q) return []
    const words = q.split(/\s+/)
    return dataset.places
      .map((p) => ({ p, hay: foldText(`${p.name.vi} ${p.name.en} ${p.id.replace(/-/g, ' ')}`) }))
      .filter(({ hay }) => words.every((w) => hay.includes(w)))
      .sort(
        (a, b) =>
          Number(b.p.kind === 'heritage-site') - Number(a.p.kind === 'heritage-site') || a.p.id.localeCompare(b.p.id),
      )
      .slice(0, MAX_OPTIONS)
      .map(({ p }) => p)
  }, [dataset, query])

  const pick = (placeId: PlaceId) => {
    onChange(placeId)
    setQuery(null)
    setOpen(false)
    setUnmatched(false)
  }
  // What leaving the field settles on: the highlighted option, the only one, or an exact name.
  const settle = () => {
    if (query === null) return
    if (query.trim() === '') {
      setQuery(null)
      return
    }
    const folded = foldText(query).trim()
    const exact = options.find((p) => foldText(p.name.vi) === folded || foldText(p.name.en) === folded)
    const choice = (open ? options[active] : undefined) ?? (options.length === 1 ? options[0] : undefined) ?? exact
    if (choice) pick(choice.id)
    else {
      setOpen(false)
      setUnmatched(true)
    }
  }

  return (
    <div className="place-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        value={shown}
        data-testid={testId}
        aria-expanded={open && options.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
        aria-invalid={unmatched || undefined}
        aria-describedby={unmatched ? `${id}-hint` : undefined}
        onChange={(e) => {
          setQuery(e.target.value)
          setOpen(true)
          setActive(-1)
          setUnmatched(false)
          if (e.target.value === '') onChange(null)
        }}
        onFocus={(e) => e.target.select()}
        onBlur={settle}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault()
            setOpen(true)
            setActive((a) => Math.min(a + 1, options.length - 1))
          } else if (e.key === 'ArrowUp') {
            e.preventDefault()
            setActive((a) => Math.max(a - 1, 0))
          } else if (e.key === 'Enter' && open && options.length > 0) {
            e.preventDefault()
            pick(options[Math.max(active, 0)]!.id)
          } else if (e.key === 'Enter' && query !== null) {
            e.preventDefault()
            settle()
          } else if (e.key === 'Escape') {
            setOpen(false)
            setQuery(null)
            setUnmatched(false)
          }
        }}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={label}
        className="picker-options"
        hidden={!open || options.length === 0}
      >
        {options.map((p, i) => (
          <li
            key={p.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault()
              pick(p.id)
            }}
          >
            <span>{text(p.name)}</span>{' '}
            <span className="muted">
              {p.name.vi !== p.name.en ? (text(p.name) === p.name.vi ? p.name.en : p.name.vi) : ''}
            </span>
          </li>
        ))}
      </ul>
      {unmatched && (
        <p className="field-error" id={`${id}-hint`} role="alert" data-testid={`${testId}-hint`}>
          {t('fields.pickFromList')}
        </p>
      )}
    </div>
  )
})
