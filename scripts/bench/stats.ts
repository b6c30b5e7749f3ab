/** Small statistics for the benchmark: percentiles, summaries and ratios against a baseline. */

export interface Summary {
  count: number
  min: number
  mean: number
  p50: number
  p95: number
  max: number
}

/**
 * The p-th percentile (0..100) by linear interpolation between the closest ranks (numpy's default):
 * percentile([1, 2, 3, 4], 50) is 2.5. Throws on an empty list or a p outside 0..100.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError("percentile of an empty list")
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`)
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  const lowValue = sorted[low] as number
  const highValue = sorted[high] as number
  return lowValue + (highValue - lowValue) * (rank - low)
}

/** The middle value (the mean of the two middle ones for an even count); throws on an empty list. */
export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new RangeError("summary of an empty list")
  const total = values.reduce((sum, v) => sum + v, 0)
  return {
    count: values.length,
    min: Math.min(...values),
    mean: total / values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: Math.max(...values),
  }
}

/** value / baseline; throws when the baseline is not a positive finite number. */
export function ratio(value: number, baseline: number): number {
  if (!(Number.isFinite(baseline) && baseline > 0)) throw new RangeError(`baseline must be a positive number, got ${baseline}`)
  return value / baseline
}

/** Requests per second for `count` requests finished in `elapsedMs`. */
export function throughput(count: number, elapsedMs: number): number {
  if (!(elapsedMs > 0)) throw new RangeError(`elapsed time must be positive, got ${elapsedMs}`)
  return (count * 1000) / elapsedMs
}

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`
  if (ms >= 100) return `${ms.toFixed(0)} ms`
  if (ms >= 10) return `${ms.toFixed(1)} ms`
  return `${ms.toFixed(2)} ms`
}

export function formatRatio(value: number): string {
  return value >= 10 ? `×${value.toFixed(0)}` : `×${value.toFixed(1)}`
}
