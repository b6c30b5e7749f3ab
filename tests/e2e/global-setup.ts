import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { startStack } from "../support/stack"

/**
 * Starts the whole shop with the launcher, as `npm start` would, on free ports. A data dir
 * handed over by the test orchestrator (E2E_DATA_DIR) is reused — already migrated and seeded.
 */
export default async function globalSetup() {
  const given = process.env.E2E_DATA_DIR
  const dataDir = given ?? mkdtempSync(path.join(tmpdir(), "seogwipo-e2e-"))
  const stack = await startStack(dataDir)
  process.env.STOREFRONT_URL = stack.storefrontUrl
  process.env.BACKEND_URL = stack.backendUrl
  return async () => {
    const code = await stack.stop()
    if (!given) rmSync(dataDir, { recursive: true, force: true })
    if (code !== 0) console.warn(`launcher exited with ${code}`)
  }
}
