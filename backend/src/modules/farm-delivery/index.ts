import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import FarmDeliveryProviderService from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [FarmDeliveryProviderService] })
