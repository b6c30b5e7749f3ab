import { execFileSync, spawnSync } from "node:child_process"

/** Programs the tests drive that npm cannot install: Debian's Chromium and docker-compose (validation only). */
const PROGRAMS = [
  { command: "chromium", apt: "chromium", why: "browser tests (Playwright drives Debian's Chromium)" },
  { command: "docker-compose", apt: "docker-compose", why: "validating docker-compose.yml" },
] as const

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0

/**
 * Installs what is missing when it can (root with apt-get), else stops at once with the exact
 * command to run. Never a silent skip.
 */
export function ensureSystemPrograms(): void {
  const missing = PROGRAMS.filter((p) => !has(p.command))
  if (!missing.length) return
  const packages = missing.map((p) => p.apt)
  const command = `apt-get update && apt-get install -y ${packages.join(" ")}`
  const isRoot = process.getuid?.() === 0
  if (!isRoot || !has("apt-get")) {
    const list = missing.map((p) => `  - ${p.command}: ${p.why}`).join("\n")
    throw new Error(`npm test needs programs that are not installed:\n${list}\nInstall them with:\n  sudo ${command}`)
  }
  console.log(`▶ installing ${packages.join(", ")} (apt-get)`)
  execFileSync("sh", ["-c", command], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } })
}
