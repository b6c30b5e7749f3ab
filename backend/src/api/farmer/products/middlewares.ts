import type { MiddlewareRoute } from "@medusajs/framework/http"
import { farmerAuth } from "../farm-context"
import { photoUpload, writableFarmFirst } from "../uploads/middlewares"

/**
 * Middlewares of the farmer's products routes (and photo uploads). Bodies are validated in the
 * routes, after the farm check: a farm that may not write gets 403 whatever it sends.
 */
export const farmerProductsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/farmer/products", methods: ["GET", "POST"], middlewares: [farmerAuth] },
  { matcher: "/farmer/products/:id", methods: ["GET", "POST"], middlewares: [farmerAuth] },
  { matcher: "/farmer/products/:id/submit", methods: ["POST"], middlewares: [farmerAuth] },
  { matcher: "/farmer/products/:id/stock", methods: ["POST"], middlewares: [farmerAuth] },
  { matcher: "/farmer/uploads", methods: ["POST"], middlewares: [farmerAuth, writableFarmFirst, photoUpload] },
]
