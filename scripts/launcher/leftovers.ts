import { readdir, readFile } from "node:fs/promises"
import { OWNER_ENV } from "./layout"
import { killProcesses } from "./process-groups"

/**
 * Processes started by a launcher of this data dir: every child gets OWNER_ENV=<data dir> in its
 * environment and passes it on to its own children, so /proc/<pid>/environ finds all of them,
 * even those that left their process group or outlived a launcher killed with SIGKILL.
 * (Linux only; elsewhere it finds nothing. PostgreSQL is not marked: it is stopped with pg_ctl.)
 */
export async function ownedProcesses(owner: string): Promise<number[]> {
  const entries = await readdir("/proc").catch(() => [] as string[])
  const needle = Buffer.from(`\0${OWNER_ENV}=${owner}\0`)
  const found: number[] = []
  for (const entry of entries) {
    const pid = Number(entry)
    if (!Number.isInteger(pid) || pid === process.pid) continue
    const environ = await readFile(`/proc/${pid}/environ`).catch(() => undefined)
    if (environ && Buffer.concat([Buffer.from("\0"), environ]).includes(needle)) found.push(pid)
  }
  return found
}

/** Stops leftovers of an earlier launcher of this data dir; returns how many there were. */
export async function killOwnedProcesses(owner: string): Promise<number> {
  const pids = await ownedProcesses(owner)
  if (pids.length > 0) await killProcesses(pids)
  return pids.length
}
