import { spawn, type ChildProcess } from "node:child_process"
import { mkdirSync, createWriteStream, type WriteStream } from "node:fs"
import { readFile } from "node:fs/promises"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { repoRoot } from "../../scripts/launcher/config"
import type { Readiness } from "../../scripts/launcher/readiness"

/** One `npm start` equivalent (`tsx scripts/launcher/start.ts`, what the root script runs) under test. */
export class LauncherRun {
  readonly proc: ChildProcess
  output = ""
  readonly startedAt = Date.now()
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  private readonly log: WriteStream

  constructor(dataDir: string, args: string[], label: string) {
    const artifacts = path.join(repoRoot, "tests", "artifacts")
    mkdirSync(artifacts, { recursive: true })
    this.log = createWriteStream(path.join(artifacts, `launcher-${label}.log`))
    this.proc = spawn(path.join(repoRoot, "node_modules", ".bin", "tsx"), ["scripts/launcher/start.ts", ...args], {
      cwd: repoRoot,
      env: { ...process.env, SEOGWIPO_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    })
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString("utf8")
      this.log.write(chunk)
    }
    this.proc.stdout?.on("data", collect)
    this.proc.stderr?.on("data", collect)
    this.exited = new Promise((resolve) => this.proc.once("close", (code, signal) => {
      this.log.end()
      resolve({ code, signal })
    }))
  }

  get hasExited(): boolean {
    return this.proc.exitCode !== null || this.proc.signalCode !== null
  }

  tail(lines = 60): string {
    return this.output.trimEnd().split("\n").slice(-lines).join("\n")
  }

  /** Waits for <dataDir>/launcher.json (everything serves); fails with the output's tail if the launcher exits first. */
  async waitReady(readyFile: string, timeoutMs: number): Promise<Readiness> {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (this.hasExited) throw new Error(`the launcher exited before it was ready:\n${this.tail()}`)
      const text = await readFile(readyFile, "utf8").catch(() => undefined)
      const readiness = text ? (JSON.parse(text) as Readiness) : undefined
      // a launcher.json older than this run is a stale one (from a launcher that was killed)
      if (readiness && Date.parse(readiness.startedAt) >= this.startedAt) return readiness
      await sleep(250)
    }
    throw new Error(`the launcher was not ready after ${timeoutMs / 1000} s:\n${this.tail()}`)
  }

  async stop(signal: NodeJS.Signals, timeoutMs = 120_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.hasExited) this.proc.kill(signal)
    return this.waitExit(timeoutMs, `after ${signal}`)
  }

  async waitExit(timeoutMs: number, what = ""): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const result = await Promise.race([this.exited, sleep(timeoutMs).then(() => undefined)])
    if (!result) throw new Error(`the launcher did not exit within ${timeoutMs / 1000} s ${what}:\n${this.tail()}`)
    return result
  }
}
