/**
 * A trip's settings as text
 * =========================
 * The written forms of a trip's settings, read the same way by the command line (`--day-window`,
 * `--lunch`, `--lock`, `--visit-minutes`, `--nights`) and by the app's address (`day-window=`,
 * `lunch=`, `lock=`, `visit-minutes=`, `nights=`), so a link and a command say the same thing:
 *
 *   day window     07:00-19:00
 *   lunch          11:00-13:30/60 (60 minutes starting between 11:00 and 13:30), or none
 *   lock           kiep-bac-temple@09:00 (start the visit then), con-son-pagoda#1 (first of its day)
 *   visit minutes  yen-tu=240
 *   nights         ha-long,- (the first night at Hạ Long, the second left to the planner)
 *
 * Each reader returns null for a text it cannot read; the caller names the field in its message.
 * Values are only read here; their ranges are checked by `checkRequest` like any other request.
 */
const CLOCK = '([01]\\d|2[0-3]):[0-5]\\d'
const ID = '[a-z0-9]+(?:-[a-z0-9]+)*'

export type Lunch = { readonly from: string; readonly to: string; readonly minutes: number }
export type Lock = { readonly place: string; readonly at?: string; readonly position?: number }

export function readDayWindow(text: string): [string, string] | null {
  const m = new RegExp(`^(${CLOCK})-(${CLOCK})$`).exec(text)
  return m ? [m[1]!, m[3]!] : null
}

export function writeDayWindow([from, to]: readonly [string, string]): string {
  return `${from}-${to}`
}

/** A lunch break, or null for `none`; undefined when the text cannot be read. */
export function readLunch(text: string): Lunch | null | undefined {
  if (text === 'none') return null
  const m = new RegExp(`^(${CLOCK})-(${CLOCK})/(\\d{1,3})$`).exec(text)
  return m ? { from: m[1]!, to: m[3]!, minutes: Number(m[5]) } : undefined
}

export function writeLunch(lunch: Lunch | null): string {
  return lunch === null ? 'none' : `${lunch.from}-${lunch.to}/${lunch.minutes}`
}

export function readLock(text: string): Lock | null {
  const m = new RegExp(`^(${ID})(?:@(${CLOCK})|#([1-9]\\d?))$`).exec(text)
  if (!m) return null
  return { place: m[1]!, ...(m[2] && { at: m[2] }), ...(m[4] && { position: Number(m[4]) }) }
}

export function writeLock(lock: Lock): string {
  return lock.at ? `${lock.place}@${lock.at}` : lock.position ? `${lock.place}#${lock.position}` : lock.place
}

export function readVisitMinutes(text: string): { readonly place: string; readonly minutes: number } | null {
  const m = new RegExp(`^(${ID})=(\\d{1,4})$`).exec(text)
  return m ? { place: m[1]!, minutes: Number(m[2]) } : null
}

export function writeVisitMinutes(visitMinutes: Readonly<Record<string, number>>): string {
  return Object.entries(visitMinutes)
    .map(([place, minutes]) => `${place}=${minutes}`)
    .join(',')
}

/** Overnight bases in order; `-` (an empty string in the request) leaves a night to the planner. */
export function readNights(text: string): string[] | null {
  const items = text.split(',')
  return items.every((i) => i === '-' || new RegExp(`^${ID}$`).test(i)) ? items.map((i) => (i === '-' ? '' : i)) : null
}

export function writeNights(nights: readonly string[]): string {
  return nights.map((n) => n || '-').join(',')
}
