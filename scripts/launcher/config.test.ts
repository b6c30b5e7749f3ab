import path from "node:path"
import { describe, expect, it } from "vitest"
import { readResetOptions, readStartOptions, repoRoot } from "./config"
import { LauncherError } from "./log"

describe("launcher options", () => {
  it("defaults: production, 9000 / 8000 / 54329, <repo>/.data", () => {
    expect(readStartOptions([], {})).toEqual({
      mode: "production",
      backendPort: 9000,
      storefrontPort: 8000,
      postgresPort: 54329,
      dataDir: path.join(repoRoot, ".data"),
    })
  })

  it("reads the environment, and flags win over it", () => {
    const env = { SEOGWIPO_BACKEND_PORT: "9100", SEOGWIPO_STOREFRONT_PORT: "8100", SEOGWIPO_PG_PORT: "55000", SEOGWIPO_DATA_DIR: "/tmp/x" }
    expect(readStartOptions(["--dev"], env)).toMatchObject({ mode: "dev", backendPort: 9100, storefrontPort: 8100, postgresPort: 55000, dataDir: "/tmp/x" })
    expect(readStartOptions(["--backend-port", "9200", "--storefront-port=8200"], env)).toMatchObject({ backendPort: 9200, storefrontPort: 8200 })
  })

  it("refuses bad ports, equal ports and unknown flags with exit code 2", () => {
    for (const argv of [["--backend-port", "abc"], ["--backend-port", "70000"], ["--backend-port", "8000"], ["--frobnicate"]]) {
      const run = () => readStartOptions(argv, {})
      expect(run).toThrow(LauncherError)
      try {
        run()
      } catch (error) {
        expect((error as LauncherError).exitCode).toBe(2)
        expect((error as LauncherError).message).toMatch(/잘못된 옵션입니다[\s\S]*Invalid option/)
      }
    }
  })

  it("--help returns nothing (usage is printed by the caller)", () => {
    expect(readStartOptions(["--help"], {})).toBeUndefined()
    expect(readResetOptions(["-h"], {})).toBeUndefined()
  })

  it("reset: --yes / -y", () => {
    expect(readResetOptions(["--yes"], { SEOGWIPO_DATA_DIR: "/tmp/y" })).toEqual({ yes: true, dataDir: "/tmp/y" })
    expect(readResetOptions([], {})?.yes).toBe(false)
  })
})
