import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Middlewares of the farmer's members routes (each with farmerAuth from ../farm-context). */
export const farmerMembersMiddlewares: MiddlewareRoute[] = []
