import { spawn } from "node:child_process"
import type { Readable } from "node:stream"
import { OWNER_ENV } from "./layout"
import { bilingual, LastLines, LauncherError } from "./log"
import { groupAlive, killGroup } from "./process-groups"

export interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
}

export interface Child {
  name: string
  pid: number
  lastLines: LastLines
  exit: Promise<Exit>
}

export interface StartOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** A server: its exit before stopAll() is a failure of the whole stack. */
  persistent?: boolean
}

/** Thrown by run() when the launcher is stopping (Ctrl-C) while the command runs. */
export class Interrupted extends Error {}

function pipeLines(stream: Readable, prefix: string, out: NodeJS.WriteStream, lastLines: LastLines): void {
  let pending = ""
  stream.setEncoding("utf8")
  stream.on("data", (chunk: string) => {
    const lines = (pending + chunk).split(/\r?\n/)
    pending = lines.pop() ?? ""
    for (const line of lines) {
      lastLines.push(line)
      out.write(`${prefix}${line}\n`)
    }
  })
  stream.on("end", () => {
    if (pending) {
      lastLines.push(pending)
      out.write(`${prefix}${pending}\n`)
    }
  })
}

/**
 * Starts every child in its own process group (detached), streams its output with a [name]
 * prefix, and stops whole groups: Medusa leaves children behind when only its leader is killed.
 */
export class Supervisor {
  /** Every process group started (a group may outlive its leader). */
  private readonly groups: number[] = []
  private stopping = false
  onUnexpectedExit: (child: Child, exit: Exit) => void = () => undefined

  constructor(private readonly owner: string) {}

  get isStopping(): boolean {
    return this.stopping
  }

  start(name: string, command: string, args: string[], options: StartOptions): Child {
    if (this.stopping) throw new Interrupted(`not starting ${name}: stopping`)
    const proc = spawn(command, args, {
      cwd: options.cwd,
      env: { ...options.env, [OWNER_ENV]: this.owner },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    })
    const lastLines = new LastLines()
    const prefix = `[${name}] `
    pipeLines(proc.stdout, prefix, process.stdout, lastLines)
    pipeLines(proc.stderr, prefix, process.stderr, lastLines)
    const exit = new Promise<Exit>((resolve) => {
      proc.once("error", (error) => {
        lastLines.push(error.message)
        resolve({ code: null, signal: null })
      })
      proc.once("close", (code, signal) => resolve({ code, signal }))
    })
    const child: Child = { name, pid: proc.pid ?? -1, lastLines, exit }
    if (child.pid > 0) this.groups.push(child.pid)
    void exit.then((result) => {
      if (options.persistent && !this.stopping) this.onUnexpectedExit(child, result)
    })
    return child
  }

  /** Runs a command to completion; a non-zero exit becomes a LauncherError carrying its last lines. */
  async run(name: string, command: string, args: string[], options: Omit<StartOptions, "persistent">): Promise<void> {
    const child = this.start(name, command, args, options)
    const result = await child.exit
    if (child.pid > 0 && groupAlive(child.pid)) await killGroup(child.pid, 5_000)
    if (this.stopping) throw new Interrupted(`${name} interrupted`)
    if (result.code !== 0) {
      const how = result.signal ? `signal ${result.signal}` : `code ${result.code}`
      throw new LauncherError(
        bilingual(`${name} 단계가 실패했습니다 (${how}).`, `${name} failed (${how}).`) + `\nLast output:\n${child.lastLines.text()}`,
      )
    }
  }

  /** Stops every process group this supervisor started. */
  async stopAll(): Promise<void> {
    this.stopping = true
    await Promise.all(this.groups.map((pgid) => killGroup(pgid)))
  }
}
