/**
 * Typed times and dates
 * =====================
 * What people type into a time or date field, read leniently and written back one way: times as
 * 24-hour `HH:MM` (`7`, `7h30`, `7.30`, `0730` all read as `07:30`), days as `dd/mm/yyyy` in both
 * languages (the Vietnamese and British order; an ISO `2026-11-29` is read too). A text that cannot
 * be read gives null, and the field says how to write it.
 */

/** `HH:MM` from a typed time, or null. */
export function readTimeInput(text: string): string | null {
  const t = text.trim().toLowerCase()
  const m = /^(\d{1,2})(?:\s*[:h.,]\s*(\d{2})?|(\d{2}))?\s*$/.exec(t)
  if (!m) return null
  const h = Number(m[1])
  const min = Number(m[2] ?? m[3] ?? 0)
  if (h > 23 || min > 59) return null
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`
}

/** A real `YYYY-MM-DD` day, or false. */
export function isRealDay(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

/** `YYYY-MM-DD` from a typed `dd/mm/yyyy` (or `d-m-yyyy`, `d.m.yyyy`, `ddmmyyyy`, ISO), or null. */
export function readDateInput(text: string): string | null {
  const t = text.trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  // Digits only (`29112026`) for phone keypads without a slash.
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t)
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : []
  if (!y || !m || !d) return null
  const out = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  return isRealDay(out) ? out : null
}

/** `dd/mm/yyyy` of a `YYYY-MM-DD`. */
export function writeDateInput(iso: string): string {
  const [y, m, d] = iso.split('-')
  return `${d}/${m}/${y}`
}
