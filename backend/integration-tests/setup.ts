import path from "node:path"
import { register } from "ts-node"
import { OUTBOX_FILE } from "./outbox"

const backendDir = path.resolve(__dirname, "..")

// Medusa's test runner require()s medusa-config.ts and the modules' .ts sources, and resolves
// the config's relative module paths against the working directory.
register({ transpileOnly: true, swc: true, project: path.join(backendDir, "tsconfig.json") })
process.chdir(backendDir)

process.env.MEDUSA_DISABLE_TELEMETRY = "true"
// Medusa's runner loads medusa-config.ts before it applies a suite's `env`: settings the config
// reads must be in the process environment already.
process.env.NOTIFICATION_OUTBOX = OUTBOX_FILE
if (!process.env.DB_PORT) {
  throw new Error(
    "integration tests need PostgreSQL: run them through `npm test` (it starts an embedded one) or set DB_HOST=localhost, DB_PORT, DB_USERNAME, DB_PASSWORD"
  )
}
