import { formatMs, formatRatio, ratio, summarize, throughput } from "./stats"
import type { Sample, Series } from "./timing"

export type Metric = "totalMs" | "firstByteMs"

export interface Measurement {
  label: string
  series: Series
  /** Whole response for API calls; first body byte for pages. */
  metric: Metric
  concurrency: number
  /** The label of the measurement this one is compared with (same run, same metric). */
  baseline?: string
}

interface Row {
  cells: string[]
}

const HEADER = ["measurement", "n", "err", "p50", "p95", "req/s", "p50 vs base", "p95 vs base", "baseline"]

function values(samples: Sample[], metric: Metric): number[] {
  return samples.map((s) => s[metric])
}

function row(m: Measurement, byLabel: Map<string, Measurement>): Row {
  if (m.series.samples.length === 0) {
    return { cells: [m.label, "0", String(m.series.errors), "-", "-", "-", "-", "-", m.series.firstError ?? "no answer"] }
  }
  const s = summarize(values(m.series.samples, m.metric))
  const base = m.baseline ? byLabel.get(m.baseline) : undefined
  const b = base && base.series.samples.length > 0 ? summarize(values(base.series.samples, m.metric)) : undefined
  return {
    cells: [
      m.label,
      String(s.count),
      String(m.series.errors),
      formatMs(s.p50),
      formatMs(s.p95),
      throughput(s.count, m.series.elapsedMs).toFixed(1),
      b ? formatRatio(ratio(s.p50, b.p50)) : "",
      b ? formatRatio(ratio(s.p95, b.p95)) : "",
      m.baseline ?? "(baseline)",
    ],
  }
}

/** A plain-text table, columns padded (numbers right-aligned). */
export function renderTable(measurements: Measurement[]): string {
  const byLabel = new Map(measurements.map((m) => [m.label, m]))
  const rows = [HEADER, ...measurements.map((m) => row(m, byLabel).cells)]
  const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? "")].length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - [...cell].length)
        return i === 0 || i === cells.length - 1 ? cell + pad : pad + cell
      })
      .join("  ")
      .trimEnd()
  const [header, ...body] = rows.map(line)
  return [header, "-".repeat((header ?? "").length), ...body].join("\n")
}
