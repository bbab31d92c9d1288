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
  ) {
    super(message)
    this.name = 'CoreError'
  }
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
    )
  }
}
