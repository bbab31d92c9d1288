/**
 * A place id an imported network does not have, worded in the page's language, with the closest ids
 * it has (the core's suggestions).
 */
import { useTranslation } from 'react-i18next'
import type { UnknownPlace } from '../../worker/imported-networks.ts'

export function useUnknownPlace(): (unknown: UnknownPlace) => string {
  const { t } = useTranslation()
  return ({ id, suggestions }) =>
    suggestions.length > 0
      ? t('importer.unknownPlaceSuggest', { id, suggestions: suggestions.map((s) => `“${s}”`).join(', ') })
      : t('importer.unknownPlace', { id })
}
