/**
 * Legend samples: the small line and dot every map legend draws beside its words, so the map's legend
 * and the map of change's legend draw the same way.
 */
/** A short line drawn as the map draws a link: its colour, dash, opacity and width. */
export function LineSample({
  colour,
  dash,
  opacity = 1,
  width = 3,
}: {
  colour: string
  dash?: string
  opacity?: number
  width?: number
}) {
  return (
    <svg width="36" height="12" aria-hidden="true">
      <line
        x1="2"
        y1="6"
        x2="34"
        y2="6"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash}
        strokeLinecap="round"
        opacity={opacity}
      />
    </svg>
  )
}

/** A dot drawn as the map draws a place, with an optional ring. */
export function DotSample({ colour, ring }: { colour: string; ring?: string }) {
  return (
    <svg width="18" height="18" aria-hidden="true">
      <circle cx="9" cy="9" r="6" fill={colour} stroke={ring ?? '#fff'} strokeWidth={ring ? 3 : 1} />
    </svg>
  )
}
