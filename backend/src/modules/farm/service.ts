import { MedusaService } from "@medusajs/framework/utils"
import { Farm } from "./models/farm"
import { FarmInvite } from "./models/farm-invite"
import { FarmMember } from "./models/farm-member"

class FarmModuleService extends MedusaService({ Farm, FarmMember, FarmInvite }) {}

export default FarmModuleService
