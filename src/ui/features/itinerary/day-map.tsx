/**
 * A day's trip as a small SVG map, for the screen and for paper: the day's drives along the links'
 * geometry and the stops numbered in order. Drawn from our own data, so it prints and works offline
 * (a WebGL map does neither reliably).
 */
import { legPath, type Dataset, type ItineraryDay, placeOf } from '../../../core/index.ts'

const W = 320,
  H = 200,
  PAD = 16

export function DayMap({
  dataset,
  day,
  numbers,
  label,
  name,
}: {
  dataset: Dataset
  day: ItineraryDay
  /** The trip-wide number of each stop of the day. */
  numbers: ReadonlyMap<string, number>
  label: string
  name: (id: string) => string
}) {
  const lines = day.legs.map((leg) => legPath(dataset, leg))
  const places = [day.from, ...day.stops.map((s) => s.place), day.to].map((id) => placeOf(dataset, id)!)
  const points = [...lines.flat(), ...places.map((p) => [p.lon, p.lat] as [number, number])]
  if (points.length === 0) return null
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity
  for (const [lon, lat] of points) {
    minX = Math.min(minX, lon)
    maxX = Math.max(maxX, lon)
    minY = Math.min(minY, lat)
    maxY = Math.max(maxY, lat)
  }
  // Equirectangular at this latitude: a degree of longitude is cos(lat) of a degree of latitude.
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180)
  const spanX = Math.max((maxX - minX) * k, 0.01),
    spanY = Math.max(maxY - minY, 0.01)
  const scale = Math.min((W - 2 * PAD) / spanX, (H - 2 * PAD) / spanY)
  const x = (lon: number) => PAD + ((lon - minX) * k * scale + (W - 2 * PAD - spanX * scale) / 2)
  const y = (lat: number) => H - PAD - ((lat - minY) * scale + (H - 2 * PAD - spanY * scale) / 2)
  const from = placeOf(dataset, day.from)!,
    to = placeOf(dataset, day.to)!
  return (
    <svg className="day-map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid={`day-map-${day.day}`}>
      <rect width={W} height={H} fill="#f7f2e8" stroke="#d8cfbf" />
      {lines.map((line, i) => (
        <polyline
          key={i}
          points={line.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join(' ')}
          fill="none"
          stroke="#7a2e12"
          strokeWidth={2.5}
          strokeLinejoin="round"
        />
      ))}
      <rect x={x(from.lon) - 5} y={y(from.lat) - 5} width={10} height={10} fill="#1f2937">
        <title>{name(from.id)}</title>
      </rect>
      {to.id !== from.id && (
        <rect x={x(to.lon) - 5} y={y(to.lat) - 5} width={10} height={10} fill="#1f2937">
          <title>{name(to.id)}</title>
        </rect>
      )}
      {day.stops.map((s) => {
        const p = dataset.placeById.get(s.place)!
        return (
          <g key={s.place}>
            <circle cx={x(p.lon)} cy={y(p.lat)} r={8} fill="#c2410c" stroke="#fff" strokeWidth={1.5} />
            <text x={x(p.lon)} y={y(p.lat) + 3.5} textAnchor="middle" fontSize="10" fill="#fff" fontWeight="700">
              {numbers.get(s.place)}
            </text>
            <title>{name(s.place)}</title>
          </g>
        )
      })}
    </svg>
  )
}
