/**
 * Parse dataset
 * =============
 * Untrusted JSON text or value in, a validated `Dataset` or every issue found out. Pure: a failed
 * parse changes nothing, so callers keep whatever they had loaded before.
 */
import type { z } from 'zod'
import { sourceSchema, type Source } from '../model/source.ts'
import { type PlaceRecord } from '../model/place.ts'
import { placeSchema } from '../model/place-schema.ts'
import { type LinkRecord } from '../model/link.ts'
import { linkSchema } from '../model/link-schema.ts'
import { projectSchema, type ProjectRecord } from '../model/project.ts'
import { formatPath, IssueSink, makeIssue, type DatasetIssue } from './dataset-issue.ts'
import { DEFAULT_JSON_LIMITS, parseJsonText, scanJsonValue, type JsonLimits } from './safe-json.ts'
import { toDatasetIssue } from './zod-issues.ts'
import { ASK_ZOD, compileFastCheck, type FastMode } from './fast-check.ts'
import { checkGateways, checkReferences, type ValidRecords } from './check-references.ts'
import { checkGeography, checkUpgradeSpeeds } from './check-geography.ts'
import { datasetFromParts, SUPPORTED_VERSIONS, type Dataset, type ValidatedParts } from './dataset.ts'
import { datasetHeaderSchema } from './dataset-header.ts'

/** The outcome of parsing: a dataset and its warnings, or the errors (and warnings) that stop it. */
export type ParseResult =
  | {
      readonly ok: true
      readonly dataset: Dataset
      readonly warnings: readonly DatasetIssue[]
      /** Warnings found beyond the first `MAX_REPORTED_ISSUES`, only counted. */
      readonly omittedWarnings?: number
      /** With `keepParts`: what was validated, to rebuild the dataset with `datasetFromParts`. */
      readonly parts?: ValidatedParts
    }
  | {
      readonly ok: false
      readonly errors: readonly DatasetIssue[]
      readonly warnings: readonly DatasetIssue[]
      /** Errors and warnings found beyond the first `MAX_REPORTED_ISSUES` of each, only counted. */
      readonly omittedErrors?: number
      readonly omittedWarnings?: number
    }

export interface ParseOptions {
  readonly limits?: JsonLimits
  /** Most issues of each severity kept (default `MAX_REPORTED_ISSUES`); the rest are counted. */
  readonly maxIssues?: number
  /** Also return the validated parts (`ValidatedParts`), to keep for a file already validated. */
  readonly keepParts?: boolean
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
  // A document parsed here from text is this function's own: valid records are kept as they are
  // (completed in place by the assembly) instead of copied; a value the caller gave is copied.
  const mode: FastMode = typeof input === 'string' ? 'same' : 'copy'
  if (typeof input === 'string') {
    // A UTF-8 byte-order mark (as some editors write) is not part of the document.
    const parsed = parseJsonText(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, limits)
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
  const versionIssue = checkVersion(doc)
  if (versionIssue) return { ok: false, errors: [versionIssue], warnings: [] }
  const sink = new IssueSink(options.maxIssues)

  const header = datasetHeaderSchema.safeParse(doc)
  if (!header.success) sink.addAll(header.error.issues.map((i) => toDatasetIssue(i, [], doc, undefined)))
  for (const key of Object.keys(doc)) {
    if (!TOP_LEVEL_KEYS.has(key))
      sink.add(makeIssue('W_UNKNOWN_FIELD', key, `unknown top-level field "${key}" is ignored`))
  }

  // Ids of records that failed their own schema: references to them are not reported again.
  const invalidIds = new Set<string>()
  const sources = parseList(doc, 'sources', sourceSchema, false, sink, invalidIds, mode)
  const places = parseList(doc, 'places', placeSchema, true, sink, invalidIds, mode)
  const links = parseList(doc, 'links', linkSchema, true, sink, invalidIds, mode)
  const projects = parseList(doc, 'projects', projectSchema, false, sink, invalidIds, mode)

  const positions = checkReferences({ sources, places, links, projects }, sink, (list, id) =>
    invalidIds.has(`${list}:${id}`),
  )
  if (header.success)
    checkGateways(header.data.gateways ?? [], positions.places, sink, (id) => invalidIds.has(`places:${id}`))
  checkGeography(header.success ? header.data.region : undefined, places, links, positions, sink)
  checkUpgradeSpeeds(links, projects, positions.links, sink)

  const omitted = {
    ...(sink.omittedErrors > 0 && { omittedErrors: sink.omittedErrors }),
    ...(sink.omittedWarnings > 0 && { omittedWarnings: sink.omittedWarnings }),
  }
  if (sink.errorCount > 0 || !header.success)
    return { ok: false, errors: sink.errors, warnings: sink.warnings, ...omitted }
  const parts: ValidatedParts = {
    header: header.data,
    sources: sources.records as Source[],
    places: places.records as PlaceRecord[],
    links: links.records as LinkRecord[],
    projects: projects.records as ProjectRecord[],
  }
  // Assembly completes the records in place: the parts are copied first when they are kept.
  const kept = options.keepParts ? (JSON.parse(JSON.stringify(parts)) as ValidatedParts) : undefined
  const dataset = datasetFromParts(parts, positions)
  return { ok: true, dataset, warnings: sink.warnings, ...omitted, ...(kept && { parts: kept }) }
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
  sink: IssueSink,
  invalidIds: Set<string>,
  mode: FastMode,
): ValidRecords<z.output<S>> {
  const list = Object.prototype.hasOwnProperty.call(doc, key) ? doc[key] : undefined
  if (list === undefined) {
    if (required)
      sink.add(makeIssue('E_MISSING_FIELD', key, `"${key}" is missing; it must be a list (it may be empty)`))
    return { records: [], indexes: [] }
  }
  if (!Array.isArray(list)) {
    sink.add(makeIssue('E_WRONG_TYPE', key, `"${key}" must be a list`, { value: list }))
    return { records: [], indexes: [] }
  }
  const known = new Set(Object.keys(schema.shape ?? {}))
  // Valid records (nearly all of a large file) are checked by the schema's own rules without zod's
  // machinery; any other record is zod's, for the verdict and its messages.
  const fast = compileFastCheck(schema, mode)
  const records: z.output<S>[] = [],
    indexes: number[] = []
  for (let index = 0; index < list.length; index++) {
    const record: unknown = list[index]
    const quick = fast ? fast(record) : ASK_ZOD
    if (quick !== ASK_ZOD) {
      records.push(quick as z.output<S>)
      indexes.push(index)
      // In `same` mode the fast check accepts only records whose every field is the schema's.
      if (mode === 'same') continue
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      sink.add(
        makeIssue('E_WRONG_TYPE', formatPath([key, index]), `each entry of "${key}" must be an object`, {
          value: record,
        }),
      )
      continue
    }
    // The record's id is read only for a record with something to report (its issues name it).
    const id = recordId(record)
    if (quick === ASK_ZOD) {
      const result = schema.safeParse(record)
      if (!result.success) {
        for (const issue of result.error.issues) sink.add(toDatasetIssue(issue, [key, index], record, id))
        if (id !== undefined) invalidIds.add(`${key}:${id}`)
      } else {
        records.push(result.data)
        indexes.push(index)
      }
    }
    for (const field of Object.keys(record)) {
      if (known.has(field)) continue
      const onExistingLink = key === 'links' && DATE_LIKE_KEYS.has(field) && !('project' in record)
      sink.add(
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
  }
  return { records, indexes }
}

function recordId(record: unknown): string | undefined {
  if (record === null || typeof record !== 'object') return undefined
  const id = (record as Record<string, unknown>).id
  return typeof id === 'string' ? id : undefined
}
