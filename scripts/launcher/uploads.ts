import { lstat, mkdir, readlink, rm, symlink } from "node:fs/promises"
import path from "node:path"
import type { Mode } from "./app-env"
import type { Apps } from "./apps"
import { warn } from "./log"

/**
 * Medusa serves /static from the `static` folder of its working directory, whatever its upload
 * directory is. Uploads live with the data (<dataDir>/uploads, so `reset` clears them and a
 * rebuild, which replaces .medusa/server, keeps them): the server's `static` links there.
 */
export async function linkUploads(apps: Apps, mode: Mode, uploadsDir: string): Promise<void> {
  await mkdir(uploadsDir, { recursive: true })
  const served = path.join(mode === "production" ? apps.backendServerDir : apps.backendDir, "static")
  const current = await lstat(served).catch(() => undefined)
  if (current?.isSymbolicLink()) {
    if ((await readlink(served)) === uploadsDir) return
    await rm(served)
  } else if (current) {
    if (mode === "dev") {
      warn(`${served} is a folder, not a link to ${uploadsDir}: uploaded pictures may not show in dev mode`)
      return
    }
    await rm(served, { recursive: true, force: true }) // build output: nothing of value there
  }
  await symlink(uploadsDir, served, "dir")
}
