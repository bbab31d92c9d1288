// oxlint-disable unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
/**
 * The Web Worker that runs the core for the page: it parses the embedded dataset once and answers
 * requests by id. The page never waits on a computation.
 *
 * Requests from one view (a `view` key, one per mounted query) are coalesced: while the worker is busy,
 * a newer request from the same view replaces the one still waiting, which is answered `superseded`
 * (so a dragged slider computes only the newest question, not every step). Requests without a view
 * are all answered, in order.
 */
import '../app/zod-config.ts'
import { parseDataset } from '../../core/index.ts'
import network from '../../../data/network.json'
import { answer, type CoreRequest } from './core-requests.ts'
import { WaitingRequests, type Incoming } from './waiting-requests.ts'

const parsed = parseDataset(network)
const waiting = new WaitingRequests<CoreRequest>()
const PROGRESS_EVERY_MS = 100
let scheduled = false

function drainOne() {
  scheduled = false
  const next = waiting.take()
  if (!next) return
  const { id, request } = next
  const fail = (error: unknown) =>
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) })
  try {
    if (!parsed.ok) throw new Error('The embedded dataset is invalid')
    // How far a long answer has gone, at most ten times a second (and its last step): the page shows
    // it, and knows the worker is alive however long the answer takes.
    let told = 0
    const value = answer(parsed.dataset, request, (done, total, stage) => {
      const now = performance.now()
      if (done < total && now - told < PROGRESS_EVERY_MS) return
      told = now
      self.postMessage({ id, progress: { done, total, stage } })
    })
    if (value instanceof Promise) {
      // Code still loading (the tiler): answered when it has; the next request waits for it.
      value.then((v) => self.postMessage({ id, ok: true, value: v }), fail).finally(schedule)
      return
    }
    self.postMessage({ id, ok: true, value })
  } catch (error) {
    fail(error)
  }
  // Yield between answers, so messages that arrived meanwhile can replace what is still waiting.
  schedule()
}

function schedule() {
  if (scheduled || waiting.size === 0) return
  scheduled = true
  setTimeout(drainOne, 0)
}

self.addEventListener('message', (event: MessageEvent<Incoming<CoreRequest>>) => {
  const replaced = waiting.add(event.data)
  if (replaced !== null) self.postMessage({ id: replaced, ok: false, superseded: true })
  schedule()
})
