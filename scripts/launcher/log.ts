/** Console output of the launcher: one prefix, bilingual messages, and errors that carry an exit code. */

const PREFIX = "[서귀포in]"

export function info(message: string): void {
  process.stdout.write(`${PREFIX} ${message}\n`)
}

export function warn(message: string): void {
  process.stderr.write(`${PREFIX} ⚠ ${message}\n`)
}

export function fail(message: string): void {
  process.stderr.write(`${PREFIX} ✖ ${message}\n`)
}

/** A message in Korean first, then English, as every user-facing error is written. */
export function bilingual(korean: string, english: string): string {
  return `${korean}\n${english}`
}

/** An error the launcher explains to the person running it (no stack trace), with its exit code. */
export class LauncherError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
    this.name = "LauncherError"
  }
}

/** Keeps the last lines a process printed, to show them when it fails. */
export class LastLines {
  private readonly lines: string[] = []

  constructor(private readonly limit = 40) {}

  push(line: string): void {
    this.lines.push(line)
    if (this.lines.length > this.limit) this.lines.shift()
  }

  text(): string {
    return this.lines.join("\n")
  }
}

export function describeError(error: unknown): string {
  if (error instanceof LauncherError) return error.message
  if (error instanceof Error) return error.stack ?? error.message
  return String(error)
}
