/**
 * Words for the causes and notes the core returns as data: why there is no route, why a place was
 * left out, and each warning of a trip, in the interface language.
 */
import { useTranslation } from 'react-i18next'
import type { DropCause, ItineraryNote, NoRouteCause } from '../../core/index.ts'
import { useApp } from '../app/app-context.tsx'

export function useDescribe() {
  const { t } = useTranslation()
  const { dataset, text } = useApp()
  const place = (id: string) => text(dataset.placeById.get(id as never)?.name) || id
  const project = (id: string) => text(dataset.projectById.get(id as never)?.name) || id
  return {
    noRoute(cause: NoRouteCause): string {
      switch (cause.kind) {
        case 'needs-projects':
          return t('why.needs-projects', { projects: cause.projects.map(project).join(' + ') })
        case 'modes':
          return t('why.modes', { modes: cause.allowed.map((m) => t(`route.modeNames.${m}`)).join(', ') })
        case 'profile':
          return cause.everyProfile
            ? t('why.closedToAll')
            : t('why.profile', { profile: t(`route.profiles.${cause.profile}`) })
        case 'disconnected':
          return t('why.disconnected')
      }
    },
    drop(cause: DropCause): string {
      switch (cause.kind) {
        case 'closed':
          return t('drop.closed', { days: cause.weekdays.map((d) => t(`weekdays.${d}`)).join(', ') })
        case 'too-short':
          return t('drop.too-short', { minutes: cause.visitMinutes })
        case 'closes':
          return cause.lastEntry
            ? t('drop.closesLast', { close: cause.close, last: cause.lastEntry })
            : t('drop.closes', { close: cause.close })
        case 'ends-late':
          return t(cause.nextDay ? 'drop.endsNextDay' : 'drop.ends-late', {
            extra: cause.extraMinutes,
            end: cause.endsAt,
            window: cause.windowEnd,
          })
        case 'travel-limit':
          return t('drop.travel-limit', { extra: cause.extraMinutes, limit: cause.limitMinutes })
        case 'worth-less':
          return t('drop.worth-less', { extra: cause.extraMinutes })
        case 'lock-closed':
          return t('drop.lock-closed', { at: cause.at, minutes: cause.visitMinutes })
        case 'lock-unreachable':
          return t('drop.lock-unreachable', { at: cause.at, earliest: cause.earliest })
        case 'conflicts':
          return t(cause.why === 'lock' ? 'drop.conflictsLock' : 'drop.conflictsHours', { place: place(cause.place) })
        case 'no-route':
        case 'no-day':
          return t(`drop.${cause.kind}`)
      }
    },
    note(note: ItineraryNote): string {
      switch (note.kind) {
        case 'missing':
          return t('note.missing', { places: note.places.map(place).join(', ') })
        case 'festival':
          return t('note.festival', {
            festival: text(note.festival),
            place: place(note.place),
            start: note.start,
            end: note.end,
            date: note.date,
          })
        case 'wait':
          return t(note.reason === 'lock' ? 'note.waitLock' : 'note.wait', {
            place: place(note.place),
            arrive: note.arrive,
            minutes: note.minutes,
          })
        case 'no-route':
          return t('note.no-route', { from: place(note.from), to: place(note.to) })
        case 'service': {
          if (note.mode === 'cable-car')
            return t('note.cableCarService', {
              from: place(note.from),
              wait: note.waitMinutes,
              hours: note.hours.length ? note.hours.join(', ') : '—',
            })
          const what = t(note.mode === 'rail' ? 'note.train' : 'note.boat')
          return note.headwayMinutes === null
            ? t('note.serviceNoHeadway', { what, from: place(note.from), wait: note.waitMinutes })
            : t('note.service', { what, from: place(note.from), headway: note.headwayMinutes, wait: note.waitMinutes })
        }
        case 'unopened':
          return t('note.unopened', { project: project(note.project), date: note.date })
        case 'fewer-days':
          return t('note.fewerDays', { planned: note.planned, asked: note.asked })
        case 'unverified':
          return t('note.unverified', { places: note.places.map(place).join(', ') })
        case 'estimates':
          return t('note.estimates', { estimated: note.estimatedMinutes, total: note.travelMinutes })
      }
    },
  }
}
