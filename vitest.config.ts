import { defineConfig } from "vitest/config"

/**
 * Every vitest test of the repository, in three projects:
 * - unit: pure code beside its source (backend, storefront, scripts);
 * - integration: the Medusa backend on real PostgreSQL through Medusa's test runner;
 * - system: the launcher and the production compose file, as a newcomer would use them.
 * Browser tests run under Playwright (tests/e2e), outside vitest.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["backend/src/**/*.test.ts", "storefront/src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["backend/integration-tests/**/*.spec.ts"],
          globals: true,
          setupFiles: ["backend/integration-tests/setup.ts"],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          pool: "forks",
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "system",
          include: ["tests/launcher/**/*.test.ts", "tests/compose/**/*.test.ts"],
          testTimeout: 900_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
