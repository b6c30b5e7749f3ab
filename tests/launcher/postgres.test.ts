import { spawnSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import { cp, lstat, mkdir, mkdtemp, readlink, rm, rmdir, stat } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { repoRoot } from "../../scripts/launcher/config"
import { withClient } from "../../scripts/launcher/database"
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/launcher/embedded-postgres"
import { dataLayout, sharedBase } from "../../scripts/launcher/layout"
import { freePort } from "../../scripts/launcher/ports"
import { runningPostmaster, stopPostgres } from "../../scripts/launcher/postgres"
import { packageBinaries, reachableBinaries } from "../../scripts/launcher/postgres-binaries"
import { isRoot, postgresRunAs } from "../../scripts/launcher/postgres-user"

const password = "launcher-test-password-0123456789"
const cleanup: string[] = []
let running: RunningPostgres | undefined
let dataDir = ""

/** mkdtemp makes 0700 folders: the postgres OS user cannot traverse them, like a checkout under /root. */
async function privateFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "seogwipo-pg-test-"))
  cleanup.push(dir)
  return dir
}

afterAll(async () => {
  if (running) await stopPostgres(running.cluster)
  for (const dir of cleanup.reverse()) await rm(dir, { recursive: true, force: true })
  await rmdir(sharedBase()).catch(() => undefined) // only if empty
})

describe("embedded PostgreSQL", () => {
  it.runIf(isRoot())("copies the binaries to a world-traversable place when they sit under a 0700 folder", { timeout: 60_000 }, async () => {
    const folder = await privateFolder()
    expect((await stat(folder)).mode & 0o777).toBe(0o700)
    const original = await packageBinaries(repoRoot)
    const root = path.join(folder, "native")
    await cp(original.root, root, { recursive: true, verbatimSymlinks: true })
    const hidden = { ...original, root, postgres: path.join(root, "bin/postgres"), initdb: path.join(root, "bin/initdb"), pgCtl: path.join(root, "bin/pg_ctl") }
    const shared = path.join(sharedBase(), `test-${randomBytes(4).toString("hex")}`)
    cleanup.push(shared)
    const runAs = postgresRunAs()
    const reachable = await reachableBinaries(hidden, runAs, shared)
    expect(reachable.root.startsWith(`${shared}/`)).toBe(true)
    expect(spawnSync(reachable.postgres, ["--version"], { ...runAs, cwd: "/", encoding: "utf8" }).stdout).toMatch(/PostgreSQL\) 18/)
    // reused, not copied again
    expect((await reachableBinaries(hidden, runAs, shared)).root).toBe(reachable.root)
  })

  it("starts from a data dir under a 0700 folder: initdb UTF8 / C.UTF-8, database created", { timeout: 120_000 }, async () => {
    dataDir = path.join(await privateFolder(), "data")
    await mkdir(dataDir)
    const layout = dataLayout(dataDir)
    cleanup.push(layout.sharedDir)
    running = await startEmbeddedPostgres(layout, repoRoot, password, await freePort())
    expect(running.databaseCreated).toBe(true)
    if (isRoot()) {
      expect((await lstat(layout.postgresLink)).isSymbolicLink()).toBe(true)
      expect(await readlink(layout.postgresLink)).toBe(path.join(layout.sharedDir, "postgres"))
    }
    const settings = await withClient(running.databaseUrl, async (client) => {
      const result = await client.query<{ encoding: string; collate: string }>(
        "select pg_encoding_to_char(encoding) as encoding, datcollate as collate from pg_database where datname = current_database()",
      )
      await client.query("create table launcher_probe (name text)")
      await client.query("insert into launcher_probe values ('한라봉')")
      return result.rows[0]
    })
    expect(settings).toEqual({ encoding: "UTF8", collate: "C.UTF-8" })
  })

  it("recovers from a postgres left running by a killed launcher, keeping the data", { timeout: 120_000 }, async () => {
    if (!running) throw new Error("the previous test did not start postgres")
    const leftoverPid = await runningPostmaster(running.cluster)
    expect(leftoverPid).toBeGreaterThan(0)
    // start again while the old postmaster still runs: what a SIGKILLed launcher leaves behind
    running = await startEmbeddedPostgres(dataLayout(dataDir), repoRoot, password, await freePort())
    expect(running.databaseCreated).toBe(false)
    expect(await runningPostmaster(running.cluster)).not.toBe(leftoverPid)
    const rows = await withClient(running.databaseUrl, async (client) => (await client.query("select name from launcher_probe")).rows)
    expect(rows).toEqual([{ name: "한라봉" }])
  })

  it("stops with pg_ctl and leaves no postgres process behind", { timeout: 60_000 }, async () => {
    if (!running) throw new Error("postgres is not running")
    const pgData = running.cluster.pgData
    await stopPostgres(running.cluster)
    running = undefined
    expect(await runningPostmaster({ pgData } as never)).toBeUndefined()
    const ps = spawnSync("ps", ["-eo", "args"], { encoding: "utf8" }).stdout
    expect(ps.split("\n").filter((line) => line.includes(pgData))).toEqual([])
  })
})
