/**
 * `npm run test:integration:one -- <files…>`: some backend integration tests on an embedded
 * PostgreSQL started for the run (what `npm test` does for all of them).
 */
import { randomBytes } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { spawnSync } from "node:child_process"
import { startEmbeddedPostgres } from "./launcher/embedded-postgres"
import { stopPostgres } from "./launcher/postgres"
import { dataLayout } from "./launcher/layout"

async function main() {
  const repoRoot = path.resolve(__dirname, "..")
  const work = mkdtempSync(path.join(tmpdir(), "seogwipo-int-"))
  const password = randomBytes(12).toString("hex")
  const layout = dataLayout(work)
  const pg = await startEmbeddedPostgres(layout, repoRoot, password, 55433)
  let status = 1
  try {
    const env = { ...process.env, DB_HOST: "localhost", DB_PORT: String(pg.port), DB_USERNAME: "postgres", DB_PASSWORD: password }
    status = spawnSync(path.join(repoRoot, "node_modules", ".bin", "vitest"), ["run", "--project", "integration", ...process.argv.slice(2)], { stdio: "inherit", env }).status ?? 1
  } finally {
    await stopPostgres(pg.cluster)
    rmSync(layout.sharedDir, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
  }
  process.exit(status)
}

void main()
