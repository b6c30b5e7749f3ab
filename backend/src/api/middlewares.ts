import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListFarmsQuery } from "./store/farms/validators"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/farms",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListFarmsQuery, {})],
    },
  ],
})
