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
import { placeSchema, type PlaceRecord } from '../model/place.ts'
import { linkSchema, type LinkRecord } from '../model/link.ts'
import { projectSchema, type ProjectRecord } from '../model/project.ts'
import type { RecordList } from '../model/ids.ts'
import { referenceFields, visitPath } from './reference-fields.ts'

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

function findDuplicates<T extends { id: string }>(
  list: readonly Indexed<T>[],
  listName: string,
  code: IssueCode,
  noun: string,
  issues: IssueSink,
): void {
  const firstIndex = new Map<string, number>()
  for (const { index, record } of list) {
    const seen = firstIndex.get(record.id)
    if (seen === undefined) firstIndex.set(record.id, index)
    else
      issues.add(
        makeIssue(code, `${listName}[${index}].id`, `another ${noun} already has this id (${listName}[${seen}])`, {
          record: record.id,
          value: record.id,
        }),
      )
  }
}

/**
 * Runs every cross-record check into `issues`. A reference to a record that exists but failed its own
 * schema (`isInvalid(list, id)`) is not reported again.
 */
export function checkReferences(
  sets: RecordSets,
  issues: IssueSink,
  isInvalid: (list: RecordList, id: string) => boolean = () => false,
): void {
  findDuplicates(sets.sources, 'sources', 'E_DUPLICATE_SOURCE_ID', 'source', issues)
  findDuplicates(sets.places, 'places', 'E_DUPLICATE_PLACE_ID', 'place', issues)
  findDuplicates(sets.links, 'links', 'E_DUPLICATE_LINK_ID', 'link', issues)
  findDuplicates(sets.projects, 'projects', 'E_DUPLICATE_PROJECT_ID', 'project', issues)

  const ids: Record<RecordList, Set<string>> = {
    sources: new Set(sets.sources.map((s) => s.record.id as string)),
    places: new Set(sets.places.map((p) => p.record.id as string)),
    links: new Set(sets.links.map((l) => l.record.id as string)),
    projects: new Set(sets.projects.map((p) => p.record.id as string)),
  }
  // Every field that names another record, found in the record's schema (`reference-fields.ts`).
  const checkFields = (schema: z.ZodType, record: { readonly id: string }, path: string): void => {
    for (const field of referenceFields(schema)) {
      visitPath(record, field.path, path, (id, at) => {
        if (typeof id !== 'string' || ids[field.list].has(id) || isInvalid(field.list, id)) return
        const { code, message } = UNKNOWN_REFERENCE[field.list]
        issues.add(makeIssue(code, at, message(id), { record: record.id, value: id }))
      })
    }
  }

  for (const { index, record: p } of sets.sources) checkFields(sourceSchema, p, `sources[${index}]`)
  for (const { index, record: p } of sets.places) checkFields(placeSchema, p, `places[${index}]`)

  const parallel = new Map<string, number>()
  for (const { index, record: l } of sets.links) {
    const path = `links[${index}]`
    checkFields(linkSchema, l, path)
    if (l.from === l.to)
      issues.add(
        makeIssue('E_SELF_LOOP', `${path}.to`, 'the link starts and ends at the same place', {
          record: l.id,
          value: l.to,
        }),
      )
    const ends = l.oneway ? `${l.from}>${l.to}` : [l.from, l.to].sort().join('|')
    // Two roads between the same places are normal (QL1 beside the expressway); the same reference twice is not.
    const key = `${ends}#${l.mode}#${l.project ?? ''}#${l.road?.ref ?? ''}`
    const other = parallel.get(key)
    if (other !== undefined) {
      issues.add(
        makeIssue(
          'W_PARALLEL_LINK',
          path,
          `joins the same places by the same ${l.mode}${l.road?.ref ? ` (${l.road.ref})` : ''} as links[${other}]: a duplicate?`,
          { record: l.id },
        ),
      )
    } else parallel.set(key, index)
  }

  for (const { index, record: p } of sets.projects) {
    const path = `projects[${index}]`
    checkFields(projectSchema, p, path)
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
}

/** Every gateway names a place (one that failed its own schema is not reported again). */
export function checkGateways(
  gateways: readonly string[],
  places: readonly Indexed<PlaceRecord>[],
  issues: IssueSink,
  isInvalid: (id: string) => boolean = () => false,
): void {
  const placeIds = new Set(places.map((p) => p.record.id as string))
  gateways.forEach((id, i) => {
    if (!placeIds.has(id) && !isInvalid(id))
      issues.add(
        makeIssue('E_UNKNOWN_PLACE', `gateways[${i}]`, `no place has the id "${id}"`, {
          record: 'gateways',
          value: id,
        }),
      )
  })
}
