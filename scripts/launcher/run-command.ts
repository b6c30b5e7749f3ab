import { spawn } from "node:child_process"
import type { RunAs } from "./postgres-user"

export interface CommandResult {
  code: number | null
  output: string
}

/** Runs a short command to completion (optionally as another user), collecting its output. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; runAs?: RunAs; env?: NodeJS.ProcessEnv },
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      ...(options.runAs ?? {}),
    })
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")))
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")))
    child.once("error", (error) => resolve({ code: null, output: `${output}${error.message}` }))
    child.once("close", (code) => resolve({ code, output }))
  })
}
