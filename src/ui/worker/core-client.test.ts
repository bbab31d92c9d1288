import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Dataset } from '../../core/index.ts'
import { CoreUnavailableError, createCoreClient, type CoreProgress } from './core-client.ts'

/** A worker that records what it is sent and answers only when the test says. */
class FakeWorker extends EventTarget {
  readonly posted: Array<{ id: number }> = []
  postMessage(message: { id: number }) {
    this.posted.push(message)
  }
  say(data: object) {
    this.dispatchEvent(new MessageEvent('message', { data }))
  }
}

describe('core client', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('passes on how far a long answer has gone, and each report restarts the time allowed', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('Worker', FakeWorker)
    const worker = new FakeWorker()
    const client = createCoreClient({} as Dataset, () => worker as unknown as Worker, 1000)
    const heard: CoreProgress[] = []
    const answer = client.ask({ type: 'embedded-overlay' }, { onProgress: (p) => heard.push(p) })
    const id = worker.posted[0]!.id
    vi.advanceTimersByTime(900)
    worker.say({ id, progress: { done: 1, total: 9, stage: 'projects' } })
    vi.advanceTimersByTime(900)
    worker.say({ id, progress: { done: 2, total: 9, stage: 'projects' } })
    // 1,800 ms after the question, past the 1,000 allowed, but 900 after the last report.
    vi.advanceTimersByTime(900)
    worker.say({ id, ok: true, value: 'done' })
    await expect(answer).resolves.toBe('done')
    expect(heard).toEqual([
      { done: 1, total: 9, stage: 'projects' },
      { done: 2, total: 9, stage: 'projects' },
    ])
  })

  it('still gives up on a worker that says nothing for the time allowed', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('Worker', FakeWorker)
    const worker = new FakeWorker()
    const client = createCoreClient({} as Dataset, () => worker as unknown as Worker, 1000)
    const answer = client.ask({ type: 'embedded-overlay' })
    const id = worker.posted[0]!.id
    vi.advanceTimersByTime(600)
    worker.say({ id, progress: { done: 1, total: 9, stage: 'projects' } })
    vi.advanceTimersByTime(1001)
    await expect(answer).rejects.toBeInstanceOf(CoreUnavailableError)
  })
})
