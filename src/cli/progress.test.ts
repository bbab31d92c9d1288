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
      line(done, 10, 'rows')
    }
    line.end()
    // 2 at 50 ms and 5 at 2,300 ms come too soon after the line before; 10 of 10 always shows.
    // At 2,250 ms, 3 steps took 2,250 ms since the first: 6 more take about 4.5 s.
    expect(io.progressLines).toEqual(['1 of 10', '3 of 10', '4 of 10, about 5 s left', '10 of 10', null])
  })

  it('starts each stage afresh: its first step shown at once, its estimate from its own pace', () => {
    const io = memoryIo()
    let clock = 0
    const line = progressLine(
      io,
      (done, total, stage) => `${stage} ${done}/${total}`,
      () => clock,
    )
    line(1, 4, 'rows')
    clock = 3000
    line(2, 4, 'rows')
    clock = 3050
    line(1, 3, 'projects')
    clock = 6050
    line(2, 3, 'projects')
    line.end()
    // Rows: one took 3 s, two more take about 6 s. Projects: timed from their own first step.
    expect(io.progressLines).toEqual([
      'rows 1/4',
      'rows 2/4, about 6 s left',
      'projects 1/3',
      'projects 2/3, about 3 s left',
      null,
    ])
  })

  it('writes nothing where the output is no terminal, and wipes nothing it did not write', () => {
    const io = memoryIo()
    const noTerminal: Io = { out: io.out, err: io.err, today: io.today, now: io.now }
    const line = progressLine(noTerminal, (d, t) => `${d}/${t}`)
    line(1, 2, 'rows')
    line(2, 2, 'rows')
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
