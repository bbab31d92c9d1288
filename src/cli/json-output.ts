/**
 * JSON output
 * ===========
 * One JSON document with figures rounded to a tenth (minutes, km, percent): enough for any reader,
 * and stable across machines.
 */
export function jsonText(doc: unknown): string {
  return JSON.stringify(
    doc,
    (_key, value: unknown) =>
      typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)
        ? Math.round(value * 10) / 10
        : value,
    2,
  )
}
