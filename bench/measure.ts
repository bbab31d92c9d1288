/**
 * Timing helpers for the benchmarks: run a function until enough time has passed, report percentiles.
 */
export interface Timing {
  runs: number
  medianMs: number
  p95Ms: number
  minMs: number
}

export function measure(fn: () => unknown, { minRuns = 5, maxRuns = 10_000, budgetMs = 1500 } = {}): Timing {
  fn() // warm-up
  const times: number[] = []
  const start = performance.now()
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - start < budgetMs)) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!
  return { runs: times.length, medianMs: at(0.5), p95Ms: at(0.95), minMs: times[0]! }
}

/** Times each item of a list once (after one warm-up of the first), for queries that differ. */
export function measureEach<T>(items: readonly T[], fn: (item: T) => unknown, warmAll = false): Timing {
  if (warmAll) items.forEach((item) => fn(item))
  else if (items.length > 0) fn(items[0]!)
  const times = items
    .map((item) => {
      const t0 = performance.now()
      fn(item)
      return performance.now() - t0
    })
    .sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!
  return { runs: times.length, medianMs: at(0.5), p95Ms: at(0.95), minMs: times[0]! }
}

export const fmt = (ms: number) =>
  ms < 0.01
    ? `${(ms * 1000).toFixed(2)} µs`
    : ms < 1
      ? `${(ms * 1000).toFixed(0)} µs`
      : ms < 1000
        ? `${ms.toFixed(1)} ms`
        : `${(ms / 1000).toFixed(2)} s`
