/**
 * `npm run bench`: measures the embedded stack and prints each number as a ratio to a baseline
 * measured in the same run. See options.ts for what it does with a running or a stopped stack.
 */
import { performance } from "node:perf_hooks"
import { readStartOptions } from "../launcher/config"
import { dataLayout } from "../launcher/layout"
import { freePort, isPortFree } from "../launcher/ports"
import { measureAll, MIN_PAGE_WARMUP, PRODUCT_PAGE_ROW } from "./measure"
import { BENCH_USAGE, readBenchOptions, type BenchOptions } from "./options"
import { renderTable } from "./report"
import { readPublishableKey } from "./shop-data"
import { farmerSection } from "./farmer"
import { searchSection } from "./search"
import { formatMs, percentile } from "./stats"
import { storefrontBuildId, storefrontSection } from "./storefront"
import { OwnedLauncher, portOf, runningStack, stopLauncherPid, type StackInfo } from "./stack"

const FIRST_START_TIMEOUT_MS = 20 * 60_000 // may include builds, migrations and the seed on 2 shared cores
const WARM_START_TIMEOUT_MS = 5 * 60_000

function note(message: string): void {
  process.stdout.write(`[bench] ${message}\n`)
}

/**
 * The ports `npm start` would use when they are free: the backend build bakes its URL (port
 * included) into the admin bundle, so another port would rebuild the backend, twice.
 */
async function launcherPorts(): Promise<{ backend: number; storefront: number }> {
  const defaults = readStartOptions([], process.env)
  if (defaults && (await isPortFree(defaults.backendPort)) && (await isPortFree(defaults.storefrontPort))) {
    return { backend: defaults.backendPort, storefront: defaults.storefrontPort }
  }
  note("the default ports are taken: using free ones (the launcher rebuilds the backend for another port)")
  const backend = await freePort()
  let storefront = await freePort()
  while (storefront === backend) storefront = await freePort()
  return { backend, storefront }
}

interface Started {
  label: string
  ms: number
}

class Bench {
  owned: OwnedLauncher | undefined
  readonly starts: Started[] = []

  constructor(
    readonly options: BenchOptions,
    readonly dataDir: string,
  ) {}

  private get readyFile(): string {
    return dataLayout(this.dataDir).readyFile
  }

  /** Starts a launcher and times it until launcher.json is written and both URLs answer. */
  private async start(label: string, ports: { backend: number; storefront: number }, timeoutMs: number): Promise<StackInfo> {
    note(`${label}: starting the launcher (backend :${ports.backend}, storefront :${ports.storefront})…`)
    const since = Date.now()
    const begin = performance.now()
    const launcher = new OwnedLauncher(this.dataDir, ports)
    this.owned = launcher // stopped by main() whatever happens next
    const info = await launcher.waitServing(this.readyFile, since, timeoutMs)
    const ms = performance.now() - begin
    const extra = await launcher.extraWork()
    this.starts.push({ label: extra.length > 0 ? `${label}, including ${extra.join(" + ")}` : label, ms })
    note(`${label}: serving after ${formatMs(ms)} (launcher output: ${launcher.logFile})`)
    return info
  }

  async stopOwned(): Promise<void> {
    const owned = this.owned
    this.owned = undefined
    if (owned) await owned.stop()
  }

  /** The stack to measure: the running one, or one this bench starts (timing the warm start). */
  async stack(): Promise<StackInfo> {
    const running = await runningStack(this.readyFile)
    if (running && !this.options.restart) {
      note(`measuring the running stack (launcher pid ${running.pid}); warm start not measured (add --restart)`)
      return running
    }
    let ports: { backend: number; storefront: number }
    if (running) {
      note(`--restart: stopping the running stack (launcher pid ${running.pid})…`)
      await stopLauncherPid(running.pid)
      ports = { backend: portOf(running.backendUrl), storefront: portOf(running.storefrontUrl) }
    } else {
      ports = await launcherPorts()
      await this.start("first start (builds, migrations or seed if needed)", ports, FIRST_START_TIMEOUT_MS)
      await this.stopOwned()
    }
    return this.start("warm start (npm start until launcher.json and both URLs answer)", ports, WARM_START_TIMEOUT_MS)
  }

  async run(): Promise<void> {
    const info = await this.stack()
    const key = await readPublishableKey(dataLayout(this.dataDir), info)
    const buildBefore = await storefrontBuildId()
    const { measurements, sample, region, productPage } = await measureAll(info, key, this.options)
    const lines = [
      "",
      `서귀포in bench — ${new Date().toISOString()} — Node ${process.version}`,
      `backend ${info.backendUrl}, storefront ${info.storefrontUrl}, region ${region}`,
      `products call: ${sample.productCount} products, ${sample.pricedVariants} variants with a calculated price; product page: ${productPage}`,
      "",
      renderTable(measurements),
      "",
      "API rows: whole response; page and /static rows: first body byte. 'vs base' = this row / its baseline row.",
    ]
    for (const started of this.starts) lines.push(`${started.label}: ${formatMs(started.ms)}`)
    process.stdout.write(`${lines.join("\n")}\n`)
    if (measurements.some((m) => m.series.errors > 0)) {
      process.exitCode = 1
      note("some requests failed (see the err column)")
    }
    const productRow = measurements.find((m) => m.label === PRODUCT_PAGE_ROW)
    const firstBytes = productRow?.series.samples.map((s) => s.firstByteMs) ?? []
    const storefront = await storefrontSection({
      storefrontUrl: info.storefrontUrl,
      backendUrl: info.backendUrl,
      key,
      region,
      lighthouseRuns: this.options.lighthouseRuns,
      ttfb:
        firstBytes.length > 0
          ? { p50Ms: percentile(firstBytes, 50), page: productPage, requests: firstBytes.length, warmup: Math.max(this.options.warmup, MIN_PAGE_WARMUP) }
          : undefined,
    })
    process.stdout.write(`${storefront.text}\n`)
    if (buildBefore !== (await storefrontBuildId())) {
      process.exitCode = 1
      note("✖ the storefront was rebuilt in this checkout during the bench (another launcher or test?): the numbers may mix two builds; run it again")
    }
    if (storefront.failed) {
      process.exitCode = 1
      note("part of the storefront section could not be measured (see above)")
    }
    note("search: building synthetic indexes of 5,000 and 50,000 products (about a minute)…")
    const search = await searchSection({ backendUrl: info.backendUrl, key, region, requests: this.options.requests })
    process.stdout.write(`${search.text}\n`)
    if (search.failed) {
      process.exitCode = 1
      note("some search requests failed (see the err column)")
    }
    const farmer = await farmerSection({ backendUrl: info.backendUrl, secretsFile: dataLayout(this.dataDir).secretsFile, requests: this.options.requests })
    process.stdout.write(`${farmer.text}\n`)
    if (farmer.failed) {
      process.exitCode = 1
      note("some farmer requests failed (see the err column)")
    }
  }
}

async function main(): Promise<void> {
  const options = readBenchOptions(process.argv.slice(2))
  if (!options) {
    process.stdout.write(`${BENCH_USAGE}\n`)
    return
  }
  const dataDir = readStartOptions([], process.env)?.dataDir
  if (!dataDir) throw new Error("no data directory")
  const bench = new Bench(options, dataDir)
  let stopping: Promise<void> | undefined
  process.on("SIGINT", () => {
    if (stopping) return
    note("interrupted: stopping what the bench started…")
    stopping = bench.stopOwned().finally(() => process.exit(130))
  })
  try {
    await bench.run()
  } finally {
    if (stopping) await stopping // exits with 130 once the stack is down
    if (bench.owned) {
      note(options.restart ? "stopping the stack (it was restarted by --restart; start it again with npm start)" : "stopping the stack the bench started…")
      await bench.stopOwned()
    }
  }
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`[bench] ✖ ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })
  // keep-alive sockets of fetch must not hold the process open
  .finally(() => process.exit(process.exitCode ?? 0))
