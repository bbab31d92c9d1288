// Target L4: however the answers of a burst of requests arrive, only the newest request's answer is shown.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLatestGate } from './latest-gate.ts'

describe('latest gate', () => {
  it('never lets an older answer overwrite a newer one, in any order of arrival', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 20 }), async (s, count) => {
        const gate = createLatestGate()
        let shown: number | null = null
        const pending: Array<Promise<void>> = []
        for (let request = 0; request < count; request++) {
          const ticket = gate.next()
          pending.push(
            s.schedule(Promise.resolve(request)).then((answer) => {
              if (gate.isCurrent(ticket)) shown = answer
            }),
          )
        }
        await s.waitAll()
        await Promise.all(pending)
        expect(shown).toBe(count - 1)
      }),
      { numRuns: 200 },
    )
  })
})
