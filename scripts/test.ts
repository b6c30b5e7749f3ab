import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { randomBytes } from "node:crypto"
import { repoRoot } from "./launcher/config"
import { dataLayout } from "./launcher/layout"
import { startEmbeddedPostgres } from "./launcher/embedded-postgres"
import { stopPostgres } from "./launcher/postgres"
import { ensureSystemPrograms } from "./test/system-programs"
import { runStep, type StepResult } from "./test/run-step"
import { addCounts, emptyCounts, playwrightCounts, vitestCounts } from "./test/counts"

/**
 * `npm test`: types, lint, unit tests, backend integration tests on an embedded PostgreSQL,
 * the launcher and compose tests, then the browser tests against the shop the launcher starts.
 * Ends with one line "N passed, N failed, N skipped"; exits non-zero if anything failed.
 */
async function main() {
  const started = Date.now()
  ensureSystemPrograms()
  const work = mkdtempSync(path.join(tmpdir(), "seogwipo-test-"))
  const reports = path.join(work, "reports")
  mkdirSync(reports)
  mkdirSync(path.join(repoRoot, "tests", "artifacts"), { recursive: true })
  const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name)
  const vitest = (project: string, env: NodeJS.ProcessEnv = {}) =>
    runStep(`vitest ${project}`, bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reports, `${project}.json`)}`], env)

  const steps: StepResult[] = []
  steps.push(await runStep("typecheck", "npm", ["run", "--silent", "typecheck"]))
  steps.push(await runStep("lint", "npm", ["run", "--silent", "lint"]))
  steps.push(await vitest("unit"))

  // Integration tests: Medusa's runner makes throwaway databases on this cluster.
  const password = randomBytes(12).toString("hex")
  mkdirSync(path.join(work, "pg"))
  const pgLayout = dataLayout(path.join(work, "pg"))
  const pg = await startEmbeddedPostgres(pgLayout, repoRoot, password, 55432)
  try {
    steps.push(await vitest("integration", { DB_HOST: "localhost", DB_PORT: String(pg.port), DB_USERNAME: "postgres", DB_PASSWORD: password }))
  } finally {
    await stopPostgres(pg.cluster)
    rmSync(pgLayout.sharedDir, { recursive: true, force: true }) // where postgres kept it, if not under /tmp
  }

  steps.push(await vitest("system"))
  steps.push(
    await runStep("playwright", bin("playwright"), ["test", "-c", "tests/e2e/playwright.config.ts", "--reporter=list,json"], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, "e2e.json"),
    })
  )

  let counts = emptyCounts()
  for (const project of ["unit", "integration", "system"]) counts = addCounts(counts, vitestCounts(path.join(reports, `${project}.json`)))
  counts = addCounts(counts, playwrightCounts(path.join(reports, "e2e.json")))
  rmSync(work, { recursive: true, force: true })

  console.log("\n── npm test ──")
  for (const s of steps) console.log(`${s.ok ? "✓" : "✗"} ${s.name.padEnd(20)} ${s.seconds.toFixed(0)}s`)
  console.log(`total ${((Date.now() - started) / 1000).toFixed(0)}s`)
  const failedSteps = steps.filter((s) => !s.ok).length
  console.log(`${counts.passed} passed, ${counts.failed + failedSteps} failed, ${counts.skipped} skipped`)
  process.exit(failedSteps === 0 && counts.failed === 0 ? 0 : 1)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  console.log("0 passed, 1 failed")
  process.exit(1)
})
