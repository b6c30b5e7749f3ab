import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { writeFile } from "node:fs/promises"
import { setTimeout as sleep } from "node:timers/promises"
import { describe, expect, it } from "vitest"
import { buildLockFile, withBuildLock } from "./build-lock"

describe("build lock", () => {
  it("waits while another live process builds the same checkout, then takes over", async () => {
    const checkout = `/tmp/seogwipo-build-lock-test-${process.pid}`
    const other = spawn("sleep", ["30"], { stdio: "ignore" })
    await writeFile(buildLockFile(checkout), String(other.pid))
    let ran = false
    const build = withBuildLock(checkout, async () => {
      ran = true
    })
    await sleep(1500)
    expect(ran).toBe(false)
    other.kill()
    await build
    expect(ran).toBe(true)
    expect(existsSync(buildLockFile(checkout))).toBe(false)
  })

  it("takes over the lock of a process that is gone", async () => {
    const checkout = `/tmp/seogwipo-build-lock-test-gone-${process.pid}`
    await writeFile(buildLockFile(checkout), String(2 ** 22 + 11))
    expect(await withBuildLock(checkout, async () => "built")).toBe("built")
  })
})
