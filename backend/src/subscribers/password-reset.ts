import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { loadEnvironment } from "../lib/env"
import { passwordResetUrl, RESET_PAGES } from "../lib/password-reset-url"

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string }

export const PASSWORD_RESET_TEMPLATE = "customer-password-reset"
export const FARMER_PASSWORD_RESET_TEMPLATE = "farmer-password-reset"

const TEMPLATES: Record<keyof typeof RESET_PAGES, string> = {
  customer: PASSWORD_RESET_TEMPLATE,
  farmer: FARMER_PASSWORD_RESET_TEMPLATE,
}

/**
 * A shopper or a farmer asked to reset the password (POST /auth/{customer|farmer}/emailpass/
 * reset-password): Medusa issued a one-time token; e-mail the storefront page that takes it.
 * Admin users reset through Medusa Admin's own flow.
 */
export default async function passwordReset({ event: { data }, container }: SubscriberArgs<PasswordResetEvent>) {
  if (data.actor_type !== "customer" && data.actor_type !== "farmer") return
  const { STOREFRONT_URL } = loadEnvironment()
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: data.entity_id,
    channel: "email",
    template: TEMPLATES[data.actor_type],
    data: { reset_url: passwordResetUrl(STOREFRONT_URL, data.token, data.entity_id, data.actor_type) },
  })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
