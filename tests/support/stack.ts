import { spawn, type ChildProcess } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { createServer } from "node:net"
import path from "node:path"

export const repoRoot = path.resolve(__dirname, "..", "..")

export type RunningStack = {
  backendUrl: string
  storefrontUrl: string
  adminUrl: string
  dataDir: string
  /** Everything the launcher printed so far. */
  output: () => string
  /** SIGINT, then wait for the launcher to exit; resolves with its exit code. */
  stop: () => Promise<number | null>
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))))
    })
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function waitForExit(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)))
}

/** Runs `npm start`'s launcher on free ports with the given data dir and waits until it serves. */
export async function startStack(dataDir: string, timeoutMs = 10 * 60_000): Promise<RunningStack> {
  const [backendPort, storefrontPort] = [await freePort(), await freePort()]
  const readyFile = path.join(dataDir, "launcher.json")
  let output = ""
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/launcher/start.ts", "--backend-port", String(backendPort), "--storefront-port", String(storefrontPort)],
    { cwd: repoRoot, env: { ...process.env, SEOGWIPO_DATA_DIR: dataDir }, stdio: ["ignore", "pipe", "pipe"] }
  )
  child.stdout?.on("data", (d) => (output += d))
  child.stderr?.on("data", (d) => (output += d))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT")
    return waitForExit(child)
  }
  const deadline = Date.now() + timeoutMs
  while (!existsSync(readyFile)) {
    if (child.exitCode !== null) throw new Error(`the launcher exited with ${child.exitCode} before serving:\n${output.slice(-4000)}`)
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`the launcher did not serve within ${timeoutMs / 1000}s:\n${output.slice(-4000)}`)
    }
    await sleep(250)
  }
  const ready = JSON.parse(readFileSync(readyFile, "utf8")) as { backendUrl: string; storefrontUrl: string; adminUrl: string }
  return { ...ready, dataDir, output: () => output, stop }
}
