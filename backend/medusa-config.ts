import { defineConfig, Modules } from "@medusajs/framework/utils"
import { loadEnvironment } from "./src/lib/env"
import { infrastructureModules } from "./src/lib/infrastructure-modules"
import { notificationModules } from "./src/lib/notification-modules"
import { searchModules } from "./src/lib/search-modules"

const env = loadEnvironment(process.env)

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    databaseDriverOptions:
      env.DATABASE_SSL === "true" ? { connection: { ssl: { rejectUnauthorized: false } } } : { connection: { ssl: false } },
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
      // Farmers sign in with e-mail and password only (the department and shoppers keep Medusa's defaults).
      authMethodsPerActor: { farmer: ["emailpass"] },
    },
  },
  // The admin calls the API on its own origin ("/"), so one build serves any port or host.
  admin: {
    path: "/app",
    disable: env.DISABLE_ADMIN === "true",
  },
  modules: [
    { resolve: "./src/modules/farm" },
    { resolve: "./src/modules/listing-review" },
    { resolve: "./src/modules/settlement" },
    {
      resolve: "@medusajs/medusa/file",
      key: Modules.FILE,
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: env.FILE_UPLOAD_DIR ?? "static", backend_url: env.FILE_BASE_URL },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/fulfillment",
      key: Modules.FULFILLMENT,
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "./src/modules/farm-delivery", id: "farm-delivery" },
        ],
      },
    },
    ...notificationModules(env),
    ...searchModules(env),
    ...infrastructureModules(env),
  ],
})
