// oxlint-disable unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
/**
 * The Web Worker that runs the core for the page: it parses the embedded dataset once and answers
 * requests by id. The page never waits on a computation.
 */
import '../app/zod-config.ts'
import { parseDataset } from '../../core/index.ts'
import network from '../../../data/network.json'
import { answer, type CoreRequest } from './core-requests.ts'

const parsed = parseDataset(network)

self.addEventListener('message', (event: MessageEvent<{ id: number; request: CoreRequest }>) => {
  const { id, request } = event.data
  try {
    if (!parsed.ok) throw new Error('The embedded dataset is invalid')
    self.postMessage({ id, ok: true, value: answer(parsed.dataset, request) })
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) })
  }
})
