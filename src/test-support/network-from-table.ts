/**
 * Network from a table
 * ====================
 * Builds a small dataset from a readable text table, so a routing test shows its network at a glance.
 *
 *   a - b road 10km 12min            two-way link "a-b" (id defaults to from-to)
 *   b > c road 5km 5min id=bc        one-way link b → c
 *   c - d waterway 8km 30min headway=60 board=10 project=boat
 *   d - e road 3km 6min wait=5 closed=coach class=expressway
 *   project boat expected=2027-06 promised=2025-01 status=planned
 *   project p2 upgrades=a-b:60kmh replaces=c-x
 *
 * Places are created as they are named, all at one point (so no geography warnings).
 */
import { parseDataset, type Dataset } from '../core/index.ts'

export interface TableDocument {
  version: 1
  places: Array<{ id: string; name: string; lat: number; lon: number; kind?: string }>
  links: Array<Record<string, unknown>>
  projects: Array<Record<string, unknown>>
}

/** The raw document (for writing to a file and running the CLI on it). */
export function documentFromTable(table: string): TableDocument {
  const places = new Map<string, TableDocument['places'][number]>()
  const links: TableDocument['links'] = []
  const projects: TableDocument['projects'] = []
  const place = (id: string) => {
    if (!places.has(id)) places.set(id, { id, name: id.toUpperCase(), lat: 21, lon: 106 })
  }
  for (const raw of table.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim()
    if (!line) continue
    const words = line.split(/\s+/)
    if (words[0] === 'project') {
      const project: Record<string, unknown> = { id: words[1], name: words[1], status: 'planned' }
      for (const w of words.slice(2)) {
        const [k, v] = w.split('=') as [string, string]
        if (k === 'expected' || k === 'promised' || k === 'opened') project[k] = { date: v, confidence: 'high' }
        else if (k === 'status') project.status = v
        else if (k === 'replaces') project.replaces = v.split(',')
        else if (k === 'upgrades')
          project.upgrades = v.split(',').map((u) => {
            const [link, value] = u.split(':') as [string, string]
            return value.endsWith('kmh')
              ? { link, speedKmh: Number(value.slice(0, -3)) }
              : value.endsWith('wait')
                ? { link, waitMinutes: Number(value.slice(0, -4)) }
                : { link, minutes: Number(value.replace('min', '')) }
          })
        else throw new Error(`bad project attribute ${w}`)
      }
      projects.push(project)
      continue
    }
    if (words[0] === 'place') {
      place(words[1]!)
      if (words[2]) places.get(words[1]!)!.kind = words[2]
      continue
    }
    const [from, op, to, mode, kmText, timeText, ...rest] = words as [
      string,
      string,
      string,
      string,
      string,
      string,
      ...string[],
    ]
    if (op !== '-' && op !== '>') throw new Error(`bad link line: ${line}`)
    place(from)
    place(to)
    const link: Record<string, unknown> = { id: `${from}-${to}`, from, to, mode, km: Number(kmText.replace('km', '')) }
    if (timeText.endsWith('kmh')) link.speedKmh = Number(timeText.slice(0, -3))
    else link.minutes = Number(timeText.replace('min', ''))
    if (op === '>') link.oneway = true
    const service: Record<string, number> = {}
    for (const w of rest) {
      const [k, v] = w.split('=') as [string, string]
      if (k === 'id' || k === 'project') link[k] = v
      else if (k === 'wait') link.waitMinutes = Number(v)
      else if (k === 'headway') service.headwayMinutes = Number(v)
      else if (k === 'board') service.boardMinutes = Number(v)
      else if (k === 'closed') link.closedTo = v.split(',')
      else if (k === 'class') link.road = { class: v }
      else throw new Error(`bad link attribute ${w}`)
    }
    if (Object.keys(service).length) link.service = service
    links.push(link)
  }
  return { version: 1, places: [...places.values()], links, projects }
}

/** The validated dataset of a table; throws if the table is not a valid dataset. */
export function datasetFromTable(table: string): Dataset {
  const result = parseDataset(documentFromTable(table))
  if (!result.ok)
    throw new Error(`invalid test table: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`)
  return result.dataset
}
