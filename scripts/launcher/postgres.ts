import { existsSync } from "node:fs"
import { chown, readFile, rename, rm, stat, writeFile } from "node:fs/promises"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import { bilingual, info, LauncherError } from "./log"
import type { PostgresBinaries } from "./postgres-binaries"
import type { RunAs } from "./postgres-user"
import { runCommand } from "./run-command"

/** One PostgreSQL cluster: its home (data/ + postgres.log), binaries and the OS user it runs as. */
export interface PostgresCluster {
  home: string
  pgData: string
  logFile: string
  binaries: PostgresBinaries
  runAs: RunAs | undefined
}

export function clusterAt(home: string, binaries: PostgresBinaries, runAs: RunAs | undefined): PostgresCluster {
  return { home, pgData: path.join(home, "data"), logFile: path.join(home, "postgres.log"), binaries, runAs }
}

function pg(cluster: PostgresCluster, binary: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_MESSAGES: "C" }
  delete env.LC_ALL
  return runCommand(binary, args, { cwd: cluster.home, runAs: cluster.runAs, env })
}

async function logTail(cluster: PostgresCluster, lines = 20): Promise<string> {
  const text = await readFile(cluster.logFile, "utf8").catch(() => "")
  return text.trimEnd().split("\n").slice(-lines).join("\n")
}

/** initdb (UTF8, C.UTF-8: without them it silently makes SQL_ASCII) when the cluster does not exist yet. */
export async function initIfNeeded(cluster: PostgresCluster, password: string): Promise<boolean> {
  if (existsSync(path.join(cluster.pgData, "PG_VERSION"))) return false
  await rm(cluster.pgData, { recursive: true, force: true })
  info("creating the PostgreSQL cluster (initdb)")
  const passwordFile = path.join(cluster.home, ".initdb-password")
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 })
  if (cluster.runAs) await chown(passwordFile, cluster.runAs.uid, cluster.runAs.gid)
  try {
    const result = await pg(cluster, cluster.binaries.initdb, [
      `--pgdata=${cluster.pgData}`,
      "--username=postgres",
      "--auth=scram-sha-256",
      `--pwfile=${passwordFile}`,
      "--encoding=UTF8",
      "--locale=C.UTF-8",
      "--lc-messages=C",
    ])
    if (result.code !== 0) throw new Error(`initdb failed (code ${result.code}):\n${result.output}`)
  } finally {
    await rm(passwordFile, { force: true })
  }
  return true
}

/** The pid of a postmaster running on this data dir (postmaster.pid names a live postgres process). */
export async function runningPostmaster(cluster: Pick<PostgresCluster, "pgData">): Promise<number | undefined> {
  const text = await readFile(path.join(cluster.pgData, "postmaster.pid"), "utf8").catch(() => "")
  const pid = Number.parseInt(text.split("\n")[0] ?? "", 10)
  if (!Number.isInteger(pid) || pid <= 0) return undefined
  try {
    process.kill(pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return undefined
  }
  const command = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => undefined)
  return command === undefined || command.includes("postgres") ? pid : undefined
}

/** Stops the cluster (pg_ctl stop -m fast); falls back to signalling the postmaster. */
export async function stopPostgres(cluster: PostgresCluster): Promise<void> {
  const pid = await runningPostmaster(cluster)
  if (pid === undefined) return
  const result = await pg(cluster, cluster.binaries.pgCtl, ["stop", "-D", cluster.pgData, "-m", "fast", "-w", "-t", "60", "-s"])
  if (result.code !== 0) await signalPostmaster(cluster)
}

/** Fast shutdown by signal (SIGINT to the postmaster), no binaries needed; SIGKILL after 30 s. */
export async function signalPostmaster(cluster: Pick<PostgresCluster, "pgData">): Promise<void> {
  const pid = await runningPostmaster(cluster)
  if (pid === undefined) return
  process.kill(pid, "SIGINT")
  for (let i = 0; i < 60 && (await runningPostmaster(cluster)) !== undefined; i++) await sleep(500)
  if ((await runningPostmaster(cluster)) !== undefined) process.kill(pid, "SIGKILL")
}

/** A postmaster left running by an earlier launcher that was killed (SIGKILL) is stopped with pg_ctl. */
export async function stopLeftover(cluster: PostgresCluster): Promise<void> {
  const leftover = await runningPostmaster(cluster)
  if (leftover === undefined) return
  info(`a PostgreSQL left running by an earlier start (pid ${leftover}) is being stopped first`)
  await stopPostgres(cluster)
}

async function rotateLog(cluster: PostgresCluster): Promise<void> {
  const size = await stat(cluster.logFile).then((s) => s.size, () => 0)
  if (size > 10 * 1024 * 1024) await rename(cluster.logFile, `${cluster.logFile}.1`)
}

/**
 * Starts the cluster on 127.0.0.1/::1 (listen_addresses=localhost), TCP only. A postmaster left
 * running by an earlier launcher is stopped first.
 */
export async function startPostgres(cluster: PostgresCluster, port: number): Promise<void> {
  await stopLeftover(cluster)
  await rotateLog(cluster)
  const options = `-p ${port} -c listen_addresses=localhost -c unix_socket_directories=''`
  const result = await pg(cluster, cluster.binaries.pgCtl, ["start", "-D", cluster.pgData, "-l", cluster.logFile, "-w", "-t", "120", "-s", "-o", options])
  if (result.code !== 0) {
    throw new LauncherError(
      bilingual("PostgreSQL을 시작하지 못했습니다.", "PostgreSQL did not start.") +
        `\n${result.output.trim()}\n--- ${cluster.logFile} ---\n${await logTail(cluster)}`,
    )
  }
}
