/**
 * Core errors
 * ===========
 * Errors for bad input to the engine (unknown ids, bad dates, bad options). "No route" is not an
 * error: it is a normal answer. Tests check the class and `code`, never the wording.
 */

export type CoreErrorCode =
  | 'UNKNOWN_PLACE'
  | 'UNKNOWN_PROJECT'
  | 'UNKNOWN_SCENARIO'
  | 'INVALID_DATE'
  | 'INVALID_OPTION'
  | 'INVALID_REQUEST'
  | 'INVALID_IMPORT'

/** Base class of every error the core throws on purpose. */
export class CoreError extends Error {
  constructor(
    readonly code: CoreErrorCode,
    message: string,
    readonly suggestions: readonly string[] = [],
    /** The request's field it is about (`days`, `lock`, …), so a form can point at it; null when none. */
    readonly field: string | null = null,
  ) {
    super(message)
    this.name = 'CoreError'
  }
}

/** A refused field of a request: the message reads `field: detail`, and the error knows its field. */
export function refuse(
  code: CoreErrorCode,
  field: string,
  detail: string,
  suggestions: readonly string[] = [],
): CoreError {
  return new CoreError(code, `${field}: ${detail}`, suggestions, field)
}

/** An id that names no place, with the closest ids as suggestions. */
export class UnknownPlaceError extends CoreError {
  constructor(
    readonly id: string,
    suggestions: readonly string[],
    field = 'place',
  ) {
    super(
      'UNKNOWN_PLACE',
      `${field}: unknown place "${id}"${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''}`,
      suggestions,
      field,
    )
  }
}

/** An id that names no project, with the closest ids as suggestions. */
export class UnknownProjectError extends CoreError {
  constructor(
    readonly id: string,
    suggestions: readonly string[],
    field = 'project',
  ) {
    super(
      'UNKNOWN_PROJECT',
      `${field}: unknown project "${id}"${suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''}`,
      suggestions,
      field,
    )
  }
}
