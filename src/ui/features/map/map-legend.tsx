/**
 * Map legend: what each colour, dash and ring means, in words as well as in colour.
 */
import { KIND_COLOURS, MODE_COLOURS, UNESCO_RING } from './map-style.ts'

function LineSample({ colour, dash }: { colour: string; dash?: string }) {
  return (
    <svg width="36" height="10" aria-hidden="true">
      <line x1="2" y1="5" x2="34" y2="5" stroke={colour} strokeWidth="3" strokeDasharray={dash} strokeLinecap="round" />
    </svg>
  )
}

function DotSample({ colour, ring }: { colour: string; ring?: string }) {
  return (
    <svg width="18" height="18" aria-hidden="true">
      <circle cx="9" cy="9" r="6" fill={colour} stroke={ring ?? '#fff'} strokeWidth={ring ? 3 : 1} />
    </svg>
  )
}

export function MapLegend() {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        <li><LineSample colour={MODE_COLOURS.road} /> Road</li>
        <li><LineSample colour={MODE_COLOURS.waterway} /> Waterway (boat, ferry)</li>
        <li><LineSample colour={MODE_COLOURS.rail} /> Railway</li>
        <li><LineSample colour="#555" /> Open today</li>
        <li><LineSample colour="#555" dash="6 4" /> Under construction</li>
        <li><LineSample colour="#555" dash="1 5" /> Planned, proposed or studied</li>
        <li><DotSample colour={KIND_COLOURS['heritage-site']} /> Heritage site</li>
        <li><DotSample colour={KIND_COLOURS['heritage-site']} ring={UNESCO_RING} /> UNESCO World Heritage component</li>
        <li><DotSample colour={KIND_COLOURS.city} /> City or town</li>
        <li><DotSample colour={KIND_COLOURS.wharf} /> Wharf</li>
      </ul>
    </section>
  )
}
