/**
 * Words for the causes and notes the core returns as data: why there is no route, why a place was
 * left out, and each warning of a trip, in the interface language.
 */
import { useTranslation } from 'react-i18next'
import {
  describeDrop,
  describeNote,
  describeScenario,
  type DropCause,
  type ItineraryNote,
  type NoRouteCause,
  projectName,
} from '../../core/index.ts'
import { useApp } from '../app/app-context.tsx'

export function useDescribe() {
  const { t } = useTranslation()
  const { dataset, language, scenario } = useApp()
  const project = (id: string) => projectName(dataset, id, language)
  return {
    /** Why there is no route; `name` names a project (another network's, on the import page). */
    noRoute(cause: NoRouteCause, name: (project: string) => string = project): string {
      switch (cause.kind) {
        case 'needs-projects':
          return t('why.needs-projects', { projects: cause.projects.map(name).join(' + ') })
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
    /** Why a place was left out (the core's sentence, in the reader's language). */
    drop(cause: DropCause): string {
      return describeDrop(cause, dataset, language)
    },
    /** One warning of a trip (the core's sentence, in the reader's language). */
    note(note: ItineraryNote): string {
      return describeNote(note, dataset, describeScenario(scenario, dataset, language), language)
    },
  }
}
