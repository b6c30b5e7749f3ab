import { readFileSync } from "node:fs"
import { rm, writeFile } from "node:fs/promises"
import { z } from "zod"
import { readJson } from "./json-file"
import { bilingual, LauncherError } from "./log"

const lockSchema = z.object({ pid: z.number().int(), startedAt: z.string(), mode: z.string() })
export type LockInfo = z.infer<typeof lockSchema>

/** A launcher process with that pid is alive (the pid was not reused by something else). */
export function launcherAlive(lock: LockInfo): boolean {
  try {
    process.kill(lock.pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false
  }
  try {
    return readFileSync(`/proc/${lock.pid}/cmdline`, "utf8").includes("launcher")
  } catch {
    return true // no /proc: trust the pid
  }
}

export async function readLock(file: string): Promise<LockInfo | undefined> {
  return readJson(file, lockSchema).catch(() => undefined)
}

/** The running launcher of this data dir, if any. */
export async function runningLauncher(file: string): Promise<LockInfo | undefined> {
  const lock = await readLock(file)
  return lock && lock.pid !== process.pid && launcherAlive(lock) ? lock : undefined
}

export function alreadyRunning(lock: LockInfo, dataDir: string): LauncherError {
  return new LauncherError(
    bilingual(
      `서귀포in 실행기가 이미 이 데이터 폴더(${dataDir})로 실행 중입니다 (pid ${lock.pid}, ${lock.startedAt} 시작). 먼저 그 창에서 Ctrl-C로 멈추세요.`,
      `A 서귀포in launcher is already running with this data folder (${dataDir}) (pid ${lock.pid}, started ${lock.startedAt}). Stop it first (Ctrl-C in its window).`,
    ),
    4,
  )
}

/** Takes <dataDir>/launcher.lock for this process; refuses while another launcher of the data dir lives. */
export async function acquireLock(file: string, dataDir: string, mode: string): Promise<void> {
  const content = `${JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), mode })}\n`
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, content, { flag: "wx", mode: 0o644 })
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
      const other = await runningLauncher(file)
      if (other) throw alreadyRunning(other, dataDir)
      await rm(file, { force: true }) // left by a launcher that was killed
    }
  }
  throw new LauncherError(`could not take ${file}`)
}

export async function releaseLock(file: string): Promise<void> {
  const lock = await readLock(file)
  if (!lock || lock.pid === process.pid) await rm(file, { force: true })
}
