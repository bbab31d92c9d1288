/**
 * Dataset issues
 * ==============
 * The stable codes, severities and wording of every problem a dataset can have.
 */

/** Every issue code with its severity and a one-line meaning (the same table is in data/README.md). */
export const ISSUE_CODES = {
  E_JSON_SYNTAX: ['error', 'the file is not valid JSON (or is cut short)'],
  E_FILE_TOO_LARGE: ['error', 'the file is larger than the size cap'],
  E_TOO_DEEP: ['error', 'objects or arrays are nested deeper than the depth cap'],
  E_STRING_TOO_LONG: ['error', 'a string is longer than the length cap'],
  E_FORBIDDEN_KEY: ['error', 'a key named __proto__, constructor or prototype'],
  E_NOT_FINITE: ['error', 'a number is NaN or infinite (e.g. 1e400)'],
  E_TOP_LEVEL_TYPE: ['error', 'the document is not a JSON object'],
  E_UNSUPPORTED_VERSION: ['error', 'the dataset version is not one this program reads'],
  E_MISSING_FIELD: ['error', 'a required field is missing'],
  E_MISSING_ID: ['error', 'a record has no id'],
  E_BAD_ID: ['error', 'an id is not a kebab-case slug'],
  E_WRONG_TYPE: ['error', 'a field has the wrong type'],
  E_COORD_NOT_NUMBER: ['error', 'a coordinate is not a number (e.g. a string)'],
  E_LAT_RANGE: ['error', 'a latitude is outside -90..90'],
  E_LON_RANGE: ['error', 'a longitude is outside -180..180'],
  E_POSITION_SHORT: ['error', 'a geometry position has fewer than 2 values'],
  E_NON_POSITIVE: ['error', 'a length, speed or time is zero or negative'],
  E_UNKNOWN_MODE: ['error', 'a link mode is not road, waterway or rail'],
  E_ENUM_CASE: ['error', 'a value differs from an allowed one only by letter case'],
  E_UNKNOWN_VALUE: ['error', 'a value is not one of the allowed ones'],
  E_BAD_DATE: ['error', 'a date is not YYYY, YYYY-MM or YYYY-MM-DD, or not a real day'],
  E_INVALID_VALUE: ['error', 'a value breaks a rule of its field'],
  E_DUPLICATE_PLACE_ID: ['error', 'two places share an id'],
  E_DUPLICATE_LINK_ID: ['error', 'two links share an id'],
  E_DUPLICATE_PROJECT_ID: ['error', 'two projects share an id'],
  E_DUPLICATE_SOURCE_ID: ['error', 'two sources share an id'],
  E_UNKNOWN_PLACE: ['error', 'a link or a gateway names a place that does not exist'],
  E_UNKNOWN_PROJECT: ['error', 'a link names a project that does not exist'],
  E_UNKNOWN_LINK: ['error', 'a project upgrades or replaces a link that does not exist'],
  E_UNKNOWN_SOURCE: ['error', 'a record cites a source that does not exist'],
  E_SELF_LOOP: ['error', 'a link starts and ends at the same place'],
  E_IMPLAUSIBLE_SPEED: ['error', 'a link is faster or slower than its mode can possibly be'],
  E_DUPLICATE_TOUR_ID: ['error', 'two tours in a tours file share an id'],
  E_DUPLICATE_STOP: ['error', 'a tour lists the same place twice'],
  W_PARALLEL_LINK: [
    'warning',
    'two links join the same places by the same mode and road reference in the same scenario',
  ],
  W_PROJECT_UNDATED: ['warning', 'a project has no usable date, so date scenarios keep its links closed'],
  W_DATE_ON_EXISTING_LINK: ['warning', 'a link without a project carries a date, which is ignored'],
  W_UNKNOWN_FIELD: ['warning', 'a field this program does not know (a typo?) is ignored'],
  W_OUTSIDE_REGION: ['warning', 'a place lies outside the region the dataset declares'],
  W_LATLON_SWAPPED: ['warning', 'latitude and longitude look swapped'],
  W_SHORTER_THAN_STRAIGHT: ['warning', 'a link is shorter than the straight line between its ends'],
  W_LONG_DETOUR: ['warning', 'a road link is more than 2.5 times the straight line between its ends (and 5 km longer)'],
  W_FAR_FROM_REFERENCE: ['warning', 'a place is more than 3 km from one of its published reference positions'],
  W_UNUSUAL_SPEED: ['warning', 'a link is faster or slower than usual for its mode'],
  W_SPEED_OUTSIDE_CLASS: ['warning', 'a road speed is outside the usual range for its class'],
  W_UNREACHABLE_PLACE: ['warning', 'a place has no link to the rest of the network, even with every project open'],
} as const satisfies Record<string, readonly ['error' | 'warning', string]>

export type IssueCode = keyof typeof ISSUE_CODES
export type IssueSeverity = 'error' | 'warning'

/** One problem found in a dataset. */
export interface DatasetIssue {
  /** Stable code; tests and tools match on it, never on the message. */
  readonly code: IssueCode
  readonly severity: IssueSeverity
  /** Field path in the document, e.g. `links[12].to`; `` for the whole document. */
  readonly path: string
  /** Id of the record concerned, when it has one. */
  readonly record?: string
  /** The offending value, truncated to 80 characters. */
  readonly value?: string
  /** One plain sentence. */
  readonly message: string
}

/** Most issues of each severity kept in a report; the rest are counted (see `IssueSink`). */
export const MAX_REPORTED_ISSUES = 1000

/**
 * Collects issues, keeping the first `limit` of each severity and counting the rest, so a file with
 * millions of problems cannot exhaust memory. `full` lets a check skip building issues nobody keeps.
 */
export class IssueSink {
  readonly errors: DatasetIssue[] = []
  readonly warnings: DatasetIssue[] = []
  omittedErrors = 0
  omittedWarnings = 0
  constructor(readonly limit = MAX_REPORTED_ISSUES) {}
  add(issue: DatasetIssue): void {
    const list = issue.severity === 'error' ? this.errors : this.warnings
    if (list.length < this.limit) list.push(issue)
    else if (issue.severity === 'error') this.omittedErrors++
    else this.omittedWarnings++
  }
  addAll(issues: Iterable<DatasetIssue>): void {
    for (const issue of issues) this.add(issue)
  }
  get errorCount(): number {
    return this.errors.length + this.omittedErrors
  }
}

/** Builds an issue, taking the severity from the code and truncating the value. */
export function makeIssue(
  code: IssueCode,
  path: string,
  message: string,
  extra: { record?: string | undefined; value?: unknown } = {},
): DatasetIssue {
  const issue: { -readonly [K in keyof DatasetIssue]: DatasetIssue[K] } = {
    code,
    severity: ISSUE_CODES[code][0],
    path,
    message,
  }
  if (extra.record !== undefined) issue.record = extra.record
  if ('value' in extra && extra.value !== undefined) issue.value = truncateValue(extra.value)
  return issue
}

/** Shows a value in at most 80 characters. */
export function truncateValue(value: unknown): string {
  let text: string
  if (typeof value === 'string') text = JSON.stringify(value)
  else if (typeof value === 'number' && !Number.isFinite(value)) text = String(value)
  else {
    try {
      text = JSON.stringify(value) ?? String(value)
    } catch {
      text = String(value)
    }
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

/** Formats a path from its parts: `['links', 12, 'to']` → `links[12].to`. */
export function formatPath(parts: readonly PropertyKey[]): string {
  let out = ''
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out
}

/** One line for a person: `error E_UNKNOWN_PLACE links[12].to (link "x"): ...`. */
export function formatIssue(issue: DatasetIssue): string {
  const where = issue.path === '' ? 'document' : issue.path
  const record = issue.record ? ` (${issue.record})` : ''
  const value = issue.value !== undefined ? ` [value: ${issue.value}]` : ''
  return `${issue.severity} ${issue.code} ${where}${record}: ${issue.message}${value}`
}
