import { performance } from "node:perf_hooks"

/** One timed request: when the headers arrived, when the first body chunk arrived, when it ended. */
export interface Sample {
  status: number
  headersMs: number
  firstByteMs: number
  totalMs: number
}

export interface Target {
  url: string
  headers?: Record<string, string>
}

export async function timedRequest(target: Target): Promise<Sample> {
  const start = performance.now()
  const response = await fetch(target.url, { headers: target.headers, redirect: "manual", signal: AbortSignal.timeout(60_000) })
  const headersMs = performance.now() - start
  let firstByteMs = headersMs
  if (response.body) {
    const reader = response.body.getReader()
    let first = true
    for (;;) {
      const { done } = await reader.read()
      if (first) {
        firstByteMs = performance.now() - start
        first = false
      }
      if (done) break
    }
  }
  return { status: response.status, headersMs, firstByteMs, totalMs: performance.now() - start }
}

export interface Series {
  samples: Sample[]
  /** Wall time of the measured requests (warm-up excluded). */
  elapsedMs: number
  /** Requests that did not answer 2xx, or failed. */
  errors: number
  firstError?: string
}

export interface SeriesOptions {
  requests: number
  concurrency: number
  warmup: number
}

/** Warm-up, then `requests` requests spread over `concurrency` workers, each one after the other. */
export async function runSeries(target: Target, options: SeriesOptions): Promise<Series> {
  for (let i = 0; i < options.warmup; i++) await timedRequest(target).catch(() => undefined)
  const samples: Sample[] = []
  let errors = 0
  let firstError: string | undefined
  let next = 0
  const worker = async () => {
    while (next < options.requests) {
      next++
      try {
        const sample = await timedRequest(target)
        if (sample.status >= 200 && sample.status < 300) samples.push(sample)
        else {
          errors++
          firstError ??= `HTTP ${sample.status}`
        }
      } catch (error) {
        errors++
        firstError ??= error instanceof Error ? error.message : String(error)
      }
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker))
  return { samples, elapsedMs: performance.now() - start, errors, firstError }
}
