import { createHash } from "node:crypto"
import { realpathSync } from "node:fs"
import path from "node:path"

/**
 * Where the launcher keeps things for one data directory.
 *
 * <dataDir>/secrets.json     generated secrets and the admin password (0600)
 * <dataDir>/state.json       what was done already (the backend sources last migrated)
 * <dataDir>/launcher.lock    the running launcher (pid), so a second one and `reset` refuse
 * <dataDir>/launcher.json    written once everything serves: addresses for tests and benchmarks
 * <dataDir>/uploads          uploaded files (product photos), served by the backend at /static
 * <dataDir>/outbox.jsonl     e-mails the shop would send, one JSON line each (embedded mode)
 * <dataDir>/postgres         PostgreSQL's home (data/ + postgres.log), or a symlink to it in
 *                            <sharedDir>/<hash>/postgres when the postgres OS user cannot reach
 *                            the data directory (a checkout under a 0700 folder such as /root)
 */
export interface DataLayout {
  dataDir: string
  secretsFile: string
  stateFile: string
  lockFile: string
  readyFile: string
  postgresLink: string
  /** Uploaded files (product photos): the backend's FILE_UPLOAD_DIR, served at /static. */
  uploadsDir: string
  /** The notification outbox: the backend's NOTIFICATION_OUTBOX. */
  outboxFile: string
  /** <sharedDir>/<short hash of the data dir>: world-traversable home for postgres data and binaries. */
  sharedDir: string
}

/** Known entries of a data directory: `reset` deletes these and nothing else. */
export const DATA_ENTRIES = ["secrets.json", "state.json", "launcher.lock", "launcher.json", "postgres", "uploads", "outbox.jsonl"] as const

export function sharedBase(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.SEOGWIPO_SHARED_DIR ?? "/var/lib/seogwipo-in")
}

function realpathOrResolved(dir: string): string {
  try {
    return realpathSync(dir)
  } catch {
    return path.resolve(dir)
  }
}

export function dataLayout(dataDirInput: string, env: NodeJS.ProcessEnv = process.env): DataLayout {
  const dataDir = realpathOrResolved(dataDirInput)
  const hash = createHash("sha256").update(dataDir).digest("hex").slice(0, 12)
  return {
    dataDir,
    secretsFile: path.join(dataDir, "secrets.json"),
    stateFile: path.join(dataDir, "state.json"),
    lockFile: path.join(dataDir, "launcher.lock"),
    readyFile: path.join(dataDir, "launcher.json"),
    postgresLink: path.join(dataDir, "postgres"),
    uploadsDir: path.join(dataDir, "uploads"),
    outboxFile: path.join(dataDir, "outbox.jsonl"),
    sharedDir: path.join(sharedBase(env), hash),
  }
}

/** The environment marker every child carries: finds leftovers of this data dir's launcher by /proc/<pid>/environ. */
export const OWNER_ENV = "SEOGWIPO_LAUNCHER_OWNER"
