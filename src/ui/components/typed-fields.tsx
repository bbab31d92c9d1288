/**
 * Time and date fields in the page's language
 * ===========================================
 * Text fields rather than the browser's `type="time"` and `type="date"`, whose format follows the
 * browser's locale (a 12-hour clock with AM/PM on an English browser reading a Vietnamese page): time
 * is always 24-hour `HH:MM`, a day always `dd/mm/yyyy` with its weekday beside it in the page's
 * language. A complete value is applied as it is typed; anything else is kept as typed, with a hint,
 * until it can be read, and is applied or explained when the field is left or Enter is pressed.
 */
import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useApp } from '../app/app-context.tsx'
import { readDateInput, readTimeInput, writeDateInput } from './field-input.ts'

interface FieldProps {
  readonly label: ReactNode
  readonly value: string | null
  readonly onChange: (value: string | null) => void
  /** Shown greyed when empty; also what an empty field means to the caller. */
  readonly placeholder?: string
  readonly testId?: string
  /** Whether an empty field is a value (null) or an error. */
  readonly optional?: boolean
  readonly className?: string
  /** Accessible name when `label` is hidden. */
  readonly ariaLabel?: string
}

function TypedField({
  label,
  value,
  onChange,
  placeholder,
  testId,
  optional,
  className,
  ariaLabel,
  read,
  write,
  complete,
  help,
  after,
  size,
  inputMode,
}: FieldProps & {
  read: (text: string) => string | null
  write: (value: string) => string
  complete: RegExp
  help: string
  after?: ReactNode
  size: number
  inputMode: 'numeric' | 'decimal' | 'text'
}) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const [bad, setBad] = useState(false)
  const shown = draft ?? (value === null ? '' : write(value))
  const commit = () => {
    if (draft === null) return
    if (draft.trim() === '' && optional) {
      onChange(null)
      setDraft(null)
      setBad(false)
      return
    }
    const v = read(draft)
    if (v === null) setBad(true)
    else {
      onChange(v)
      setDraft(null)
      setBad(false)
    }
  }
  return (
    <label className={`typed-field ${className ?? ''}`}>
      {label}
      <span className="typed-field-row">
        <input
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          size={size}
          value={shown}
          placeholder={placeholder}
          aria-label={ariaLabel}
          aria-invalid={bad || undefined}
          aria-describedby={bad ? `${id}-help` : undefined}
          data-testid={testId}
          onChange={(e) => {
            const text = e.target.value
            setDraft(text)
            // A complete value applies at once; a partial one waits for the user to finish.
            const v = complete.test(text.trim()) ? read(text) : null
            if (v !== null) {
              onChange(v)
              setBad(false)
            }
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              commit()
            } else if (e.key === 'Escape' && draft !== null) {
              setDraft(null)
              setBad(false)
            }
          }}
        />
        {after}
      </span>
      {bad && (
        <span className="field-error" id={`${id}-help`} role="alert">
          {help}
        </span>
      )}
    </label>
  )
}

/** A 24-hour `HH:MM` time. */
export function TimeField(props: FieldProps) {
  const { t } = useTranslation()
  return (
    <TypedField
      {...props}
      read={readTimeInput}
      write={(v) => v}
      complete={/^\d{1,2}[:h.]\d{2}$/}
      help={t('fields.timeHelp')}
      size={5}
      inputMode="decimal"
    />
  )
}

/** A day `YYYY-MM-DD`, written `dd/mm/yyyy`, with its weekday; days outside `min`–`max` are refused. */
export function DateField(props: FieldProps & { readonly min?: string; readonly max?: string }) {
  const { t } = useTranslation()
  const { fmt } = useApp()
  const { min, max } = props
  const inRange = (iso: string) => (!min || iso >= min) && (!max || iso <= max)
  return (
    <TypedField
      {...props}
      read={(text) => {
        const v = readDateInput(text)
        return v !== null && inRange(v) ? v : null
      }}
      write={writeDateInput}
      complete={/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$|^\d{4}-\d{2}-\d{2}$|^\d{8}$/}
      help={
        min && max
          ? t('fields.dateHelpRange', { min: writeDateInput(min), max: writeDateInput(max) })
          : t('fields.dateHelp')
      }
      size={10}
      inputMode="numeric"
      after={
        props.value ? (
          <span className="weekday muted" aria-hidden="true">
            {fmt.weekday(props.value)}
          </span>
        ) : null
      }
    />
  )
}
