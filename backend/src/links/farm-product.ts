import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FarmModule from "../modules/farm"

/** A farm sells many products; each product belongs to one farm. */
export default defineLink(FarmModule.linkable.farm, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
