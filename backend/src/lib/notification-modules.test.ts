import { describe, expect, it } from "vitest"
import { notificationModules } from "./notification-modules"

describe("notificationModules", () => {
  it("sends e-mail to the outbox file and keeps Medusa's feed provider", () => {
    const [module] = notificationModules({ NOTIFICATION_OUTBOX: "/data/outbox.jsonl" })
    expect(module.resolve).toBe("@medusajs/medusa/notification")
    expect(module.options).toEqual({
      providers: [
        { resolve: "./src/modules/outbox-notification", id: "outbox", options: { channels: ["email"], path: "/data/outbox.jsonl" } },
        expect.objectContaining({ resolve: "@medusajs/medusa/notification-local", options: expect.objectContaining({ channels: ["feed"] }) }),
      ],
    })
  })
})
