/**
 * Parse dataset
 * =============
 * Untrusted JSON text or value in, a validated `Dataset` or every issue found out. Pure: a failed
 * parse changes nothing, so callers keep whatever they had loaded before.
 */
import type { z } from 'zod'
import { sourceSchema, type Source } from '../model/source.ts'
import { placeSchema, type PlaceRecord } from '../model/place.ts'
import { linkSchema, type LinkRecord } from '../model/link.ts'
import { projectSchema, type ProjectRecord } from '../model/project.ts'
import { formatPath, makeIssue, type DatasetIssue } from './dataset-issue.ts'
import { DEFAULT_JSON_LIMITS, parseJsonText, scanJsonValue, type JsonLimits } from './safe-json.ts'
import { toDatasetIssue } from './zod-issues.ts'
import { checkReferences, type Indexed } from './check-references.ts'
import { checkGeography } from './check-geography.ts'
import { assembleDataset, datasetHeaderSchema, SUPPORTED_VERSIONS, type Dataset } from './dataset.ts'

/** The outcome of parsing: a dataset and its warnings, or the errors (and warnings) that stop it. */
export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly warnings: readonly DatasetIssue[] }
  | { readonly ok: false; readonly errors: readonly DatasetIssue[]; readonly warnings: readonly DatasetIssue[] }

export interface ParseOptions {
  readonly limits?: JsonLimits
}

const LIST_KEYS = ['sources', 'places', 'links', 'projects'] as const
const TOP_LEVEL_KEYS = new Set<string>([...Object.keys(datasetHeaderSchema.shape), ...LIST_KEYS])
const DATE_LIKE_KEYS = new Set(['date', 'targetDate', 'opens', 'opened', 'openingDate', 'promised', 'expected'])

/**
 * Validates a dataset given as JSON text or as an already parsed value.
 * Never throws for bad input: every problem comes back as an issue with a code and a path.
 */
export function parseDataset(input: unknown, options: ParseOptions = {}): ParseResult {
  const limits = options.limits ?? DEFAULT_JSON_LIMITS
  let raw: unknown = input
  if (typeof input === 'string') {
    const parsed = parseJsonText(input, limits)
    if (!parsed.ok) return { ok: false, errors: [parsed.issue], warnings: [] }
    raw = parsed.value
  }
  const scanIssues = scanJsonValue(raw, limits)
  if (scanIssues.length > 0) return { ok: false, errors: scanIssues, warnings: [] }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const what = raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw
    return {
      ok: false,
      errors: [
        makeIssue(
          'E_TOP_LEVEL_TYPE',
          '',
          `the document must be a JSON object with "version", "places" and "links", not ${what}`,
        ),
      ],
      warnings: [],
    }
  }
  const doc = raw as Record<string, unknown>
  const errors: DatasetIssue[] = []
  const warnings: DatasetIssue[] = []

  const versionIssue = checkVersion(doc)
  if (versionIssue) return { ok: false, errors: [versionIssue], warnings: [] }

  const header = datasetHeaderSchema.safeParse(doc)
  if (!header.success) errors.push(...header.error.issues.map((i) => toDatasetIssue(i, [], doc, undefined)))
  for (const key of Object.keys(doc)) {
    if (!TOP_LEVEL_KEYS.has(key))
      warnings.push(makeIssue('W_UNKNOWN_FIELD', key, `unknown top-level field "${key}" is ignored`))
  }

  // Ids of records that failed their own schema: references to them are not reported again.
  const invalidIds = new Set<string>()
  const sources = parseList(doc, 'sources', sourceSchema, false, errors, warnings, invalidIds)
  const places = parseList(doc, 'places', placeSchema, true, errors, warnings, invalidIds)
  const links = parseList(doc, 'links', linkSchema, true, errors, warnings, invalidIds)
  const projects = parseList(doc, 'projects', projectSchema, false, errors, warnings, invalidIds)

  for (const issue of checkReferences({ sources, places, links, projects })) {
    if (isEcho(issue, invalidIds)) continue
    ;(issue.severity === 'error' ? errors : warnings).push(issue)
  }
  warnings.push(...checkGeography(header.success ? header.data.region : undefined, places, links))

  if (errors.length > 0 || !header.success) return { ok: false, errors, warnings }
  const dataset = assembleDataset(
    header.data,
    sources.map((s) => s.record as Source),
    places.map((p) => p.record as PlaceRecord),
    links.map((l) => l.record as LinkRecord),
    projects.map((p) => p.record as ProjectRecord),
  )
  return { ok: true, dataset, warnings }
}

function checkVersion(doc: Record<string, unknown>): DatasetIssue | null {
  const version = Object.prototype.hasOwnProperty.call(doc, 'version') ? doc.version : undefined
  if (version === undefined)
    return makeIssue(
      'E_MISSING_FIELD',
      'version',
      `"version" is missing; this program reads version ${SUPPORTED_VERSIONS.join(', ')}`,
    )
  if (!(SUPPORTED_VERSIONS as readonly unknown[]).includes(version)) {
    return makeIssue(
      'E_UNSUPPORTED_VERSION',
      'version',
      `version ${JSON.stringify(version)} is not supported; this program reads version ${SUPPORTED_VERSIONS.join(', ')}`,
      { value: version },
    )
  }
  return null
}

/** Parses one record list entry by entry, so one bad record does not hide the others' problems. */
function parseList<S extends z.ZodType & { shape?: Record<string, unknown> }>(
  doc: Record<string, unknown>,
  key: (typeof LIST_KEYS)[number],
  schema: S,
  required: boolean,
  errors: DatasetIssue[],
  warnings: DatasetIssue[],
  invalidIds: Set<string>,
): Indexed<z.output<S>>[] {
  const list = Object.prototype.hasOwnProperty.call(doc, key) ? doc[key] : undefined
  if (list === undefined) {
    if (required)
      errors.push(makeIssue('E_MISSING_FIELD', key, `"${key}" is missing; it must be a list (it may be empty)`))
    return []
  }
  if (!Array.isArray(list)) {
    errors.push(makeIssue('E_WRONG_TYPE', key, `"${key}" must be a list`, { value: list }))
    return []
  }
  const known = new Set(Object.keys(schema.shape ?? {}))
  const out: Indexed<z.output<S>>[] = []
  list.forEach((record: unknown, index) => {
    const id = recordId(record)
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      errors.push(
        makeIssue('E_WRONG_TYPE', formatPath([key, index]), `each entry of "${key}" must be an object`, {
          value: record,
        }),
      )
      return
    }
    const result = schema.safeParse(record)
    if (!result.success) {
      errors.push(...result.error.issues.map((i) => toDatasetIssue(i, [key, index], record, id)))
      if (id !== undefined) invalidIds.add(`${key}:${id}`)
    } else out.push({ index, record: result.data })
    for (const field of Object.keys(record)) {
      if (known.has(field)) continue
      const onExistingLink = key === 'links' && DATE_LIKE_KEYS.has(field) && !('project' in record)
      warnings.push(
        onExistingLink
          ? makeIssue(
              'W_DATE_ON_EXISTING_LINK',
              formatPath([key, index, field]),
              `"${field}" is ignored: a link without a project is always open; put dates on a project`,
              { record: id, value: (record as Record<string, unknown>)[field] },
            )
          : makeIssue('W_UNKNOWN_FIELD', formatPath([key, index, field]), `unknown field "${field}" is ignored`, {
              record: id,
            }),
      )
    }
  })
  return out
}

const REFERENCE_LIST: Partial<Record<string, string>> = {
  E_UNKNOWN_PLACE: 'places',
  E_UNKNOWN_PROJECT: 'projects',
  E_UNKNOWN_LINK: 'links',
  E_UNKNOWN_SOURCE: 'sources',
}

/** True for a dangling-reference issue whose target exists but was already reported as invalid. */
function isEcho(issue: DatasetIssue, invalidIds: ReadonlySet<string>): boolean {
  const list = REFERENCE_LIST[issue.code]
  if (!list || issue.value === undefined) return false
  return invalidIds.has(`${list}:${JSON.parse(issue.value) as string}`)
}

function recordId(record: unknown): string | undefined {
  if (record === null || typeof record !== 'object') return undefined
  const id = (record as Record<string, unknown>).id
  return typeof id === 'string' ? id : undefined
}
