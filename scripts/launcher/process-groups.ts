import { setTimeout as sleep } from "node:timers/promises"

/** True while any process of the group exists. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal)
  } catch {
    // already gone
  }
}

async function waitGone(alive: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (alive()) {
    if (Date.now() > deadline) return false
    await sleep(100)
  }
  return true
}

/** SIGTERM to the whole process group, SIGKILL to what is left after the grace period. */
export async function killGroup(pgid: number, graceMs = 10_000): Promise<void> {
  if (!groupAlive(pgid)) return
  signalGroup(pgid, "SIGTERM")
  if (await waitGone(() => groupAlive(pgid), graceMs)) return
  signalGroup(pgid, "SIGKILL")
  await waitGone(() => groupAlive(pgid), 5_000)
}

/** Whether a process with this pid exists (EPERM: it exists, owned by another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

/** SIGTERM to single processes, SIGKILL to those still there after the grace period. */
export async function killProcesses(pids: number[], graceMs = 5_000): Promise<void> {
  const send = (signal: NodeJS.Signals) => {
    for (const pid of pids) {
      try {
        process.kill(pid, signal)
      } catch {
        // already gone
      }
    }
  }
  send("SIGTERM")
  if (await waitGone(() => pids.some(processAlive), graceMs)) return
  send("SIGKILL")
  await waitGone(() => pids.some(processAlive), 5_000)
}
