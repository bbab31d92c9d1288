/**
 * Trip form
 * =========
 * Where and when: start, an end elsewhere, the first day, the number of days, the departure and the
 * vehicle; then, folded under one line that says what is set, the day window, the daily travel limit,
 * the lunch break, the pace of visits and where to sleep each night. Every value is the core's
 * default until changed, and each change goes to the address.
 */
import { useTranslation } from 'react-i18next'
import {
  DEFAULT_LUNCH,
  DEFAULT_MAX_TRAVEL_MINUTES,
  DEFAULT_WINDOW,
  MAX_DAYS,
  TRAVEL_PROFILES,
  type PlaceId,
} from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { DateField, TimeField } from '../../components/typed-fields.tsx'
import { PlacePicker } from '../../components/place-picker.tsx'
import { PACES, type TripState } from '../../state/trip-params.ts'

const TRAVEL_LIMITS_MINUTES = [120, 180, 240, 300, 360, 420, 480, 600, 720] as const
const LUNCH_MINUTES = [30, 45, 60, 90] as const
const PACE_NAMES = { 0.75: 'brisk', 1: 'usual', 1.5: 'leisurely' } as const
export const TRIP_DATE_RANGE = ['2023-01-01', '2035-12-31'] as const

export function TripForm({
  state,
  date,
  onChange,
  onDate,
}: {
  state: TripState
  date: string
  onChange: (changes: Partial<TripState>) => void
  onDate: (date: string | null) => void
}) {
  const { t } = useTranslation()
  const { dataset, text, fmt } = useApp()
  const window = state.dayWindow ?? DEFAULT_WINDOW
  const lunch = state.lunch === undefined ? DEFAULT_LUNCH : state.lunch
  const maxTravel = state.maxTravel ?? DEFAULT_MAX_TRAVEL_MINUTES
  const pace = (state.pace ?? 1) as keyof typeof PACE_NAMES
  const lodging = dataset.places.filter((p) => p.lodging)
  const summary = [
    t('itinerary.dayWindow', { from: window[0], to: window[1] }),
    t('itinerary.maxTravelShort', { time: fmt.minutes(maxTravel) }),
    lunch ? t('itinerary.lunchShort', { time: fmt.minutes(lunch.minutes) }) : t('itinerary.lunchNone'),
    ...(state.pace !== null && state.pace !== 1 ? [t(`itinerary.paces.${PACE_NAMES[pace] ?? 'usual'}`)] : []),
  ].join(' · ')
  return (
    <div className="trip-form">
      <PlacePicker
        label={t('itinerary.start')}
        value={state.start}
        onChange={(id) => onChange({ start: id })}
        testId="trip-start"
      />
      <div className="trip-row">
        <DateField
          label={t('itinerary.date')}
          value={date}
          min={TRIP_DATE_RANGE[0]}
          max={TRIP_DATE_RANGE[1]}
          onChange={onDate}
          testId="trip-date"
        />
        <label>
          {t('itinerary.days')}
          <select
            value={state.days}
            data-testid="trip-days"
            onChange={(e) => onChange({ days: Number(e.target.value) })}
          >
            {Array.from({ length: MAX_DAYS }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <TimeField
          label={t('itinerary.depart')}
          value={state.depart}
          placeholder={window[0]}
          optional
          onChange={(v) => onChange({ depart: v })}
          testId="trip-depart"
        />
        <label>
          {t('route.profile')}
          <select
            value={state.profile}
            data-testid="trip-profile"
            onChange={(e) => onChange({ profile: e.target.value as TripState['profile'] })}
          >
            {TRAVEL_PROFILES.map((p) => (
              <option key={p} value={p}>
                {t(`route.profiles.${p}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <details className="trip-settings" data-testid="trip-settings">
        <summary>
          <span className="summary-title">{t('itinerary.settings')}</span> <span className="muted">{summary}</span>
        </summary>
        <PlacePicker
          label={t('itinerary.end')}
          value={state.end}
          onChange={(id) => onChange({ end: id })}
          testId="trip-end"
        />
        <div className="trip-row">
          <TimeField
            label={t('itinerary.dayFrom')}
            value={window[0]}
            onChange={(v) => v && onChange({ dayWindow: [v, window[1]] })}
            testId="trip-day-from"
          />
          <TimeField
            label={t('itinerary.dayTo')}
            value={window[1]}
            onChange={(v) => v && onChange({ dayWindow: [window[0], v] })}
            testId="trip-day-to"
          />
          <label>
            {t('itinerary.maxTravel')}
            <select
              value={maxTravel}
              data-testid="trip-max-travel"
              onChange={(e) => onChange({ maxTravel: Number(e.target.value) })}
            >
              {[...new Set([...TRAVEL_LIMITS_MINUTES, maxTravel])]
                .sort((a, b) => a - b)
                .map((m) => (
                  <option key={m} value={m}>
                    {fmt.minutes(m)}
                  </option>
                ))}
            </select>
          </label>
        </div>
        <div className="trip-row">
          <label>
            {t('itinerary.lunchSetting')}
            <select
              value={lunch ? lunch.minutes : 0}
              data-testid="trip-lunch"
              onChange={(e) => {
                const minutes = Number(e.target.value)
                const base = lunch ?? DEFAULT_LUNCH
                onChange({
                  lunch:
                    minutes === 0
                      ? null
                      : minutes === DEFAULT_LUNCH.minutes &&
                          base.from === DEFAULT_LUNCH.from &&
                          base.to === DEFAULT_LUNCH.to
                        ? undefined
                        : { from: base.from, to: base.to, minutes },
                })
              }}
            >
              <option value={0}>{t('itinerary.lunchNone')}</option>
              {[...new Set([...LUNCH_MINUTES, ...(lunch ? [lunch.minutes] : [])])]
                .sort((a, b) => a - b)
                .map((m) => (
                  <option key={m} value={m}>
                    {t('itinerary.lunchMinutes', {
                      time: fmt.minutes(m),
                      from: (lunch ?? DEFAULT_LUNCH).from,
                      to: (lunch ?? DEFAULT_LUNCH).to,
                    })}
                  </option>
                ))}
            </select>
          </label>
          <label>
            {t('itinerary.pace')}
            <select
              value={pace}
              data-testid="trip-pace"
              onChange={(e) => onChange({ pace: Number(e.target.value) === 1 ? null : Number(e.target.value) })}
            >
              {PACES.map((p) => (
                <option key={p} value={p}>
                  {t(`itinerary.paces.${PACE_NAMES[p]}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {state.days > 1 && (
          <fieldset className="trip-nights">
            <legend>{t('itinerary.nights')}</legend>
            {Array.from({ length: state.days - 1 }, (_, i) => (
              <label key={i}>
                {t('itinerary.nightN', { n: i + 1 })}
                <select
                  value={state.nights[i] ?? ''}
                  data-testid={`trip-night-${i + 1}`}
                  onChange={(e) => {
                    const nights = Array.from({ length: state.days - 1 }, (_x, j) => state.nights[j] ?? '')
                    nights[i] = e.target.value
                    onChange({ nights })
                  }}
                >
                  <option value="">{t('itinerary.plannerChooses')}</option>
                  {lodging.map((p) => (
                    <option key={p.id} value={p.id as PlaceId}>
                      {text(p.name)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
        )}
      </details>
    </div>
  )
}
