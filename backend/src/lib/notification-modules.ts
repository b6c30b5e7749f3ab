import { Modules } from "@medusajs/framework/utils"
import type { Environment } from "./env"

type ModuleEntry = { resolve: string; key?: string; options?: Record<string, unknown> }

/**
 * Medusa's Notification Module with its providers, one per channel:
 * - `email`: the local outbox (one JSON line per e-mail in NOTIFICATION_OUTBOX); a real e-mail
 *   provider replaces it here by configuration;
 * - `feed`: Medusa's local provider, kept for the admin's in-app notifications (Medusa's default).
 */
export function notificationModules(env: Pick<Environment, "NOTIFICATION_OUTBOX">): ModuleEntry[] {
  return [
    {
      resolve: "@medusajs/medusa/notification",
      key: Modules.NOTIFICATION,
      options: {
        providers: [
          { resolve: "./src/modules/outbox-notification", id: "outbox", options: { channels: ["email"], path: env.NOTIFICATION_OUTBOX } },
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { name: "Local Notification Provider", channels: ["feed"] } },
        ],
      },
    },
  ]
}
