import { describe, expect, it } from 'vitest'
import { memoryIo, type Io } from './io.ts'
import { aboutLeft, progressLine } from './progress.ts'

describe('progress line', () => {
  it('rewrites at most five times a second, estimates after two seconds, and wipes itself at the end', () => {
    const io = memoryIo()
    let clock = 0
    const line = progressLine(
      io,
      (done, total) => `${done} of ${total}`,
      () => clock,
    )
    const steps: Array<[number, number]> = [
      [0, 1],
      [50, 2],
      [250, 3],
      [2250, 4],
      [2300, 5],
      [2310, 10],
    ]
    for (const [at, done] of steps) {
      clock = at
      line(done, 10)
    }
    line.end()
    // 2 at 50 ms and 5 at 2,300 ms come too soon after the line before; 10 of 10 always shows.
    // At 2,250 ms, 3 steps took 2,250 ms since the first: 6 more take about 4.5 s.
    expect(io.progressLines).toEqual(['1 of 10', '3 of 10', '4 of 10, about 5 s left', '10 of 10', null])
  })

  it('writes nothing where the output is no terminal, and wipes nothing it did not write', () => {
    const io = memoryIo()
    const noTerminal: Io = { out: io.out, err: io.err, today: io.today, now: io.now }
    const line = progressLine(noTerminal, (d, t) => `${d}/${t}`)
    line(1, 2)
    line(2, 2)
    line.end()
    expect(io.stderr).toEqual([])
    const unused = progressLine(io, (d, t) => `${d}/${t}`)
    unused.end()
    expect(io.progressLines).toEqual([])
  })

  it('says seconds, then minutes', () => {
    expect(aboutLeft(400)).toBe('about 1 s left')
    expect(aboutLeft(42_000)).toBe('about 42 s left')
    expect(aboutLeft(89_400)).toBe('about 89 s left')
    expect(aboutLeft(150_000)).toBe('about 3 min left')
  })
})
