import { execFileSync, spawnSync } from "node:child_process"

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0
const hasKoreanFont = () => spawnSync("sh", ["-c", "fc-list :lang=ko | grep -q ."], { stdio: "ignore" }).status === 0

/**
 * What the tests drive that npm cannot install: Debian's Chromium, docker-compose (validation
 * only), and a Korean system font. Every Korean phone has one; the shop shows it until its own
 * font is cached, so without one the browser tests' screenshots would show empty boxes.
 */
const PROGRAMS = [
  { command: "chromium", apt: "chromium", why: "browser tests (Playwright drives Debian's Chromium)", present: () => has("chromium") },
  { command: "docker-compose", apt: "docker-compose", why: "validating docker-compose.yml", present: () => has("docker-compose") },
  { command: "a Korean font", apt: "fonts-nanum", why: "Korean text in the browser tests, as on a phone", present: hasKoreanFont },
] as const

/**
 * Installs what is missing when it can (root with apt-get), else stops at once with the exact
 * command to run. Never a silent skip.
 */
export function ensureSystemPrograms(): void {
  const missing = PROGRAMS.filter((p) => !p.present())
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
