import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { farmerAuth } from "../farm-context"
import { csvUpload } from "../shipments/csv/upload"
import { FarmerShipmentBody } from "./[id]/shipments/validators"
import { FarmerOrdersQuery } from "./validators"

/**
 * Middlewares of the farmer's orders routes (each with farmerAuth from ../farm-context), and of
 * the dashboard, the CSV shipment upload and the settlements. Every matcher names its methods:
 * without them Express would apply it to every path below too.
 */
export const farmerOrdersMiddlewares: MiddlewareRoute[] = [
  { matcher: "/farmer/orders", methods: ["GET"], middlewares: [farmerAuth, validateAndTransformQuery(FarmerOrdersQuery, {})] },
  { matcher: "/farmer/orders/:id", methods: ["GET"], middlewares: [farmerAuth] },
  { matcher: "/farmer/orders/:id/shipments", methods: ["POST"], middlewares: [farmerAuth, validateAndTransformBody(FarmerShipmentBody)] },
  { matcher: "/farmer/shipments/csv", methods: ["POST"], middlewares: [farmerAuth, csvUpload] },
  { matcher: "/farmer/dashboard", methods: ["GET"], middlewares: [farmerAuth] },
  { matcher: "/farmer/settlements", methods: ["GET"], middlewares: [farmerAuth] },
  { matcher: "/farmer/settlements/:id", methods: ["GET"], middlewares: [farmerAuth] },
]
