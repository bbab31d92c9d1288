/**
 * OpenStreetMap XML
 * =================
 * Reads the nodes and ways of an `.osm` file (the format of the OSM API and of extracts). The format is
 * flat: `<node id lat lon>` with optional `<tag k v>` children, `<way id>` with `<nd ref>` and `<tag>`
 * children; relations are not needed for roads and are skipped. A file that is cut short, a node
 * without coordinates or a way with a missing node is reported by its id.
 */
import { importRefusal, recordProblem, type RecordProblem } from './import-problems.ts'
import { addPoint, type RawNetwork, type RawPoint, type RawWay } from './raw-ways.ts'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[e] ?? whole
  })
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[m[1]!] = decode(m[2] ?? m[3] ?? '')
  return out
}

/** Reads an OSM XML document. Throws `INVALID_IMPORT` when it is not one, or is cut short. */
export function readOsmXml(text: string): RawNetwork {
  if (text.length === 0) throw importRefusal('file-empty')
  if (!/<osm[\s>]/.test(text)) throw importRefusal('osm-not-xml')
  if (!/<\/osm>\s*$/.test(text)) throw importRefusal('osm-cut-short')
  const points = new Map<string, RawPoint>()
  const ways: RawWay[] = []
  const problems: RecordProblem[] = []
  // Elements in order: <node …/>, <node …>…</node>, <way …>…</way>; anything else is skipped.
  const element = /<(node|way)\b([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g
  for (const m of text.matchAll(element)) {
    const [, kind, head, , body] = m
    const attrs = attributes(head!)
    const tags: Record<string, string> = {}
    for (const t of (body ?? '').matchAll(/<tag\b([^>]*)\/?>/g)) {
      const a = attributes(t[1]!)
      if (a.k !== undefined && a.v !== undefined) tags[a.k] = a.v
    }
    const id = attrs.id
    if (!id) {
      problems.push(recordProblem('element-no-id', { element: kind as 'node' | 'way' }))
      continue
    }
    if (kind === 'node') addPoint(points, problems, id, Number(attrs.lat), Number(attrs.lon), tags)
    else {
      const refs = [...(body ?? '').matchAll(/<nd\b[^>]*\bref\s*=\s*["']([^"']+)["']/g)].map((r) => r[1]!)
      ways.push({ id, points: refs, tags })
    }
  }
  return { points, ways, problems }
}
