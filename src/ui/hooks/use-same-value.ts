/**
 * Keeps a derived value's identity while its content is the same: a page re-reads its address at
 * every change, so lists parsed from it are new arrays each time even when a slider moved something
 * else. Handing the kept value to a `memo` component lets it skip the redraw (and the DOM updates of
 * its inputs) when only the date changed.
 */
import { useState } from 'react'

/** `value` itself, or the previous one while `key` (a text form of the content) is unchanged. */
export function useSameValue<T>(value: T, key: string): T {
  const [kept, setKept] = useState({ key, value })
  if (kept.key === key) return kept.value
  // Stored during render (React's pattern for state derived from props): the next render keeps it.
  setKept({ key, value })
  return value
}
