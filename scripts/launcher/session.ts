import type { DataLayout } from "./layout"
import { killOwnedProcesses } from "./leftovers"
import { acquireLock, releaseLock } from "./lock"
import { describeError, info, warn } from "./log"
import { stopPostgres, type PostgresCluster } from "./postgres"
import { removeReadiness } from "./readiness"
import { Supervisor } from "./supervisor"

/**
 * Everything one launcher run started, and the one way to stop it: process groups first, then
 * any straggler carrying this data dir's marker, then PostgreSQL (pg_ctl stop -m fast), then the
 * lock. Stopping is idempotent; it ends the process with the given exit code.
 */
export class Session {
  readonly supervisor: Supervisor
  cluster: PostgresCluster | undefined
  private locked = false
  private stopping: Promise<never> | undefined

  constructor(readonly layout: DataLayout) {
    this.supervisor = new Supervisor(layout.dataDir)
  }

  get isStopping(): boolean {
    return this.stopping !== undefined
  }

  async lock(mode: string): Promise<void> {
    await acquireLock(this.layout.lockFile, this.layout.dataDir, mode)
    this.locked = true
  }

  /** Handles Ctrl-C (SIGINT), SIGTERM and SIGHUP by stopping everything. */
  handleSignals(): void {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      process.on(signal, () => {
        if (this.isStopping) {
          info(`${signal}: already stopping, please wait…`)
          return
        }
        info(`${signal}: 모두 멈추는 중 / stopping everything…`)
        void this.stop(0)
      })
    }
  }

  stop(code: number): Promise<never> {
    this.stopping ??= this.stopEverything(code)
    return this.stopping
  }

  private async step(what: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work()
    } catch (error) {
      warn(`while stopping (${what}): ${describeError(error)}`)
    }
  }

  private async stopEverything(code: number): Promise<never> {
    await this.step("launcher.json", () => removeReadiness(this.layout.readyFile))
    await this.step("processes", () => this.supervisor.stopAll())
    await this.step("stragglers", () => killOwnedProcesses(this.layout.dataDir))
    const cluster = this.cluster
    if (cluster) await this.step("postgres", () => stopPostgres(cluster))
    if (this.locked) await this.step("lock", () => releaseLock(this.layout.lockFile))
    info(code === 0 ? "멈췄습니다 / stopped" : `stopped (exit code ${code})`)
    process.exit(code)
  }
}
