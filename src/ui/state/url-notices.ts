/**
 * Notices for an address given twice over: a key repeated (`from=a&from=b`: the first is used) or an
 * id repeated in a list (`visit=a,a`: kept once). Every page reads its parameters through these, so
 * the rule is the same everywhere.
 */
import type { UrlNotice } from './url-scenario.ts'

/** One notice per key of `keys` that appears more than once. */
export function repeatedKeyNotices(params: URLSearchParams, keys: readonly string[]): UrlNotice[] {
  return keys
    .filter((key) => params.getAll(key).length > 1)
    .map((field) => ({ key: 'errors.repeated', values: { field } }))
}

/** The ids of a list without repeats (the first kept), with a notice for each repeat. */
export function uniqueIds(ids: readonly string[], field: string, notices: UrlNotice[]): string[] {
  const seen = new Set<string>()
  return ids.filter((id) => {
    if (!seen.has(id)) {
      seen.add(id)
      return true
    }
    notices.push({ key: 'errors.duplicatePlace', values: { id: id.slice(0, 80), field } })
    return false
  })
}
