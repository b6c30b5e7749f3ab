import { setTimeout as sleep } from "node:timers/promises"
import { describe, expect, it } from "vitest"
import { ownedProcesses } from "./leftovers"
import { LauncherError } from "./log"
import { groupAlive } from "./process-groups"
import { Supervisor } from "./supervisor"

const owner = `/tmp/supervisor-test-${process.pid}`

describe("supervisor", () => {
  it("stops a child's whole process group, grandchildren included", { timeout: 30_000 }, async () => {
    const supervisor = new Supervisor(owner)
    // a shell that leaves two background children, as `medusa develop` does
    const child = supervisor.start("tree", "sh", ["-c", "sleep 300 & sleep 300 & wait"], { cwd: "/", env: process.env, persistent: true })
    await sleep(300)
    expect(groupAlive(child.pid)).toBe(true)
    expect((await ownedProcesses(owner)).length).toBeGreaterThanOrEqual(3)
    await supervisor.stopAll()
    expect(groupAlive(child.pid)).toBe(false)
    expect(await ownedProcesses(owner)).toEqual([])
  })

  it("reports a failed command with its last output lines", async () => {
    const supervisor = new Supervisor(owner)
    const run = supervisor.run("failing", "sh", ["-c", "echo first; echo 'the reason' >&2; exit 3"], { cwd: "/", env: process.env })
    await expect(run).rejects.toThrow(LauncherError)
    await expect(run).rejects.toThrow(/failing failed \(code 3\)[\s\S]*the reason/)
  })

  it("tells about a server that exits on its own", async () => {
    const supervisor = new Supervisor(owner)
    const exited = new Promise<string>((resolve) => (supervisor.onUnexpectedExit = (child, exit) => resolve(`${child.name}:${exit.code}`)))
    supervisor.start("server", "sh", ["-c", "exit 7"], { cwd: "/", env: process.env, persistent: true })
    expect(await exited).toBe("server:7")
  })
})
