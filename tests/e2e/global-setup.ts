import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { repoRoot, startStack } from "../support/stack"

/**
 * Starts the whole shop with the launcher, as `npm start` does, on free ports and a fresh data
 * dir; afterwards stops it and wipes that data with `npm run reset -- --yes`.
 */
export default async function globalSetup() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "seogwipo-e2e-"))
  const stack = await startStack(dataDir)
  process.env.STOREFRONT_URL = stack.storefrontUrl
  process.env.BACKEND_URL = stack.backendUrl
  process.env.SEOGWIPO_TEST_DATA_DIR = dataDir // secrets.json (admin sign-in), outbox
  return async () => {
    const code = await stack.stop()
    if (code !== 0) console.warn(`launcher exited with ${code}:\n${stack.output().slice(-2000)}`)
    spawnSync(process.execPath, [path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/launcher/reset.ts", "--yes"], {
      cwd: repoRoot,
      env: { ...process.env, SEOGWIPO_DATA_DIR: dataDir },
      stdio: "inherit",
    })
    rmSync(dataDir, { recursive: true, force: true })
  }
}
