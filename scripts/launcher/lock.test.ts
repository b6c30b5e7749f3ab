import { spawn } from "node:child_process"
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { acquireLock, releaseLock, runningLauncher } from "./lock"

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

async function lockFile(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "seogwipo-lock-"))
  dirs.push(dir)
  return path.join(dir, "launcher.lock")
}

describe("launcher lock", () => {
  it("is taken and released by this process", async () => {
    const file = await lockFile()
    await acquireLock(file, path.dirname(file), "production")
    expect(JSON.parse(await readFile(file, "utf8"))).toMatchObject({ pid: process.pid, mode: "production" })
    await releaseLock(file)
    await expect(readFile(file)).rejects.toThrow()
  })

  it("replaces the lock of a launcher that is gone (killed)", async () => {
    const file = await lockFile()
    await writeFile(file, JSON.stringify({ pid: 2 ** 22 + 7, startedAt: "earlier", mode: "production" }))
    await acquireLock(file, path.dirname(file), "dev")
    expect(JSON.parse(await readFile(file, "utf8"))).toMatchObject({ pid: process.pid, mode: "dev" })
  })

  it("refuses while another launcher of the data dir runs", async () => {
    const file = await lockFile()
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)", "scripts/launcher/start.ts"], { stdio: "ignore" })
    try {
      await writeFile(file, JSON.stringify({ pid: other.pid, startedAt: "now", mode: "production" }))
      expect((await runningLauncher(file))?.pid).toBe(other.pid)
      await expect(acquireLock(file, path.dirname(file), "production")).rejects.toThrow(/already running[\s\S]*pid/)
    } finally {
      other.kill()
    }
  })
})
