/**
 * A QR code of a text (the trip's address), drawn as SVG from the `uqr` matrix: one path, no HTML
 * string, crisp on paper.
 */
import { encode } from 'uqr'

export function QrCode({ text, label, size = 112 }: { text: string; label: string; size?: number }) {
  const { data } = encode(text, { ecc: 'M', border: 2 })
  const n = data.length
  let d = ''
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`
    }),
  )
  return (
    <svg
      className="qr-code"
      width={size}
      height={size}
      viewBox={`0 0 ${n} ${n}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="qr-code"
      data-modules={n}
    >
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  )
}
