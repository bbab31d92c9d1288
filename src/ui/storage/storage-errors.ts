/**
 * Storage errors
 * ==============
 * What went wrong when the browser refused to keep a tour, read from the errors browsers really
 * raise: a full quota (Chromium and current Firefox `QuotaExceededError`, code 22; old WebKit
 * `QUOTA_EXCEEDED_ERR`, code 22; Firefox's `NS_ERROR_DOM_QUOTA_REACHED`, code 1014), storage that is
 * unavailable (private windows and blocked storage: `SecurityError`, `InvalidStateError`,
 * `UnknownError`, `NotAllowedError`, or no IndexedDB at all), and everything else.
 */

export type StorageFaultKind = 'quota' | 'unavailable' | 'verify' | 'unknown'

/** A storage failure the page explains to the user; the user's data stays in the page. */
export class StorageFault extends Error {
  constructor(
    readonly kind: StorageFaultKind,
    cause?: unknown,
  ) {
    super(`storage: ${kind}${cause instanceof Error ? ` (${cause.name}: ${cause.message})` : ''}`, { cause })
    this.name = 'StorageFault'
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 'NS_ERROR_DOM_QUOTA_REACHED'])
const UNAVAILABLE_NAMES = new Set(['SecurityError', 'InvalidStateError', 'UnknownError', 'NotAllowedError'])

/** The kind of a storage error, whatever the browser called it. */
export function classifyStorageError(error: unknown): StorageFaultKind {
  if (error instanceof StorageFault) return error.kind
  const e = error as { name?: unknown; code?: unknown } | null
  const name = typeof e?.name === 'string' ? e.name : ''
  const code = typeof e?.code === 'number' ? e.code : -1
  if (QUOTA_NAMES.has(name) || code === 22 || code === 1014) return 'quota'
  if (UNAVAILABLE_NAMES.has(name)) return 'unavailable'
  return 'unknown'
}

/** Wraps any error as a StorageFault (a StorageFault passes through). */
export function toStorageFault(error: unknown): StorageFault {
  return error instanceof StorageFault ? error : new StorageFault(classifyStorageError(error), error)
}
