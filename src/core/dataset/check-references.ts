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
import { indexById, type IdIndex } from './id-index.ts'

const UNKNOWN_REFERENCE: Record<RecordList, { code: IssueCode; message: (id: string) => string }> = {
  sources: { code: 'E_UNKNOWN_SOURCE', message: (id) => `cites source "${id}", which is not in "sources"` },
  places: { code: 'E_UNKNOWN_PLACE', message: (id) => `no place has the id "${id}"` },
  links: { code: 'E_UNKNOWN_LINK', message: (id) => `no link has the id "${id}"` },
  projects: { code: 'E_UNKNOWN_PROJECT', message: (id) => `no project has the id "${id}"` },
}

/**
 * The records of one list that passed their own schema, and where each is in the document's list
 * (`indexes[i]` for `records[i]`: the same number unless a record before it failed). Two arrays
 * rather than a small object per record: a province has 900,000 records.
 */
export interface ValidRecords<T> {
  readonly records: readonly T[]
  readonly indexes: readonly number[]
}

export interface RecordSets {
  readonly sources: ValidRecords<Source>
  readonly places: ValidRecords<PlaceRecord>
  readonly links: ValidRecords<LinkRecord>
  readonly projects: ValidRecords<ProjectRecord>
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
  { records, indexes }: ValidRecords<T>,
  listName: string,
  code: IssueCode,
  noun: string,
  issues: IssueSink,
): IdIndex {
  const index = indexById(records)
  for (let i = 0; i < records.length; i++) {
    const seen = index.firstOf(i)
    if (seen === i) continue
    const record = records[i]!
    issues.add(
      makeIssue(
        code,
        `${listName}[${indexes[i]}].id`,
        `another ${noun} already has this id (${listName}[${indexes[seen]}])`,
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
  const links = sets.links.records
  const linkCount = links.length
  const linkFrom = new Int32Array(linkCount),
    linkTo = new Int32Array(linkCount)
  for (let i = 0; i < linkCount; i++) {
    const l = links[i]!
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
  fieldChecker(sourceSchema, 'sources', positions, issues, isInvalid).all(sets.sources)
  fieldChecker(placeSchema, 'places', positions, issues, isInvalid).all(sets.places)

  // Links with the same ends: each link's ends as positions (the first one, or the lower for a two-way
  // link), the links grouped by that first end in arrays (a map keyed by a pair of positions cost a
  // heap number per link at 600,000 links); the rare link whose end is not a valid place is keyed by text.
  const first = new Int32Array(linkCount).fill(-1),
    second = new Int32Array(linkCount)
  const placeCount = sets.places.records.length
  const bucketStart = new Int32Array(placeCount + 1)
  for (let i = 0; i < linkCount; i++) {
    const l = links[i]!
    const a = linkFrom[i]!,
      b = linkTo[i]!
    if (a < 0 || b < 0) continue
    first[i] = l.oneway ? a : Math.min(a, b)
    second[i] = (l.oneway ? b : Math.max(a, b)) * 2 + (l.oneway ? 1 : 0)
    bucketStart[first[i]! + 1]!++
  }
  for (let p = 0; p < placeCount; p++) bucketStart[p + 1]! += bucketStart[p]!
  const bucket = new Int32Array(linkCount)
  const filled = bucketStart.slice(0, placeCount)
  for (let i = 0; i < linkCount; i++) if (first[i]! >= 0) bucket[filled[first[i]!]!++] = i
  const byText = new Map<string, number[]>()
  /** The first earlier link with the same ends as link `i`, joining them the same way; -1 for none. */
  const twinOf = (i: number, l: LinkRecord): number => {
    if (first[i]! >= 0) {
      for (let k = bucketStart[first[i]!]!; bucket[k]! !== i; k++) {
        const j = bucket[k]!
        if (second[j] === second[i] && sameWay(links[j]!, l)) return j
      }
      return -1
    }
    const ends = l.oneway ? `${l.from}>${l.to}` : [l.from, l.to].sort().join('|')
    const list = byText.get(ends) ?? []
    byText.set(ends, [...list, i])
    return list.find((j) => sameWay(links[j]!, l)) ?? -1
  }
  const checkLink = fieldChecker(linkSchema, 'links', positions, issues, isInvalid, { from: linkFrom, to: linkTo })
  const linkIndexes = sets.links.indexes
  for (let i = 0; i < linkCount; i++) {
    const l = links[i]!,
      index = linkIndexes[i]!
    checkLink.one(l, index, i)
    if (l.from === l.to)
      issues.add(
        makeIssue('E_SELF_LOOP', `links[${index}].to`, 'the link starts and ends at the same place', {
          record: l.id,
          value: l.to,
        }),
      )
    // Two roads between the same places are normal (QL1 beside the expressway); the same reference twice is not.
    const twin = twinOf(i, l)
    if (twin >= 0) {
      issues.add(
        makeIssue(
          'W_PARALLEL_LINK',
          `links[${index}]`,
          `joins the same places by the same ${l.mode}${l.road?.ref ? ` (${l.road.ref})` : ''} as links[${linkIndexes[twin]}]: a duplicate?`,
          { record: l.id },
        ),
      )
    }
  }

  const checkProject = fieldChecker(projectSchema, 'projects', positions, issues, isInvalid)
  sets.projects.records.forEach((p, i) => {
    const index = sets.projects.indexes[i]!
    const path = `projects[${index}]`
    checkProject.one(p, index)
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
  })
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
): {
  one: (record: { readonly id: string }, index: number, position?: number) => void
  all: (list: ValidRecords<{ readonly id: string }>) => void
} {
  let current: { readonly id: string } | undefined
  let currentIndex = -1
  const checks = referenceFields(schema).map((field) => {
    const report = (id: string, trail: Trail) => {
      if (isInvalid(field.list, id)) return
      const { code, message } = UNKNOWN_REFERENCE[field.list]
      issues.add(
        makeIssue(code, pathText(`${list}[${currentIndex}]`, trail), message(id), {
          record: current!.id,
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
  const one = (record: { readonly id: string }, index: number, position = -1) => {
    current = record
    currentIndex = index
    for (const check of checks) check(record as unknown as Record<string, unknown>, position)
  }
  return { one, all: ({ records, indexes }) => records.forEach((r, i) => one(r, indexes[i]!)) }
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
