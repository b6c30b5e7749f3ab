import { parseArgs } from "node:util"
import { z } from "zod"

export const BENCH_USAGE = `Usage: npm run bench [-- options]
  Measures the embedded stack (npm start): the store API, the storefront pages and the warm start,
  each against a baseline measured in the same run (GET /health, a /static file).
  If a stack serves from the data dir (launcher.json with a live launcher), it is measured as it is;
  otherwise the bench starts one on free ports (twice: the second start is the warm start), and stops it.
  --restart              also time a warm start of a running stack: stop it, start it again, and stop it at the end
  --requests <n>         requests per measurement after the warm-up   [default 200]
  --concurrency <n>      concurrent requests of the loaded API rows    [default 10]
  --warmup <n>           warm-up requests per measurement              [default 20; pages at least 5]
  --lighthouse-runs <n>  Lighthouse runs per storefront page (median)  [default 3; 0 skips Lighthouse]
The storefront section (issue 3's speed bar) follows: Lighthouse (mobile) for home, category, product,
cart and checkout, the first-load JavaScript of each route, and the targets beside the numbers.
Browser: CHROME_PATH (default /usr/bin/chromium).
Data directory: env SEOGWIPO_DATA_DIR (default <repo>/.data), as for npm start.`

const count = (name: string, min: number) => z.coerce.number({ message: `${name} must be a number` }).int().min(min).max(100_000)

const schema = z.object({
  restart: z.boolean(),
  requests: count("--requests", 1),
  concurrency: count("--concurrency", 1),
  warmup: count("--warmup", 0),
  lighthouseRuns: count("--lighthouse-runs", 0).max(15),
})

export type BenchOptions = z.infer<typeof schema>

/** The options, or undefined for --help. Throws with a readable message on a bad option. */
export function readBenchOptions(argv: string[]): BenchOptions | undefined {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      restart: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      requests: { type: "string", default: "200" },
      concurrency: { type: "string", default: "10" },
      warmup: { type: "string", default: "20" },
      "lighthouse-runs": { type: "string", default: "3" },
    },
  })
  if (values.help) return undefined
  const parsed = schema.safeParse({ ...values, lighthouseRuns: values["lighthouse-runs"] })
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "))
  return parsed.data
}
