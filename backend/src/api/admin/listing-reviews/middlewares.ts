import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Middlewares of the department's listing review routes. */
export const listingReviewMiddlewares: MiddlewareRoute[] = []
