/**
 * Map legend: what each colour, dash and ring means, in words as well as in colour.
 */
import { useTranslation } from 'react-i18next'
import { LINK_MODES } from '../../../core/index.ts'
import { dayColour, KIND_COLOURS, MODE_COLOURS, UNESCO_RING } from './map-style.ts'
import { DotSample, LineSample } from './legend-samples.tsx'

export function MapLegend({
  withRoute = false,
  withScenario = false,
}: {
  withRoute?: boolean
  withScenario?: boolean
}) {
  const { t } = useTranslation()
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul>
        {LINK_MODES.map((mode) => (
          <li key={mode}>
            <LineSample colour={MODE_COLOURS[mode]} /> {t(`legend.modes.${mode}`)}
          </li>
        ))}
        <li>
          <LineSample colour="#555" /> {t('legend.open')}
        </li>
        <li>
          <LineSample colour="#555" dash="6 4" /> {t('legend.construction')}
        </li>
        <li>
          <LineSample colour="#555" dash="1 5" /> {t('legend.planned')}
        </li>
        {withScenario && (
          <li>
            <LineSample colour="#555" opacity={0.22} /> {t('legend.closed')}
          </li>
        )}
        {withRoute && (
          <li>
            <LineSample colour={dayColour(0)} width={6} /> {t('legend.route')}
          </li>
        )}
        <li>
          <DotSample colour={KIND_COLOURS['heritage-site']} /> {t('legend.site')}
        </li>
        <li>
          <DotSample colour={KIND_COLOURS['heritage-site']} ring={UNESCO_RING} /> {t('legend.unesco')}
        </li>
        <li>
          <DotSample colour={KIND_COLOURS.city} /> {t('legend.city')}
        </li>
        <li>
          <DotSample colour={KIND_COLOURS.wharf} /> {t('legend.wharf')}
        </li>
      </ul>
    </section>
  )
}
