import { readdir, readFile } from "node:fs/promises"
import { ownedProcesses } from "../../scripts/launcher/leftovers"
import { isPortFree } from "../../scripts/launcher/ports"

export interface Trace {
  dataDir: string
  /** Real path of PostgreSQL's home (under /var/lib/seogwipo-in/... when the data dir is private). */
  postgresHome?: string
  ports: number[]
}

async function commandLines(): Promise<{ pid: number; args: string }[]> {
  const found: { pid: number; args: string }[] = []
  for (const entry of await readdir("/proc")) {
    const pid = Number(entry)
    if (!Number.isInteger(pid) || pid === process.pid) continue
    const raw = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")
    if (raw) found.push({ pid, args: raw.split("\0").join(" ").trim() })
  }
  return found
}

/**
 * What a launcher may have left: processes whose command line names the data dir, postgres home or
 * one of the ports, processes carrying the launcher's marker for the data dir, and listening ports.
 */
export async function leftovers(trace: Trace): Promise<string[]> {
  const needles = [trace.dataDir, ...(trace.postgresHome ? [trace.postgresHome] : []), ...trace.ports.flatMap((p) => [`-p ${p}`, `--port ${p}`, `:${p}`])]
  const problems: string[] = []
  for (const { pid, args } of await commandLines()) {
    if (needles.some((n) => args.includes(n))) problems.push(`process ${pid}: ${args}`)
  }
  for (const pid of await ownedProcesses(trace.dataDir)) problems.push(`process ${pid} carries the launcher's marker`)
  for (const port of trace.ports) if (!(await isPortFree(port))) problems.push(`port ${port} is still in use`)
  return problems
}
