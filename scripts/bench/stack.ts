import { spawn, type ChildProcess } from "node:child_process"
import { closeSync, mkdtempSync, openSync } from "node:fs"
import { readFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { z } from "zod"
import { repoRoot } from "../launcher/config"
import { launcherAlive } from "../launcher/lock"
import { processAlive } from "../launcher/process-groups"

/** What the bench needs from <dataDir>/launcher.json (scripts/launcher/readiness.ts writes it). */
const readinessSchema = z.object({
  backendUrl: z.url(),
  storefrontUrl: z.url(),
  pid: z.number().int().positive(),
  startedAt: z.string(),
  postgresPort: z.number().int().positive().optional(),
})

export type StackInfo = z.infer<typeof readinessSchema>

export async function readReadiness(readyFile: string): Promise<StackInfo | undefined> {
  const text = await readFile(readyFile, "utf8").catch(() => undefined)
  if (!text) return undefined
  try {
    const parsed = readinessSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined // being written
  }
}

/** The stack serving from this data dir: launcher.json names a launcher process that is alive. */
export async function runningStack(readyFile: string): Promise<StackInfo | undefined> {
  const info = await readReadiness(readyFile)
  return info && launcherAlive({ pid: info.pid, startedAt: info.startedAt, mode: "" }) ? info : undefined
}

/** SIGINT (the launcher's Ctrl-C), then waits until the process is gone. */
export async function stopLauncherPid(pid: number, timeoutMs = 180_000): Promise<void> {
  if (!processAlive(pid)) return
  process.kill(pid, "SIGINT")
  const deadline = Date.now() + timeoutMs
  while (processAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`the launcher (pid ${pid}) did not stop within ${timeoutMs / 1000} s after SIGINT`)
    await sleep(200)
  }
}

async function answers(url: string, accept: (status: number) => boolean): Promise<boolean> {
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) })
    await response.arrayBuffer()
    return accept(response.status)
  } catch {
    return false
  }
}

/** A launcher this bench started (`tsx scripts/launcher/start.ts`, what `npm start` runs), logging to a file. */
export class OwnedLauncher {
  readonly logFile: string
  private readonly child: ChildProcess
  private readonly exited: Promise<void>
  private exitDescription: string | undefined

  constructor(dataDir: string, ports: { backend: number; storefront: number }) {
    this.logFile = path.join(mkdtempSync(path.join(os.tmpdir(), "seogwipo-bench-")), "launcher.log")
    // The launcher writes straight into the file: its output never depends on this process.
    const log = openSync(this.logFile, "a")
    const args = ["scripts/launcher/start.ts", "--backend-port", String(ports.backend), "--storefront-port", String(ports.storefront)]
    try {
      this.child = spawn(path.join(repoRoot, "node_modules", ".bin", "tsx"), args, {
        cwd: repoRoot,
        env: { ...process.env, SEOGWIPO_DATA_DIR: dataDir },
        stdio: ["ignore", log, log],
      })
    } finally {
      closeSync(log)
    }
    this.exited = new Promise((resolve) =>
      this.child.once("close", (code, signal) => {
        this.exitDescription = signal ? `signal ${signal}` : `code ${code}`
        resolve()
      }),
    )
  }

  /** What this start did besides starting (builds, migrations, seed), read from the launcher's output. */
  async extraWork(): Promise<string[]> {
    const text = await readFile(this.logFile, "utf8").catch(() => "")
    const found: string[] = []
    for (const match of text.matchAll(/\] (build:\w+): sources changed/g)) found.push(match[1] ?? "build")
    if (text.includes("creating the PostgreSQL cluster")) found.push("initdb")
    if (/running migrations/.test(text)) found.push("migrations")
    if (/seeding the/.test(text)) found.push("seed")
    return found
  }

  get hasExited(): boolean {
    return this.exitDescription !== undefined
  }

  /** Waits for a launcher.json newer than `since` (epoch ms), then for both URLs to answer. */
  async waitServing(readyFile: string, since: number, timeoutMs: number): Promise<StackInfo> {
    const deadline = Date.now() + timeoutMs
    const fail = (why: string) => new Error(`${why}; launcher output: ${this.logFile}`)
    let info: StackInfo | undefined
    for (;;) {
      if (this.hasExited) throw fail(`the launcher exited (${this.exitDescription}) before it served`)
      if (Date.now() > deadline) throw fail(`the stack did not serve within ${timeoutMs / 1000} s`)
      if (!info) {
        const found = await readReadiness(readyFile)
        if (found && Date.parse(found.startedAt) >= since - 1000) info = found
      }
      if (info && (await answers(`${info.backendUrl}/health`, (s) => s === 200)) && (await answers(info.storefrontUrl, (s) => s < 500))) {
        return info
      }
      await sleep(100)
    }
  }

  async stop(timeoutMs = 180_000): Promise<void> {
    if (this.hasExited) return
    this.child.kill("SIGINT")
    const stopped = await Promise.race([this.exited.then(() => true), sleep(timeoutMs).then(() => false)])
    if (!stopped) throw new Error(`the launcher did not stop within ${timeoutMs / 1000} s after SIGINT; output: ${this.logFile}`)
  }
}

export function portOf(url: string): number {
  const parsed = new URL(url)
  return Number(parsed.port || (parsed.protocol === "https:" ? 443 : 80))
}
