/**
 * What a map's place shows while its code loads (the map library is a chunk of its own).
 */
import { useTranslation } from 'react-i18next'

export function MapLoading() {
  const { t } = useTranslation()
  return (
    <div className="map-loading" role="status">
      {t('map.loading')}
    </div>
  )
}
