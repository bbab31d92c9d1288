/**
 * Canonical JSON: object keys sorted at every level, two-space indent, a final newline. The same
 * value always gives the same bytes, so a file exported, imported and exported again is identical.
 */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort)
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(v).sort()) {
        const x = (v as Record<string, unknown>)[key]
        if (x !== undefined) out[key] = sort(x)
      }
      return out
    }
    return v
  }
  return `${JSON.stringify(sort(value), null, 2)}\n`
}
