import { chmod, chown, lstat, mkdir, readlink, realpath, symlink } from "node:fs/promises"
import path from "node:path"
import type { DataLayout } from "./layout"
import { bilingual, info, LauncherError } from "./log"
import { canTraverse, type RunAs } from "./postgres-user"
import { ensureSharedDir } from "./shared-dir"

async function kindOf(file: string): Promise<"missing" | "symlink" | "directory" | "other"> {
  try {
    const stats = await lstat(file)
    if (stats.isSymbolicLink()) return "symlink"
    return stats.isDirectory() ? "directory" : "other"
  } catch {
    return "missing"
  }
}

/**
 * PostgreSQL's home for this data directory (it holds data/ and postgres.log), owned by the user
 * postgres runs as, mode 0700. It is <dataDir>/postgres when that user can traverse the data
 * directory; otherwise (a checkout or data dir under a 0700 folder, e.g. /root/x) it is
 * <sharedDir>/postgres and <dataDir>/postgres is a symlink to it, so .data/ still locates the data.
 * Returns the real (symlink-free) path: postgres itself must never be handed a path through the 0700 folder.
 */
export async function preparePostgresHome(layout: DataLayout, runAs: RunAs | undefined): Promise<string> {
  const link = layout.postgresLink
  let home: string
  switch (await kindOf(link)) {
    case "symlink":
      home = path.resolve(path.dirname(link), await readlink(link))
      await mkdir(home, { recursive: true, mode: 0o700 })
      break
    case "directory":
      home = link
      if (!canTraverse(runAs, home)) {
        throw new LauncherError(
          bilingual(
            `postgres OS 사용자가 ${home} 에 접근할 수 없습니다. 데이터 폴더의 권한을 확인하거나 'npm run reset' 후 다시 시작하세요.`,
            `The postgres OS user cannot reach ${home}. Fix the data folder's permissions, or run 'npm run reset' and start again.`,
          ),
        )
      }
      break
    case "missing":
      if (canTraverse(runAs, layout.dataDir)) {
        home = link
        await mkdir(home, { mode: 0o700 })
      } else {
        home = path.join(layout.sharedDir, "postgres")
        info(`the postgres OS user cannot reach ${layout.dataDir}; keeping the database in ${home} (${link} links to it)`)
        await ensureSharedDir(layout.sharedDir)
        await mkdir(home, { recursive: true, mode: 0o700 })
        await symlink(home, link)
      }
      break
    default:
      throw new LauncherError(bilingual(`${link} 는 폴더가 아닙니다.`, `${link} is not a folder.`))
  }
  if (runAs) await chown(home, runAs.uid, runAs.gid)
  await chmod(home, 0o700)
  return realpath(home)
}
