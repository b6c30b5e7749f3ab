import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Middlewares of the farmer's products routes (each with farmerAuth from ../farm-context). */
export const farmerProductsMiddlewares: MiddlewareRoute[] = []
