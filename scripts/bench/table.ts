/** A plain-text table for the terminal: columns padded to their widest cell (by code point). */

export interface TableOptions {
  /** Columns (by index) aligned left; the others are right-aligned. Default: the first column only. */
  left?: readonly number[]
}

const width = (text: string) => [...text].length

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const left = new Set(options.left ?? [0])
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))))
  const line = (cells: readonly string[]) =>
    header
      .map((_, i) => {
        const cell = cells[i] ?? ""
        const pad = " ".repeat((widths[i] ?? 0) - width(cell))
        return left.has(i) ? cell + pad : pad + cell
      })
      .join("  ")
      .trimEnd()
  const head = line(header)
  return [head, "-".repeat(width(head)), ...rows.map(line)].join("\n")
}
