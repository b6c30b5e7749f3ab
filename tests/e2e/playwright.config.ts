import { defineConfig, devices } from "@playwright/test"
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../support/chromium"

/** Browser tests: Debian's Chromium against the shop started by the launcher (see global-setup.ts). */
export default defineConfig({
  testDir: ".",
  testMatch: "**/*.e2e.ts",
  outputDir: "../artifacts/e2e-results",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  globalSetup: "./global-setup.ts",
  use: {
    ...devices["Pixel 7"],
    browserName: "chromium",
    locale: "ko-KR",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_FLAGS],
    },
    trace: "retain-on-failure",
  },
})
