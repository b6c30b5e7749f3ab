import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdtemp, readFile, realpath, rm } from "node:fs/promises"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { repoRoot } from "../../scripts/launcher/config"
import { databaseUrl, productCount, publishableKey } from "../../scripts/launcher/database"
import { dataLayout, type DataLayout } from "../../scripts/launcher/layout"
import { ownedProcesses } from "../../scripts/launcher/leftovers"
import { freePort } from "../../scripts/launcher/ports"
import type { Readiness } from "../../scripts/launcher/readiness"
import { LauncherRun } from "./launcher-process"
import { leftovers } from "./leftovers"

const COLD_START_MS = 6 * 60_000 // builds included, on 2 shared cores
const WARM_START_MS = 3 * 60_000

/** Three distinct free ports (backend, storefront, postgres): never 9000/8000, which others may hold. */
async function freePorts(): Promise<[number, number, number]> {
  const ports = new Set<number>()
  while (ports.size < 3) ports.add(await freePort())
  return [...ports] as [number, number, number]
}

async function storeProductCount(ready: Readiness, key: string): Promise<number> {
  const response = await fetch(`${ready.backendUrl}/store/products?limit=1`, { headers: { "x-publishable-api-key": key } })
  expect(response.status).toBe(200)
  const body = (await response.json()) as { count: number; products: unknown[] }
  expect(body.products.length).toBeGreaterThan(0)
  return body.count
}

function reset(dataDir: string) {
  return spawnSync(path.join(repoRoot, "node_modules", ".bin", "tsx"), ["scripts/launcher/reset.ts", "--yes"], {
    cwd: repoRoot,
    env: { ...process.env, SEOGWIPO_DATA_DIR: dataDir },
    encoding: "utf8",
  })
}

describe("npm start with a taken port", () => {
  it("exits non-zero with a Korean and English message naming the port, starting nothing", { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "seogwipo-launcher-port-"))
    const blocker = net.createServer()
    const taken = await new Promise<number>((resolve) => blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as net.AddressInfo).port)))
    const [storefrontPort] = await freePorts()
    try {
      const run = new LauncherRun(dataDir, ["--backend-port", String(taken), "--storefront-port", String(storefrontPort)], "port-taken")
      const exit = await run.waitExit(60_000)
      expect(exit.code).not.toBe(0)
      expect(run.output).toContain(`포트 ${taken}`)
      expect(run.output).toContain(`Port ${taken} (backend and admin) is already in use`)
      expect(run.output).toContain("--backend-port")
      expect(run.output).toContain("SEOGWIPO_BACKEND_PORT")
      const layout = dataLayout(dataDir)
      expect(existsSync(layout.postgresLink)).toBe(false)
      expect(existsSync(layout.lockFile)).toBe(false)
      expect(existsSync(layout.sharedDir)).toBe(false)
      expect(await leftovers({ dataDir: layout.dataDir, ports: [storefrontPort] })).toEqual([])
    } finally {
      blocker.close()
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})

describe("npm start", () => {
  let dataDir = ""
  let layout: DataLayout
  let ports: [number, number, number]
  let args: string[]
  let run: LauncherRun | undefined
  let ready: Readiness
  let postgresHome: string | undefined
  let products = 0

  const current = () => {
    if (!run) throw new Error("no launcher was started")
    return run
  }
  const trace = () => ({ dataDir: layout.dataDir, postgresHome, ports: [...ports.slice(0, 2), ready.postgresPort] })
  const dbUrl = async () => {
    const secrets = JSON.parse(await readFile(layout.secretsFile, "utf8")) as { postgresPassword: string }
    return databaseUrl(secrets.postgresPassword, ready.postgresPort)
  }

  beforeAll(async () => {
    // mkdtemp makes a 0700 folder: as root this also exercises the postgres-cannot-traverse path
    dataDir = await mkdtemp(path.join(os.tmpdir(), "seogwipo-launcher-"))
    layout = dataLayout(dataDir)
    ports = await freePorts()
    args = ["--backend-port", String(ports[0]), "--storefront-port", String(ports[1]), "--postgres-port", String(ports[2])]
  })

  afterAll(async () => {
    if (run && !run.hasExited) await run.stop("SIGINT").catch(() => run?.proc.kill("SIGKILL"))
    const result = reset(dataDir)
    if (result.status !== 0) console.error(result.stdout, result.stderr)
    await rm(dataDir, { recursive: true, force: true })
  })

  it("cold start: builds if needed, migrates, seeds, creates the admin user and serves everything", { timeout: COLD_START_MS + 60_000 }, async () => {
    run = new LauncherRun(dataDir, args, "cold")
    ready = await run.waitReady(layout.readyFile, COLD_START_MS)
    console.log(`cold start: ready in ${((Date.now() - run.startedAt) / 1000).toFixed(1)} s`)
    postgresHome = await realpath(layout.postgresLink)
    expect(ready.backendUrl).toBe(`http://localhost:${ports[0]}`)
    expect(ready.storefrontUrl).toBe(`http://localhost:${ports[1]}`)
    expect(ready.adminUrl).toBe(`http://localhost:${ports[0]}/app`)
    expect((await fetch(`${ready.backendUrl}/health`)).status).toBe(200)
    expect((await fetch(ready.adminUrl)).status).toBe(200)
    expect((await fetch(ready.storefrontUrl)).status).toBeLessThan(500)
    const key = await publishableKey(await dbUrl())
    expect(key).toBeTruthy()
    products = await storeProductCount(ready, key ?? "")
    expect(products).toBeGreaterThan(0)
    expect(run.output).toContain("empty catalog: seeding")
    expect(run.output).toContain("creating the admin user")
    expect(run.output).toContain(ready.adminUrl)
    expect(run.output).toContain("admin@seogwipo.go.kr")
    expect(run.output).toContain(layout.secretsFile)
  })

  it("Ctrl-C (SIGINT) stops every process it started, postgres included", { timeout: 180_000 }, async () => {
    const exit = await current().stop("SIGINT")
    expect(exit.code).toBe(0)
    expect(existsSync(layout.readyFile)).toBe(false)
    expect(existsSync(layout.lockFile)).toBe(false)
    expect(await leftovers(trace())).toEqual([])
  })

  it("warm start keeps the data: no seeding, no new admin user, no build", { timeout: WARM_START_MS + 60_000 }, async () => {
    run = new LauncherRun(dataDir, args, "warm")
    ready = await run.waitReady(layout.readyFile, WARM_START_MS)
    const seconds = (Date.now() - run.startedAt) / 1000
    console.log(`warm start: ready in ${seconds.toFixed(1)} s`)
    expect(await productCount(await dbUrl())).toBeGreaterThan(0)
    expect(await storeProductCount(ready, (await publishableKey(await dbUrl())) ?? "")).toBe(products)
    expect(run.output).toContain("not seeding")
    expect(run.output).not.toContain("[seed]")
    expect(run.output).toContain("admin user admin@seogwipo.go.kr exists")
    expect(run.output).not.toContain("[admin-user]")
    expect(run.output).not.toContain("[build:")
    expect(run.output).not.toContain("[migrate]")
  })

  it("recovers from a launcher killed with SIGKILL (postgres, medusa and next left running)", { timeout: WARM_START_MS + 180_000 }, async () => {
    // SIGKILL the launcher itself (the node process tsx runs): nothing of it can clean up
    const killed = ready.pid
    process.kill(killed, "SIGKILL")
    await current().waitExit(30_000)
    run = new LauncherRun(dataDir, args, "after-sigkill")
    ready = await run.waitReady(layout.readyFile, WARM_START_MS)
    expect(ready.pid).not.toBe(killed)
    expect(run.output).toMatch(/left by an earlier launcher|left running by an earlier start/)
    expect((await fetch(`${ready.backendUrl}/health`)).status).toBe(200)
    const exit = await run.stop("SIGINT")
    expect(exit.code).toBe(0)
    expect(await leftovers(trace())).toEqual([])
  })

  it("stops everything and exits non-zero with the last lines when a server dies", { timeout: WARM_START_MS + 120_000 }, async () => {
    run = new LauncherRun(dataDir, args, "server-dies")
    ready = await run.waitReady(layout.readyFile, WARM_START_MS)
    const owned = await ownedProcesses(layout.dataDir)
    const commands = await Promise.all(owned.map(async (pid) => ({ pid, args: await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "") })))
    const medusa = commands.find((c) => c.args.includes("medusa") && c.args.includes("start"))
    expect(medusa).toBeDefined()
    process.kill(medusa?.pid ?? -1, "SIGKILL")
    const exit = await run.waitExit(120_000)
    expect(exit.code).toBe(1)
    expect(run.output).toContain("backend exited unexpectedly")
    expect(run.output).toContain("Last output:")
    expect(await leftovers(trace())).toEqual([])
  })
})
