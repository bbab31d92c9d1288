/**
 * Reference checks
 * ================
 * Checks that need more than one record: unique ids, references to records that exist (every field
 * its schema marks as a reference, `reference-fields.ts`), self-loops, parallel links, projects
 * without a date.
 */
import { makeIssue, type IssueCode, type IssueSink } from './dataset-issue.ts'
import type { z } from 'zod'
import { sourceSchema, type Source } from '../model/source.ts'
import { type PlaceRecord } from '../model/place.ts'
import { placeSchema } from '../model/place-schema.ts'
import { type LinkRecord } from '../model/link.ts'
import { linkSchema } from '../model/link-schema.ts'
import { projectSchema, type ProjectRecord } from '../model/project.ts'
import type { RecordList } from '../model/ids.ts'
import { EACH, pathText, referenceFields, visitPath, type Trail } from './reference-fields.ts'
import { IdIndex } from './id-index.ts'

const UNKNOWN_REFERENCE: Record<RecordList, { code: IssueCode; message: (id: string) => string }> = {
  sources: { code: 'E_UNKNOWN_SOURCE', message: (id) => `cites source "${id}", which is not in "sources"` },
  places: { code: 'E_UNKNOWN_PLACE', message: (id) => `no place has the id "${id}"` },
  links: { code: 'E_UNKNOWN_LINK', message: (id) => `no link has the id "${id}"` },
  projects: { code: 'E_UNKNOWN_PROJECT', message: (id) => `no project has the id "${id}"` },
}

/** A record that passed its own schema, with its index in the document. */
export interface Indexed<T> {
  readonly index: number
  readonly record: T
}

export interface RecordSets {
  readonly sources: readonly Indexed<Source>[]
  readonly places: readonly Indexed<PlaceRecord>[]
  readonly links: readonly Indexed<LinkRecord>[]
  readonly projects: readonly Indexed<ProjectRecord>[]
}

/** Where each id's first record sits in its list of records that passed their schema. */
export interface RecordPositions {
  readonly sources: IdIndex
  readonly places: IdIndex
  readonly links: IdIndex
  readonly projects: IdIndex
  /** Each link's ends as positions in `places` (-1 for an id no valid place has), looked up once. */
  readonly linkFrom: Int32Array
  readonly linkTo: Int32Array
}

/** Each id's first position in `list`; every later record with the same id is reported. */
function positionsOf<T extends { id: string }>(
  list: readonly Indexed<T>[],
  listName: string,
  code: IssueCode,
  noun: string,
  issues: IssueSink,
): IdIndex {
  const index = new IdIndex(list.map((r) => r.record.id))
  for (let i = 0; i < list.length; i++) {
    const seen = index.firstOf(i)
    if (seen === i) continue
    const { index: at, record } = list[i]!
    issues.add(
      makeIssue(
        code,
        `${listName}[${at}].id`,
        `another ${noun} already has this id (${listName}[${list[seen]!.index}])`,
        { record: record.id, value: record.id },
      ),
    )
  }
  return index
}

/** Two links are parallel when they join the same ends (in the same direction if one-way) the same way. */
const sameWay = (a: LinkRecord, b: LinkRecord) =>
  a.mode === b.mode && (a.project ?? '') === (b.project ?? '') && (a.road?.ref ?? '') === (b.road?.ref ?? '')

/**
 * Runs every cross-record check into `issues`. A reference to a record that exists but failed its own
 * schema (`isInvalid(list, id)`) is not reported again. Returns where each id's record is, for the
 * checks that follow.
 */
export function checkReferences(
  sets: RecordSets,
  issues: IssueSink,
  isInvalid: (list: RecordList, id: string) => boolean = () => false,
): RecordPositions {
  const places = positionsOf(sets.places, 'places', 'E_DUPLICATE_PLACE_ID', 'place', issues)
  const linkCount = sets.links.length
  const linkFrom = new Int32Array(linkCount),
    linkTo = new Int32Array(linkCount)
  for (let i = 0; i < linkCount; i++) {
    const l = sets.links[i]!.record
    linkFrom[i] = places.get(l.from) ?? -1
    linkTo[i] = places.get(l.to) ?? -1
  }
  const positions: RecordPositions = {
    sources: positionsOf(sets.sources, 'sources', 'E_DUPLICATE_SOURCE_ID', 'source', issues),
    places,
    links: positionsOf(sets.links, 'links', 'E_DUPLICATE_LINK_ID', 'link', issues),
    projects: positionsOf(sets.projects, 'projects', 'E_DUPLICATE_PROJECT_ID', 'project', issues),
    linkFrom,
    linkTo,
  }
  const checkSources = fieldChecker(sourceSchema, 'sources', positions, issues, isInvalid)
  for (const source of sets.sources) checkSources(source)
  const checkPlace = fieldChecker(placeSchema, 'places', positions, issues, isInvalid)
  for (const place of sets.places) checkPlace(place)

  // Links with the same ends: each link's ends as positions (the first one, or the lower for a two-way
  // link), the links grouped by that first end in arrays (a map keyed by a pair of positions cost a
  // heap number per link at 600,000 links); the rare link whose end is not a valid place is keyed by text.
  const first = new Int32Array(linkCount).fill(-1),
    second = new Int32Array(linkCount)
  const bucketStart = new Int32Array(sets.places.length + 1)
  for (let i = 0; i < linkCount; i++) {
    const l = sets.links[i]!.record
    const a = linkFrom[i]!,
      b = linkTo[i]!
    if (a < 0 || b < 0) continue
    first[i] = l.oneway ? a : Math.min(a, b)
    second[i] = (l.oneway ? b : Math.max(a, b)) * 2 + (l.oneway ? 1 : 0)
    bucketStart[first[i]! + 1]!++
  }
  for (let p = 0; p < sets.places.length; p++) bucketStart[p + 1]! += bucketStart[p]!
  const bucket = new Int32Array(linkCount)
  const filled = bucketStart.slice(0, sets.places.length)
  for (let i = 0; i < linkCount; i++) if (first[i]! >= 0) bucket[filled[first[i]!]!++] = i
  const byText = new Map<string, number[]>()
  /** The earlier links with the same ends as link `i`, in order. */
  const earlierWithEnds = (i: number, l: LinkRecord): number[] => {
    if (first[i]! >= 0) {
      const out: number[] = []
      for (let k = bucketStart[first[i]!]!; bucket[k]! !== i; k++)
        if (second[bucket[k]!] === second[i]) out.push(bucket[k]!)
      return out
    }
    const ends = l.oneway ? `${l.from}>${l.to}` : [l.from, l.to].sort().join('|')
    const list = byText.get(ends) ?? []
    byText.set(ends, [...list, i])
    return list
  }
  const checkLink = fieldChecker(linkSchema, 'links', positions, issues, isInvalid, { from: linkFrom, to: linkTo })
  for (let i = 0; i < linkCount; i++) {
    const linkEntry = sets.links[i]!
    const { index, record: l } = linkEntry
    checkLink(linkEntry, i)
    if (l.from === l.to)
      issues.add(
        makeIssue('E_SELF_LOOP', `links[${index}].to`, 'the link starts and ends at the same place', {
          record: l.id,
          value: l.to,
        }),
      )
    const list = earlierWithEnds(i, l)
    if (list.length === 0) continue
    // Two roads between the same places are normal (QL1 beside the expressway); the same reference twice is not.
    const twin = list.find((j) => sameWay(sets.links[j]!.record, l))
    if (twin !== undefined) {
      issues.add(
        makeIssue(
          'W_PARALLEL_LINK',
          `links[${index}]`,
          `joins the same places by the same ${l.mode}${l.road?.ref ? ` (${l.road.ref})` : ''} as links[${sets.links[twin]!.index}]: a duplicate?`,
          { record: l.id },
        ),
      )
    }
  }

  const checkProject = fieldChecker(projectSchema, 'projects', positions, issues, isInvalid)
  for (const projectEntry of sets.projects) {
    const { index, record: p } = projectEntry
    const path = `projects[${index}]`
    checkProject(projectEntry)
    if (!p.opened && !p.expected && !p.promised && p.status !== 'completed') {
      issues.add(
        makeIssue(
          'W_PROJECT_UNDATED',
          path,
          'no promised, expected or opening date: date scenarios keep this project closed (presets and --with can still open it)',
          { record: p.id },
        ),
      )
    }
    if (p.status === 'completed' && !p.opened) {
      issues.add(
        makeIssue(
          'W_PROJECT_UNDATED',
          `${path}.opened`,
          'status is completed but no opening date is given: date scenarios keep it closed',
          { record: p.id },
        ),
      )
    }
  }
  return positions
}

/**
 * A check of every field of `schema`'s records that names another record (found in the schema,
 * `reference-fields.ts`). Made once per list: a record costs a lookup per reference and no
 * allocation. `known` gives positions already looked up for some top-level fields (a link's ends),
 * by the record's position in its list, -1 for an unknown id.
 */
function fieldChecker(
  schema: z.ZodType,
  list: RecordList,
  positions: RecordPositions,
  issues: IssueSink,
  isInvalid: (list: RecordList, id: string) => boolean,
  known: Readonly<Record<string, Int32Array>> = {},
): (entry: Indexed<{ readonly id: string }>, position?: number) => void {
  let entry: Indexed<{ readonly id: string }> | undefined
  const checks = referenceFields(schema).map((field) => {
    const report = (id: string, trail: Trail) => {
      if (isInvalid(field.list, id)) return
      const { code, message } = UNKNOWN_REFERENCE[field.list]
      issues.add(
        makeIssue(code, pathText(`${list}[${entry!.index}]`, trail), message(id), {
          record: entry!.record.id,
          value: id,
        }),
      )
    }
    const index = positions[field.list]
    const visit = (id: unknown, trail: Trail) => {
      if (typeof id === 'string' && !index.has(id)) report(id, trail)
    }
    const [name] = field.path
    // A field of the record itself (`from`, `project`): read directly, or from positions looked up before.
    if (field.path.length === 1 && name !== EACH) {
      const done = known[name!]
      return (record: Record<string, unknown>, position: number) => {
        const id = record[name!]
        if (typeof id !== 'string') return
        if (done && position >= 0 ? done[position]! < 0 : !index.has(id)) report(id, [name!])
      }
    }
    const trail: Array<string | number> = []
    return (record: Record<string, unknown>) => visitPath(record, field.path, visit, 0, trail)
  })
  return (current, position = -1) => {
    entry = current
    const record = current.record as unknown as Record<string, unknown>
    for (const check of checks) check(record, position)
  }
}

/** Every gateway names a place (one that failed its own schema is not reported again). */
export function checkGateways(
  gateways: readonly string[],
  places: ReadonlyMap<string, number>,
  issues: IssueSink,
  isInvalid: (id: string) => boolean = () => false,
): void {
  gateways.forEach((id, i) => {
    if (!places.has(id) && !isInvalid(id))
      issues.add(
        makeIssue('E_UNKNOWN_PLACE', `gateways[${i}]`, `no place has the id "${id}"`, {
          record: 'gateways',
          value: id,
        }),
      )
  })
}
