import { existsSync } from "node:fs"
import { readFile, rm, writeFile } from "node:fs/promises"
import path from "node:path"
import type { Apps } from "./apps"
import { info } from "./log"
import { hashSources } from "./source-hash"
import type { Supervisor } from "./supervisor"

/** Bump to force a rebuild when the way the launcher builds changes. */
const RECIPE = "2"

export interface BuildTarget {
  name: string
  cwd: string
  /** Sources, relative to cwd: files, folders, or `name.*`. */
  sources: string[]
  /** Settings the build bakes in: a change must rebuild. */
  bakedIn: Record<string, string>
  /** Stored next to the build output, so a fresh data dir does not force a rebuild. */
  hashFile: string
  /** Files that exist after a complete build. */
  outputs: string[]
  command: string
  args: string[]
}

export function backendBuild(apps: Apps, env: NodeJS.ProcessEnv): BuildTarget {
  return {
    name: "build:backend",
    cwd: apps.backendDir,
    sources: ["src", "medusa-config.ts", "medusa-config.js", "instrumentation.ts", "package.json", "tsconfig.json", "../package-lock.json"],
    // The admin calls its own origin, so no address is baked in: any port reuses one build.
    bakedIn: { RECIPE, DISABLE_ADMIN: env.DISABLE_ADMIN ?? "" },
    hashFile: path.join(apps.backendDir, ".medusa", ".source-hash"),
    outputs: [path.join(apps.backendServerDir, "medusa-config.js"), path.join(apps.backendServerDir, "package.json")],
    command: apps.medusaBin,
    args: ["build"],
  }
}

export function storefrontBuild(apps: Apps): BuildTarget {
  return {
    name: "build:storefront",
    cwd: apps.storefrontDir,
    sources: ["src", "public", "scripts", "next.config.*", "postcss.config.*", "package.json", "tsconfig.json", "../package-lock.json"],
    bakedIn: { RECIPE },
    hashFile: path.join(apps.storefrontDir, ".next", ".source-hash"),
    outputs: [path.join(apps.storefrontDir, ".next", "BUILD_ID")],
    // next build, then the brotli copies of its static files (storefront/scripts/precompress.mjs)
    command: "npm",
    args: ["run", "build", "--silent"],
  }
}

export function sourceHash(target: BuildTarget): Promise<string> {
  return hashSources(target.cwd, target.sources, target.bakedIn)
}

/** The sources alone (no baked-in settings): what decides whether migrations must run again. */
export function codeHash(target: BuildTarget): Promise<string> {
  return hashSources(target.cwd, target.sources)
}

/** Builds when the sources' hash differs from the one stored with the output (or the output is missing). */
export async function buildIfChanged(supervisor: Supervisor, target: BuildTarget, env: NodeJS.ProcessEnv): Promise<void> {
  const hash = await sourceHash(target)
  const stored = await readFile(target.hashFile, "utf8").catch(() => "")
  if (stored.trim() === hash && target.outputs.every((file) => existsSync(file))) {
    info(`${target.name}: sources unchanged, using the existing build`)
    return
  }
  info(`${target.name}: sources changed (or never built), building…`)
  const started = Date.now()
  await rm(target.hashFile, { force: true })
  await supervisor.run(target.name, target.command, target.args, { cwd: target.cwd, env })
  await writeFile(target.hashFile, `${hash}\n`)
  info(`${target.name}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}
