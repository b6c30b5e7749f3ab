// One flat config for the whole repository (eslint 9). The storefront adds Next's rules.
import js from "@eslint/js"
import nextCoreWebVitals from "eslint-config-next/core-web-vitals"
import tseslint from "typescript-eslint"

const STOREFRONT = "storefront/**/*.{js,jsx,mjs,ts,tsx,mts,cts}"

/**
 * eslint-config-next (Next's, React's, React Hooks', jsx-a11y's and import's rules), scoped to the
 * storefront. Its global-ignore entry is dropped (the ignores above cover .next and next-env.d.ts)
 * and every other entry is confined to storefront/, so nothing leaks onto the backend.
 */
const nextForStorefront = nextCoreWebVitals
  .filter((entry) => !(Object.keys(entry).length === 1 && entry.ignores))
  .map((entry) => ({
    ...entry,
    files: entry.files ? entry.files.map((glob) => `storefront/${glob}`) : [STOREFRONT],
    settings: { ...entry.settings, next: { rootDir: "storefront/" } },
  }))

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/.next/**",
      "**/dist/**",
      ".data/**",
      "tests/artifacts/**",
      "test-results/**",
      "storefront/next-env.d.ts",
      "backend/static/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  ...nextForStorefront,
  {
    // The shop navigates with plain links on purpose: its pages are server-rendered and cached, so a
    // full page load is fast, and no page pays for next/link's client router code (docs/architecture.md).
    files: [STOREFRONT],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    files: ["storefront/*.mjs", "storefront/scripts/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
    languageOptions: { globals: { module: "writable", require: "readonly", process: "readonly", __dirname: "readonly" } },
  }
)
