import { chmod, lstat, mkdir, readdir } from "node:fs/promises"
import path from "node:path"
import { sharedBase } from "./layout"

/**
 * Creates <sharedBase>/<hash>/<sub> so that any user can traverse it (0755 whatever the umask):
 * the postgres OS user must reach what is kept there.
 */
export async function ensureSharedDir(dir: string): Promise<void> {
  const base = sharedBase()
  await mkdir(dir, { recursive: true, mode: 0o755 })
  for (let current = dir; current.startsWith(base); current = path.dirname(current)) {
    await chmod(current, 0o755)
    if (current === base) break
  }
}

/** chmod -R a+rX: directories 0755, files readable by all and executable by all where the owner may execute. */
export async function makeWorldReadable(dir: string): Promise<void> {
  const info = await lstat(dir)
  if (info.isSymbolicLink()) return
  if (info.isDirectory()) {
    await chmod(dir, 0o755)
    for (const entry of await readdir(dir)) await makeWorldReadable(path.join(dir, entry))
    return
  }
  const executable = (info.mode & 0o100) !== 0
  await chmod(dir, (info.mode & 0o7777) | 0o444 | (executable ? 0o111 : 0))
}
