import { createHash } from "node:crypto"
import { readFile, rm, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { info } from "./log"
import { processAlive } from "./process-groups"

/**
 * One build at a time per checkout: launchers of different data dirs (a test, a benchmark, a
 * person) share backend/.medusa and storefront/.next, and two builds into them at once corrupt
 * both (and would need 2 × 1.8 GB on 2 cores). The lock is a file in the temp dir naming its pid.
 */
export function buildLockFile(repoRoot: string): string {
  const id = createHash("sha256").update(repoRoot).digest("hex").slice(0, 12)
  return path.join(os.tmpdir(), `seogwipo-in-build-${id}.lock`)
}

export async function withBuildLock<T>(repoRoot: string, work: () => Promise<T>): Promise<T> {
  const file = buildLockFile(repoRoot)
  let told = false
  for (;;) {
    try {
      await writeFile(file, String(process.pid), { flag: "wx" })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
      const holder = Number.parseInt(await readFile(file, "utf8").catch(() => ""), 10)
      if (Number.isInteger(holder) && holder !== process.pid && processAlive(holder)) {
        if (!told) info(`another launcher (pid ${holder}) is building this checkout: waiting for it…`)
        told = true
        await sleep(1000)
      } else {
        await rm(file, { force: true })
      }
    }
  }
  try {
    return await work()
  } finally {
    await rm(file, { force: true })
  }
}
