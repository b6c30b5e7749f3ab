import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { loadEnvironment } from "../lib/env"
import { passwordResetUrl } from "../lib/password-reset-url"

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string }

export const PASSWORD_RESET_TEMPLATE = "customer-password-reset"

/**
 * A shopper asked to reset the password (POST /auth/customer/emailpass/reset-password): Medusa
 * issued a one-time token; e-mail the storefront link that carries it. Other actor types
 * (admin users, farmers later) get their own subscriber.
 */
export default async function customerPasswordReset({ event: { data }, container }: SubscriberArgs<PasswordResetEvent>) {
  if (data.actor_type !== "customer") return
  const { STOREFRONT_URL } = loadEnvironment()
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: data.entity_id,
    channel: "email",
    template: PASSWORD_RESET_TEMPLATE,
    data: { reset_url: passwordResetUrl(STOREFRONT_URL, data.token, data.entity_id) },
  })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
