import { mkdir } from "node:fs/promises"
import { ensureAdminUser, ensureDemoFarmer } from "./admin-user"
import { addresses, backendEnv, storefrontEnv, type Addresses } from "./app-env"
import { appsIn } from "./apps"
import { banner } from "./banner"
import { withBuildLock } from "./build-lock"
import { backendBuild, buildIfChanged, codeHash, storefrontBuild } from "./builds"
import { readStartOptions, repoRoot, START_USAGE, type StartOptions } from "./config"
import { publishableKey } from "./database"
import { prepareCluster, runCluster } from "./embedded-postgres"
import { dataLayout } from "./layout"
import { killOwnedProcesses } from "./leftovers"
import { describeError, fail, info, LauncherError, warn } from "./log"
import { migrateIfNeeded } from "./migrate"
import { assertPortsFree } from "./ports"
import { removeReadiness, writeReadiness } from "./readiness"
import { loadOrCreateSecrets } from "./secrets"
import { linkUploads } from "./uploads"
import { seedIfEmpty } from "./seed"
import { startBackend, startStorefront } from "./servers"
import { Session } from "./session"
import { Interrupted } from "./supervisor"

/** Fails before anything starts when a port the person chose (or the default) is taken. */
function checkPorts(at: Addresses): Promise<void> {
  return assertPortsFree([
    { port: at.backendPort, koreanName: "백엔드·관리자", englishName: "backend and admin", flag: "--backend-port", env: "SEOGWIPO_BACKEND_PORT" },
    { port: at.storefrontPort, koreanName: "쇼핑몰", englishName: "storefront", flag: "--storefront-port", env: "SEOGWIPO_STOREFRONT_PORT" },
  ])
}

async function launch(options: StartOptions, session: Session): Promise<void> {
  const started = Date.now()
  const { layout, supervisor } = session
  const apps = appsIn(repoRoot)
  const at = addresses(options.backendPort, options.storefrontPort)
  info(`${options.mode === "dev" ? "dev mode" : "production mode"}; data: ${layout.dataDir}`)

  await session.lock(options.mode)
  await removeReadiness(layout.readyFile) // a stale one from a launcher that was killed
  const leftovers = await killOwnedProcesses(layout.dataDir)
  if (leftovers > 0) info(`stopped ${leftovers} process(es) left by an earlier launcher that was killed`)
  await checkPorts(at)

  const { secrets, created } = await loadOrCreateSecrets(layout.secretsFile)
  if (created) info(`generated secrets and the admin password: ${layout.secretsFile} (mode 0600)`)

  // Builds first: if one fails, nothing is running yet.
  const buildEnv = backendEnv(options.mode, "postgres://unused@localhost/unused", secrets, at, layout.uploadsDir, layout.outboxFile)
  const backendTarget = backendBuild(apps, buildEnv)
  if (options.mode === "production") {
    await withBuildLock(repoRoot, async () => {
      await buildIfChanged(supervisor, backendTarget, buildEnv)
      await buildIfChanged(supervisor, storefrontBuild(apps), storefrontEnv(options.mode, at, undefined, secrets))
    })
  }
  const backendHash = await codeHash(backendTarget)

  session.cluster = await prepareCluster(layout, repoRoot)
  const postgres = await runCluster(session.cluster, secrets.postgresPassword, options.postgresPort)
  const env = backendEnv(options.mode, postgres.databaseUrl, secrets, at, layout.uploadsDir, layout.outboxFile)
  await linkUploads(apps, options.mode, layout.uploadsDir)
  await migrateIfNeeded(supervisor, apps, env, {
    stateFile: layout.stateFile,
    databaseUrl: postgres.databaseUrl,
    databaseCreated: postgres.databaseCreated,
    backendHash,
  })
  await seedIfEmpty(supervisor, apps, env, postgres.databaseUrl)
  await ensureAdminUser(supervisor, apps, env, postgres.databaseUrl, secrets)
  await ensureDemoFarmer(supervisor, apps, env, postgres.databaseUrl, secrets)

  await startBackend(supervisor, apps, options.mode, env, at)
  info(`backend answers ${at.backendUrl}/health`)
  const key = await publishableKey(postgres.databaseUrl)
  if (!key) warn("no publishable API key in the database (the seed creates one): the storefront cannot list products")
  await startStorefront(supervisor, apps, options.mode, storefrontEnv(options.mode, at, key, secrets), at)

  supervisor.onUnexpectedExit = (child, exit) => {
    const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`
    fail(`${child.name} 프로세스가 예기치 않게 종료되었습니다 / ${child.name} exited unexpectedly (${how}). Last output:\n${child.lastLines.text()}`)
    void session.stop(1)
  }
  const readyAt = new Date()
  await writeReadiness(layout.readyFile, {
    backendUrl: at.backendUrl,
    storefrontUrl: at.storefrontUrl,
    adminUrl: at.adminUrl,
    pid: process.pid,
    startedAt: readyAt.toISOString(),
    mode: options.mode,
    postgresPort: postgres.port,
  })
  process.stdout.write(`${banner(at, secrets, layout.secretsFile, (readyAt.getTime() - started) / 1000)}\n`)
}

async function main(): Promise<void> {
  const options = readStartOptions(process.argv.slice(2))
  if (!options) {
    process.stdout.write(`${START_USAGE}\n`)
    return
  }
  await mkdir(options.dataDir, { recursive: true })
  const session = new Session(dataLayout(options.dataDir))
  session.handleSignals()
  try {
    await launch(options, session)
  } catch (error) {
    if (session.isStopping || error instanceof Interrupted) return
    fail(describeError(error))
    await session.stop(error instanceof LauncherError ? error.exitCode : 1)
  }
}

main().catch((error: unknown) => {
  fail(describeError(error))
  process.exit(error instanceof LauncherError ? error.exitCode : 1)
})
