import { MedusaService } from "@medusajs/framework/utils"
import { Farm } from "./models/farm"
import { FarmMember } from "./models/farm-member"

class FarmModuleService extends MedusaService({ Farm, FarmMember }) {}

export default FarmModuleService
