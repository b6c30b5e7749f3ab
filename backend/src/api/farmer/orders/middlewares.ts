import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Middlewares of the farmer's orders routes (each with farmerAuth from ../farm-context). */
export const farmerOrdersMiddlewares: MiddlewareRoute[] = []
