/**
 * Asks the core a question whenever it changes; an answer to an older question is dropped, so a fast
 * series of changes (a slider being dragged) only ever shows the newest answer.
 */
import { startTransition, useEffect, useId, useRef, useState } from 'react'
import type { CoreAnswer, CoreRequest } from '../worker/core-requests.ts'
import { CoreUnavailableError, SupersededError } from '../worker/core-client.ts'
import { useApp } from '../app/app-context.tsx'
import { createLatestGate } from './latest-gate.ts'

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous: T | null }
  | { status: 'done'; value: T }
  /** `reason` says the planner itself is unavailable (its worker failed or timed out), not the question. */
  | { status: 'error'; message: string; reason: 'worker-failed' | 'timeout' | null }

export function useCoreQuery<R extends CoreRequest>(request: R | null): QueryState<CoreAnswer<R>> {
  const { core } = useApp()
  const [state, setState] = useState<QueryState<CoreAnswer<R>>>({ status: 'idle' })
  const gate = useRef(createLatestGate())
  // This query's requests replace each other in the worker's queue: only the newest is computed.
  const view = useId()
  const key = request ? JSON.stringify(request) : ''
  useEffect(() => {
    if (!request) {
      setState({ status: 'idle' })
      return
    }
    const ticket = gate.current.next()
    // In a transition too: set from this effect, a plain update would be rendered in one piece
    // (React slices only transitions), and the page under a slider is large: 35-70 ms at 4x slowdown.
    startTransition(() =>
      setState((s) => ({
        status: 'loading',
        previous: s.status === 'done' ? s.value : s.status === 'loading' ? s.previous : null,
      })),
    )
    core.ask(request, { view }).then(
      (value) => {
        // Drawing an answer can be heavy (a chart, a table of pairs): as a transition React draws it in
        // slices between frames, and a newer answer or a key press interrupts it.
        if (gate.current.isCurrent(ticket)) startTransition(() => setState({ status: 'done', value }))
      },
      (error: Error) => {
        // Replaced by a newer request of this query, whose answer will come.
        if (error instanceof SupersededError) return
        if (gate.current.isCurrent(ticket))
          setState({
            status: 'error',
            message: error.message,
            reason: error instanceof CoreUnavailableError ? error.reason : null,
          })
      },
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, core, view])
  return state
}
