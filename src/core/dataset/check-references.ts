/**
 * Reference checks
 * ================
 * Checks that need more than one record: unique ids, links to places, projects and sources that
 * exist, self-loops, parallel links, projects without a date.
 */
import { makeIssue, type IssueCode, type IssueSink } from './dataset-issue.ts'
import type { PlaceRecord } from '../model/place.ts'
import type { LinkRecord } from '../model/link.ts'
import type { ProjectRecord } from '../model/project.ts'
import type { Source } from '../model/source.ts'

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
  isInvalid: (list: 'sources' | 'places' | 'links' | 'projects', id: string) => boolean = () => false,
): void {
  findDuplicates(sets.sources, 'sources', 'E_DUPLICATE_SOURCE_ID', 'source', issues)
  findDuplicates(sets.places, 'places', 'E_DUPLICATE_PLACE_ID', 'place', issues)
  findDuplicates(sets.links, 'links', 'E_DUPLICATE_LINK_ID', 'link', issues)
  findDuplicates(sets.projects, 'projects', 'E_DUPLICATE_PROJECT_ID', 'project', issues)

  const placeIds = new Set(sets.places.map((p) => p.record.id as string))
  const projectIds = new Set(sets.projects.map((p) => p.record.id as string))
  const linkIds = new Set(sets.links.map((l) => l.record.id as string))
  const sourceIds = new Set(sets.sources.map((s) => s.record.id as string))

  // Every `sources` list anywhere in a record cites source ids: found by walking the record, so a
  // new field with sources is checked without being listed here.
  const checkCitedSources = (value: unknown, path: string, record: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => checkCitedSources(item, `${path}[${i}]`, record))
      return
    }
    if (value === null || typeof value !== 'object') return
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        child.forEach((id, i) => {
          if (typeof id === 'string' && !sourceIds.has(id) && !isInvalid('sources', id))
            issues.add(
              makeIssue(
                'E_UNKNOWN_SOURCE',
                `${path}.sources[${i}]`,
                `cites source "${id}", which is not in "sources"`,
                {
                  record,
                  value: id,
                },
              ),
            )
        })
      } else checkCitedSources(child, `${path}.${key}`, record)
    }
  }

  for (const { index, record: p } of sets.places) {
    checkCitedSources(p, `places[${index}]`, p.id)
  }

  const parallel = new Map<string, number>()
  for (const { index, record: l } of sets.links) {
    const path = `links[${index}]`
    for (const end of ['from', 'to'] as const) {
      if (!placeIds.has(l[end]) && !isInvalid('places', l[end]))
        issues.add(
          makeIssue('E_UNKNOWN_PLACE', `${path}.${end}`, `no place has the id "${l[end]}"`, {
            record: l.id,
            value: l[end],
          }),
        )
    }
    if (l.from === l.to)
      issues.add(
        makeIssue('E_SELF_LOOP', `${path}.to`, 'the link starts and ends at the same place', {
          record: l.id,
          value: l.to,
        }),
      )
    if (l.project !== undefined && !projectIds.has(l.project) && !isInvalid('projects', l.project)) {
      issues.add(
        makeIssue('E_UNKNOWN_PROJECT', `${path}.project`, `no project has the id "${l.project}"`, {
          record: l.id,
          value: l.project,
        }),
      )
    }
    checkCitedSources(l, path, l.id)
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
    p.upgrades?.forEach((u, i) => {
      if (!linkIds.has(u.link) && !isInvalid('links', u.link))
        issues.add(
          makeIssue('E_UNKNOWN_LINK', `${path}.upgrades[${i}].link`, `no link has the id "${u.link}"`, {
            record: p.id,
            value: u.link,
          }),
        )
    })
    p.replaces?.forEach((id, i) => {
      if (!linkIds.has(id) && !isInvalid('links', id))
        issues.add(
          makeIssue('E_UNKNOWN_LINK', `${path}.replaces[${i}]`, `no link has the id "${id}"`, {
            record: p.id,
            value: id,
          }),
        )
    })
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
    checkCitedSources(p, path, p.id)
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
