import { createHash } from "node:crypto"
import { readdir, readFile } from "node:fs/promises"
import path from "node:path"

const SKIPPED_DIRS = new Set(["node_modules", ".git", ".next", ".medusa", ".cache", ".turbo"])

async function filesUnder(root: string, relative: string): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch(() => undefined)
  if (!entries) return []
  const files: string[] = []
  for (const entry of entries) {
    const child = path.join(relative, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) files.push(...(await filesUnder(root, child)))
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      files.push(child)
    }
  }
  return files
}

/** Expands one pattern: a file, a folder (everything under it), or `name.*` (files of that stem in the folder). */
async function expand(root: string, pattern: string): Promise<string[]> {
  if (pattern.endsWith(".*")) {
    const dir = path.dirname(pattern)
    const stem = `${path.basename(pattern, ".*")}.`
    const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => [])
    return entries.filter((e) => e.isFile() && e.name.startsWith(stem)).map((e) => path.join(dir, e.name))
  }
  const nested = await filesUnder(root, pattern)
  return nested.length > 0 ? nested : [pattern]
}

/**
 * A content hash of the sources a build depends on: relative paths and contents of every file the
 * patterns name (a missing file counts as missing), plus any extra inputs such as baked-in settings.
 */
export async function hashSources(root: string, patterns: string[], extra: Record<string, string> = {}): Promise<string> {
  const files = new Set<string>()
  for (const pattern of patterns) for (const file of await expand(root, pattern)) files.add(file)
  const hash = createHash("sha256")
  for (const file of [...files].sort()) {
    const content = await readFile(path.join(root, file)).catch(() => undefined)
    hash.update(`${file}\0${content ? createHash("sha256").update(content).digest("hex") : "missing"}\0`)
  }
  for (const key of Object.keys(extra).sort()) hash.update(`env:${key}=${extra[key]}\0`)
  return hash.digest("hex")
}
