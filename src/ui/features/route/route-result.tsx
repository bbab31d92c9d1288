/**
 * A route for people: total, legs with roads, boats and waits, projects relied on, estimates marked.
 */
import { formatMinutes, linkTravelFacts, type Link } from '../../../core/index.ts'
import { useTranslation } from 'react-i18next'
import type { FoundRoute } from '../../../core/index.ts'
import { useApp } from '../../app/app-context.tsx'
import { ProjectDates } from '../home/project-list.tsx'

/** A link's fare, the walk it saves, its hours, in the reader's language. */
function LinkFacts({ link }: { link: Link }) {
  const { t } = useTranslation()
  const { language } = useApp()
  const f = linkTravelFacts(link)
  const parts = [
    f.fareVnd !== null
      ? `${t('route.fare', { amount: f.fareVnd.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB') })}${f.fareUnverified ? ` (${t('route.unverified')})` : ''}`
      : null,
    f.walkMinutes !== null ? t('route.savesWalk', { minutes: f.walkMinutes }) : null,
    f.hours.length > 0 ? t('route.runs', { hours: f.hours.join(', ') }) : null,
    f.running ? null : t('route.suspended'),
  ].filter((x): x is string => x !== null)
  return parts.length > 0 ? <span className="leg-facts"> · {parts.join(' · ')}</span> : null
}

export function RouteLegs({ route }: { route: FoundRoute }) {
  const { t } = useTranslation()
  const { dataset, text } = useApp()
  const name = (id: string) => text(dataset.placeById.get(id as never)?.name) || id
  return (
    <>
      <h3>{t('route.legs')}</h3>
      <ol className="legs" data-testid="legs">
        {route.legs.map((leg, i) => {
          const link = dataset.linkById.get(leg.link)
          return (
            <li key={`${leg.link}-${i}`} className={`leg leg-${leg.kind} leg-${leg.mode}`} data-link={leg.link}>
              {leg.kind === 'wait' ? (
                <span>
                  {t('route.wait', { place: name(leg.from) })} — {Math.round(leg.minutes)} min
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
                    {leg.ref ? ` ${leg.ref}` : ''} · {leg.km.toFixed(1)} km · {Math.round(leg.minutes)} min
                  </>
                )}
                {leg.kind === 'travel' && link?.name && <span className="muted"> · {text(link.name)}</span>}
                {leg.project && (
                  <span className="leg-project"> · {text(dataset.projectById.get(leg.project)?.name)}</span>
                )}
                {leg.kind === 'travel' && link && <LinkFacts link={link} />}
                {leg.estimated && <em className="estimate-tag"> · {t('route.estimate')}</em>}
              </span>
            </li>
          )
        })}
      </ol>
    </>
  )
}

export function RouteSummary({ route }: { route: FoundRoute }) {
  const { t } = useTranslation()
  const { dataset, text, language } = useApp()
  return (
    <>
      <p className="route-total" data-testid="route-total">
        <strong>{t('route.total', { time: formatMinutes(route.minutes, language), km: route.km.toFixed(1) })}</strong>
        {route.estimatedMinutes > 0 && (
          <span className="muted">
            {' '}
            — {t('route.estimated', { time: formatMinutes(route.estimatedMinutes, language) })}
          </span>
        )}
      </p>
      {route.projects.length > 0 ? (
        <div className="relies-on" data-testid="relies-on">
          <h3>{t('route.reliesOn')}</h3>
          <ul>
            {route.projectUses.map((p) => {
              const project = dataset.projectById.get(p.id)
              return (
                <li key={p.id}>
                  {text(project?.name)} — {t(`projects.statuses.${p.status}`)};{' '}
                  {project && <ProjectDates project={project} />}
                </li>
              )
            })}
          </ul>
        </div>
      ) : (
        <p className="muted" data-testid="relies-on">
          {t('route.onlyExisting')}
        </p>
      )}
    </>
  )
}
