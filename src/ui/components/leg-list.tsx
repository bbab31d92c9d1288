/**
 * Leg list
 * ========
 * The steps of a route or of a trip's drive, for people: each link with its mode, road, length and
 * time (with fares, hours and estimates marked), and each wait (a boat, a one-lane bridge).
 */
import { useTranslation } from 'react-i18next'
import { linkTravelFacts, placeName, projectName, type Link, type RouteLeg } from '../../core/index.ts'
import { useApp } from '../app/app-context.tsx'

/** A link's fare, the walk it saves, its hours, in the reader's language. */
function LinkFacts({ link }: { link: Link }) {
  const { t } = useTranslation()
  const { fmt } = useApp()
  const f = linkTravelFacts(link)
  const parts = [
    f.fareVnd !== null
      ? `${t('route.fare', { amount: fmt.vnd(f.fareVnd) })}${f.fareUnverified ? ` (${t('route.unverified')})` : ''}`
      : null,
    f.walkMinutes !== null ? t('route.savesWalk', { time: fmt.minutes(f.walkMinutes) }) : null,
    f.hours.length > 0 ? t('route.runs', { hours: f.hours.join(', ') }) : null,
    f.running ? null : t('route.suspended'),
  ].filter((x): x is string => x !== null)
  return parts.length > 0 ? <span className="leg-facts"> · {parts.join(' · ')}</span> : null
}

/** Each step of a route or a drive: a link travelled (mode, road, km, minutes, facts) or a wait. */
export function LegList({ steps, testId }: { steps: readonly RouteLeg[]; testId?: string }) {
  const { t } = useTranslation()
  const { dataset, language, text, fmt } = useApp()
  const name = (id: string) => placeName(dataset, id, language)
  return (
    <ol className="legs" data-testid={testId}>
      {steps.map((leg, i) => {
        const link = dataset.linkById.get(leg.link)
        return (
          <li key={`${leg.link}-${i}`} className={`leg leg-${leg.kind} leg-${leg.mode}`} data-link={leg.link}>
            {leg.kind === 'wait' ? (
              <span>
                {t('route.wait', { place: name(leg.from) })} — {fmt.minutes(leg.minutes)}
              </span>
            ) : (
              <span>
                {name(leg.from)} → {name(leg.to)}
              </span>
            )}
            <span className="leg-meta">
              {leg.kind === 'travel' && (
                <>
                  {t(`route.modeNames.${leg.mode}`)}
                  {leg.ref ? ` ${leg.ref}` : ''} · {fmt.km(leg.km)} · {fmt.minutes(leg.minutes)}
                </>
              )}
              {leg.kind === 'travel' && link?.name && <span className="muted"> · {text(link.name)}</span>}
              {leg.project && <span className="leg-project"> · {projectName(dataset, leg.project, language)}</span>}
              {leg.kind === 'travel' && link && <LinkFacts link={link} />}
              {leg.estimated && <em className="estimate-tag"> · {t('route.estimate')}</em>}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
